using Ardalis.SmartEnum;

namespace KentCsp.Domain.Funding;

/// <summary>
/// What a 360Giving Data Quality Tool check is about, as the tool groups its results on screen (the tool calls it the
/// check's category): grants, organisations, data protection, dates, location or metadata.
/// </summary>
/// <remarks>
/// <para>The catalogue is closed and ordered by <see cref="SmartEnum{TEnum, TValue}.Value"/> (the tool itself shows the
/// groups in no fixed order). <see cref="SmartEnum{TEnum, TValue}.Name"/> is the stable name.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ThreeSixtyGivingCheckTopic : Catalogue<ThreeSixtyGivingCheckTopic>
{
    /// <summary>The grant itself: amount, identifier, title, programme, duration.</summary>
    public static readonly ThreeSixtyGivingCheckTopic Grants = new(nameof(Grants), 1, "Grants");

    /// <summary>The funding and recipient organisations and their identifiers.</summary>
    public static readonly ThreeSixtyGivingCheckTopic Organisations = new(nameof(Organisations), 2, "Organisations");

    /// <summary>Personal data that should not be published.</summary>
    public static readonly ThreeSixtyGivingCheckTopic DataProtection = new(nameof(DataProtection), 3, "Data Protection");

    /// <summary>Award, planned and actual dates.</summary>
    public static readonly ThreeSixtyGivingCheckTopic Dates = new(nameof(Dates), 4, "Dates");

    /// <summary>Where the recipient is and where the grant benefits.</summary>
    public static readonly ThreeSixtyGivingCheckTopic Location = new(nameof(Location), 5, "Location");

    /// <summary>When a grant was last modified and where its data came from.</summary>
    public static readonly ThreeSixtyGivingCheckTopic Metadata = new(nameof(Metadata), 6, "Metadata");

    private ThreeSixtyGivingCheckTopic(string name, int value, string description)
        : base(name, value)
    {
        Description = description;
    }

    /// <summary>The topic as the Data Quality Tool names it, e.g. "Data Protection".</summary>
    public string Description { get; }
}
