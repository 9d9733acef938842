using Ardalis.SmartEnum;

namespace KentCsp.Domain.Reviews;

/// <summary>
/// The statutory scheme a review is held under: a domestic homicide review (DHR) or, once the Victims and Prisoners
/// Act 2024 s.19 is commenced, a domestic abuse related death review (DARDR).
/// </summary>
/// <remarks>
/// <para>Which regime applies is a matter of date: see <see cref="ReviewPolicy.RegimeOn"/>. The commencement date of
/// s.19 is a setting (<see cref="ReviewPolicy.DardrCommencement"/>), unset by default because no commencement
/// regulations had brought s.19 into force in any source read.</para>
/// <para>The regimes differ in more than the name: a DHR covers a death from violence, abuse or neglect by a relative,
/// a current or former intimate partner or a member of the same household (2004 Act s.9(1)); a DARDR covers a death
/// from domestic abuse within the meaning of the Domestic Abuse Act 2021, with no separate household test, and its
/// report goes to the Secretary of State as well as the Domestic Abuse Commissioner. <see cref="ReviewCriteria"/>
/// applies the criteria of each.</para>
/// <para>The catalogue is closed; <see cref="SmartEnum{TEnum, TValue}.Name"/> is the stable name.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ReviewRegime : Catalogue<ReviewRegime>
{
    /// <summary>A domestic homicide review under the Domestic Violence, Crime and Victims Act 2004 s.9, in force since 13 April 2011.</summary>
    public static readonly ReviewRegime DomesticHomicideReview = new(nameof(DomesticHomicideReview), 1,
        "DHR", "Domestic Homicide Review", "the Domestic Abuse Commissioner",
        ReviewSources.DomesticViolenceCrimeAndVictimsAct2004Section9);

    /// <summary>A domestic abuse related death review under s.9 as amended by the Victims and Prisoners Act 2024 s.19, once commenced.</summary>
    public static readonly ReviewRegime DomesticAbuseRelatedDeathReview = new(nameof(DomesticAbuseRelatedDeathReview), 2,
        "DARDR", "Domestic Abuse Related Death Review", "the Secretary of State and the Domestic Abuse Commissioner",
        ReviewSources.VictimsAndPrisonersAct2024Section19);

    private ReviewRegime(string name, int value, string abbreviation, string title, string reportRecipients, SourceDocument basis)
        : base(name, value)
    {
        Abbreviation = abbreviation;
        Title = title;
        ReportRecipients = reportRecipients;
        Basis = basis;
    }

    /// <summary>The short name shown with a case: "DHR" or "DARDR".</summary>
    public string Abbreviation { get; }

    /// <summary>The name of a review: "Domestic Homicide Review" or "Domestic Abuse Related Death Review".</summary>
    public string Title { get; }

    /// <summary>Who the completed report must be sent to, as soon as reasonably practicable: "the Domestic Abuse Commissioner", or under a DARDR "the Secretary of State and the Domestic Abuse Commissioner".</summary>
    public string ReportRecipients { get; }

    /// <summary>The statute the regime rests on.</summary>
    public SourceDocument Basis { get; }
}
