using Ardalis.SmartEnum;

namespace KentCsp.Domain.Recording;

/// <summary>A rule that <see cref="CrimeCounter"/> checks while it counts an incident, with its stable id, severity, meaning and basis.</summary>
/// <remarks>
/// <para>Rule ids (<c>REC-001</c> …) are stable: a rule keeps its id for good and a retired id is never reused. Findings
/// appear in <see cref="CrimeCount.Findings"/> and cite the National Crime Recording Standard.</para>
/// <para>The catalogue is closed; <see cref="SmartEnum{TEnum, TValue}.Name"/> is the stable name.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class RecordingRule : RuleCatalogue<RecordingRule>
{
    /// <summary>REC-001: a crime was recorded later than the recording window after the report.</summary>
    public static readonly RecordingRule RecordedLate = new(nameof(RecordedLate), 1, FindingSeverity.Warning,
        "recorded late",
        "An incident was recorded as a crime more than the recording policy's window after it was reported (24 hours under the National Crime Recording Standard, RecordingPolicy.Default).",
        "the National Crime Recording Standard (Home Office Crime Recording Rules, General Rule A): recording within 24 hours of the report");

    private RecordingRule(string name, int value, FindingSeverity severity, string title, string meaning, string basis)
        : base(name, value, "REC", severity, title, meaning, basis)
    {
    }
}
