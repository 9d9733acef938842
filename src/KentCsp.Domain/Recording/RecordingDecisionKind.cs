using Ardalis.SmartEnum;

namespace KentCsp.Domain.Recording;

/// <summary>What was decided about recording an incident as crime (Crime Recording Rules, General Rules A and C).</summary>
/// <remarks>Equality is by value; the name is the wire key.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class RecordingDecisionKind : Catalogue<RecordingDecisionKind>
{
    /// <summary>The incident was recorded as crime.</summary>
    public static readonly RecordingDecisionKind Recorded = new(nameof(Recorded), 1, "recorded", false);

    /// <summary>The incident was not recorded as crime; a reason is required.</summary>
    public static readonly RecordingDecisionKind NotRecorded = new(nameof(NotRecorded), 2, "not recorded", true);

    /// <summary>The crime was recorded and later cancelled (General Rule C); a reason is required.</summary>
    public static readonly RecordingDecisionKind Cancelled = new(nameof(Cancelled), 3, "cancelled", true);

    private RecordingDecisionKind(string name, int value, string description, bool requiresReason)
        : base(name, value)
    {
        Description = description;
        RequiresReason = requiresReason;
    }

    /// <summary>The kind for a person, e.g. "not recorded".</summary>
    public string Description { get; }

    /// <summary>Whether a decision of this kind must give its reason.</summary>
    public bool RequiresReason { get; }
}
