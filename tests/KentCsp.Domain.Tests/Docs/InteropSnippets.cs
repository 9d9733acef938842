using System.IO;
using KentCsp.Domain.Interop;
using KentCsp.Domain.Kent;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Docs;

/// <summary>The open-standards code shown in docs/interop.md; each test runs one snippet and checks what the page says it does.</summary>
public class InteropSnippets
{
    [Fact]
    public void PopoloExport_TextAndStream()
    {
        #region interop-popolo
        string json = PopoloExport.ToJson(KentData.PartnershipRecord, new LocalDate(2017, 7, 19));

        using var stream = new MemoryStream();                // or a file, or an HTTP response body
        PopoloExport.Write(stream, KentData.PartnershipRecord, new LocalDate(2017, 7, 19)); // the same text as UTF-8 bytes
        #endregion
        Assert.Equal(json, System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        Assert.Contains("\"role\": \"responsible authority (s.5(1)(e) clinical commissioning group)\"", json);
    }
}
