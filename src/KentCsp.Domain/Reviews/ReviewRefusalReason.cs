using Ardalis.SmartEnum;

namespace KentCsp.Domain.Reviews;

/// <summary>Why a change to a <see cref="ReviewCase"/> was refused.</summary>
/// <remarks>The catalogue is closed; <see cref="SmartEnum{TEnum, TValue}.Name"/> is the stable name.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ReviewRefusalReason : Catalogue<ReviewRefusalReason>
{
    /// <summary>The case's step does not allow the change (publishing before the Quality Assurance Panel's approval, signing off before the report is complete).</summary>
    public static readonly ReviewRefusalReason NotAllowedAtStep = new(nameof(NotAllowedAtStep), 1, "the case's step does not allow it");

    /// <summary>The date is before the step the change follows (a decision dated before the notification).</summary>
    public static readonly ReviewRefusalReason DateOutOfOrder = new(nameof(DateOutOfOrder), 2, "the date is before the step it follows");

    /// <summary>The decision flags the criteria as met, but the recorded facts rule them out (a victim under 16).</summary>
    public static readonly ReviewRefusalReason ContradictsCircumstances = new(nameof(ContradictsCircumstances), 3, "the decision contradicts the recorded facts");

    /// <summary>The same information has already been requested from the agency.</summary>
    public static readonly ReviewRefusalReason AlreadyRequested = new(nameof(AlreadyRequested), 4, "the information has already been requested");

    /// <summary>The information received was never requested.</summary>
    public static readonly ReviewRefusalReason NotRequested = new(nameof(NotRequested), 5, "the information was not requested");

    /// <summary>The information has already been received.</summary>
    public static readonly ReviewRefusalReason AlreadyReceived = new(nameof(AlreadyReceived), 6, "the information has already been received");

    /// <summary>The report cannot be completed while agency information is still outstanding.</summary>
    public static readonly ReviewRefusalReason AgencyInformationOutstanding = new(nameof(AgencyInformationOutstanding), 7, "agency information is still outstanding");

    /// <summary>The report has already been sent to the Domestic Abuse Commissioner.</summary>
    public static readonly ReviewRefusalReason AlreadySent = new(nameof(AlreadySent), 8, "the report has already been sent");

    private ReviewRefusalReason(string name, int value, string description)
        : base(name, value)
    {
        Description = description;
    }

    /// <summary>The reason in words.</summary>
    public string Description { get; }
}
