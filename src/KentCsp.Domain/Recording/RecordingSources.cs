namespace KentCsp.Domain.Recording;

/// <summary>The documents the recording rules come from.</summary>
internal static class RecordingSources
{
    internal static SourceDocument CrimeRecordingRules { get; } =
        new("Home Office Crime Recording Rules for frontline officers and staff (formerly Counting Rules)");

    internal static SourceDocument Ncrs { get; } =
        new("National Crime Recording Standard (Home Office Crime Recording Rules, General Rule A)", null, "recording within 24 hours of the report");
}
