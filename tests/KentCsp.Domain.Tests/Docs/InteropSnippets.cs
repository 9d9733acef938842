using System;
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

    [Fact]
    public void OParlExport_TextAndStream()
    {
        #region interop-oparl
        var baseUrl = new Uri("https://example.org/oparl/");  // where the objects will be published
        string json = OParlExport.ToJson(KentMeetings.Kcsp2017July19, baseUrl);

        using var stream = new MemoryStream();
        OParlExport.Write(stream, KentMeetings.Kcsp2017July19, baseUrl); // the same text as UTF-8 bytes
        #endregion
        Assert.Equal(json, System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        Assert.Contains("\"id\": \"https://example.org/oparl/meeting/360G-kentcsp-kcsp/2017-07-19\"", json);
    }
}
