using Ardalis.SmartEnum;

namespace KentCsp.Domain.Reviews;

/// <summary>What the Home Office Quality Assurance Panel decided on a submitted report.</summary>
/// <remarks>The catalogue is closed; <see cref="SmartEnum{TEnum, TValue}.Name"/> is the stable JSON name.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class QualityAssuranceOutcome : Catalogue<QualityAssuranceOutcome>
{
    /// <summary>The panel approved the report for publication.</summary>
    public static readonly QualityAssuranceOutcome Approved = new(nameof(Approved), 1, "approved");

    /// <summary>The panel asked for the report to be revised and resubmitted, with feedback.</summary>
    public static readonly QualityAssuranceOutcome ResubmissionRequested = new(nameof(ResubmissionRequested), 2, "resubmission requested");

    private QualityAssuranceOutcome(string name, int value, string description)
        : base(name, value)
    {
        Description = description;
    }

    /// <summary>The outcome in words.</summary>
    public string Description { get; }
}
