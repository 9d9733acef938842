using Ardalis.SmartEnum;

namespace KentCsp.Domain.Reviews;

/// <summary>What a review panel asks an agency for.</summary>
/// <remarks>The catalogue is closed; <see cref="SmartEnum{TEnum, TValue}.Name"/> is the stable JSON name.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class AgencyInformationKind : Catalogue<AgencyInformationKind>
{
    /// <summary>An Individual Management Review: the agency's own critical look at its contact with the people involved.</summary>
    public static readonly AgencyInformationKind IndividualManagementReview = new(nameof(IndividualManagementReview), 1, "Individual Management Review", "IMR");

    /// <summary>A chronology of the agency's contact with the people involved.</summary>
    public static readonly AgencyInformationKind Chronology = new(nameof(Chronology), 2, "chronology", "chronology");

    private AgencyInformationKind(string name, int value, string description, string shortName)
        : base(name, value)
    {
        Description = description;
        ShortName = shortName;
    }

    /// <summary>The kind in words, e.g. "Individual Management Review".</summary>
    public string Description { get; }

    /// <summary>The short name used in tables: "IMR" or "chronology".</summary>
    public string ShortName { get; }
}
