using Ardalis.SmartEnum;

namespace KentCsp.Domain.Reviews;

/// <summary>How the person whose violence, abuse or neglect the death appears to have resulted from was related to the victim.</summary>
/// <remarks>
/// <para>The relationship, never the person: the model holds no name or other direct identifier of anyone involved.</para>
/// <para>For a DHR the Domestic Violence, Crime and Victims Act 2004 s.9(1) covers a relative, a current or former
/// intimate partner (<see cref="CoversDomesticHomicideReview"/>) and a member of the same household. For a DARDR the
/// library applies the Domestic Abuse Act 2021 s.2 ("personally connected"), which names partners, former partners and
/// relatives but not household members (<see cref="PersonallyConnected"/>). Record a household member who is also a
/// relative or partner as the relative or partner.</para>
/// <para>The catalogue is closed; <see cref="SmartEnum{TEnum, TValue}.Name"/> is the stable JSON name.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class PerpetratorRelationship : Catalogue<PerpetratorRelationship>
{
    /// <summary>The victim's current intimate partner (including a spouse or civil partner).</summary>
    public static readonly PerpetratorRelationship CurrentIntimatePartner = new(nameof(CurrentIntimatePartner), 1, "a current intimate partner", coversDomesticHomicideReview: true, personallyConnected: true);

    /// <summary>A former intimate partner of the victim.</summary>
    public static readonly PerpetratorRelationship FormerIntimatePartner = new(nameof(FormerIntimatePartner), 2, "a former intimate partner", coversDomesticHomicideReview: true, personallyConnected: true);

    /// <summary>A relative of the victim.</summary>
    public static readonly PerpetratorRelationship Relative = new(nameof(Relative), 3, "a relative", coversDomesticHomicideReview: true, personallyConnected: true);

    /// <summary>A member of the victim's household who is not a relative or partner.</summary>
    public static readonly PerpetratorRelationship HouseholdMember = new(nameof(HouseholdMember), 4, "a member of the same household", coversDomesticHomicideReview: true, personallyConnected: false);

    /// <summary>None of the above, e.g. a stranger or an acquaintance.</summary>
    public static readonly PerpetratorRelationship Other = new(nameof(Other), 5, "someone with none of these relationships", coversDomesticHomicideReview: false, personallyConnected: false);

    private PerpetratorRelationship(string name, int value, string description, bool coversDomesticHomicideReview, bool personallyConnected)
        : base(name, value)
    {
        Description = description;
        CoversDomesticHomicideReview = coversDomesticHomicideReview;
        PersonallyConnected = personallyConnected;
    }

    /// <summary>The relationship in words, e.g. "a former intimate partner".</summary>
    public string Description { get; }

    /// <summary>Whether the 2004 Act s.9(1) covers the relationship (a relative, a current or former intimate partner, or a household member).</summary>
    public bool CoversDomesticHomicideReview { get; }

    /// <summary>Whether the relationship makes the two people "personally connected" (Domestic Abuse Act 2021 s.2), as a DARDR requires.</summary>
    public bool PersonallyConnected { get; }
}
