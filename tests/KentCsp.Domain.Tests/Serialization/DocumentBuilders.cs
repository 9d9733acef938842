using KentCsp.Domain.Kent;
using KentCsp.Domain.Serialization;

namespace KentCsp.Domain.Tests.Serialization;

/// <summary>Documents read by <see cref="KentCspJson.ReadDocument(string)"/>, as samples for the library-wide tests.</summary>
internal static class DocumentBuilders
{
    /// <summary>A findings document with one finding, written and read.</summary>
    public static KentCspDocument Findings() =>
        KentCspJson.ReadDocument(KentCspJson.SerializeFindings(
        [
            new Finding("CSP-001", FindingSeverity.All[0], "Kent Community Safety Partnership", "An example finding.", [new FindingFigure("members", "12")], new SourceDocument("Example", null, null)),
        ])).AsT0;

    /// <summary>The built-in partnership, written and read.</summary>
    public static KentCspDocument Partnership() => KentCspJson.ReadDocument(KentCspJson.Serialize(KentData.Partnership)).AsT0;
}
