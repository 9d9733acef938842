using KentCsp.Domain.Kent;
using KentCsp.Domain.Serialization;

namespace KentCsp.Domain.Tests.Serialization;

/// <summary>Documents read by <see cref="KentCspJson.ReadDocument(string)"/>, as samples for the library-wide tests.</summary>
internal static class DocumentBuilders
{
    /// <summary>A findings document of version 1, read.</summary>
    public static KentCspDocument Findings() => KentCspJson.ReadDocument(V1Fixtures.Read("findings.json")).AsT0;

    /// <summary>The built-in partnership, written and read.</summary>
    public static KentCspDocument Partnership() => KentCspJson.ReadDocument(KentCspJson.Serialize(KentData.Partnership)).AsT0;
}
