using System;
using System.IO;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;
using WireKind = KentCsp.Domain.Serialization.DocumentKind;

namespace KentCsp.Cli.Tests;

/// <summary><c>kentcsp validate FILE</c> finds the kind; <c>kentcsp validate KIND FILE</c> still reads as that kind.</summary>
public class ValidateCommandTest
{
    private static readonly FixedClock Clock = FixedClock.AtLondonMidday(new LocalDate(2026, 11, 23));

    [Fact]
    public void Validate_FileOnly_FindsTheKindFromTheDocument()
    {
        string path = CliRun.WriteTemp(KentCspJson.Serialize(KentFunding.Round2016To17));

        var (code, output, error) = CliRun.Run(Clock, "validate", path);

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Equal("valid funding document: kcsp-2016-17: 8 bids, 8 allocations\n", output);
    }

    [Fact]
    public void Validate_FileOnlyOfVersion1_FindsTheKindFromItsMembers()
    {
        string v1 = KentCspJson.Serialize(KentData.Partnership).Replace("\"schemaVersion\": 2,\n  \"kind\": \"partnership\",", "\"schemaVersion\": 1,");
        string path = CliRun.WriteTemp(v1);

        var (code, output, error) = CliRun.Run(Clock, "validate", path);

        Assert.Equal("", error);
        Assert.Equal(0, code);
        Assert.StartsWith("valid partnership document: Kent Community Safety Partnership: ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EveryKindOfTheLibrary_HasAnEntryOfTheSameName()
    {
        foreach (var kind in WireKind.All)
        {
            Assert.Contains(DocumentKinds.All, entry => entry.Kind == kind && entry.Name == kind.WireName);
        }
        Assert.Equal(WireKind.All.Count, DocumentKinds.All.Count);
    }

    [Fact]
    public void Validate_FileOnlyInvalid_NamesThePathAndExitsOne()
    {
        string path = CliRun.WriteTemp(KentCspJson.Serialize(KentFunding.Round2016To17).Replace("\"currency\": \"GBP\"", "\"currency\": \"EUR\""));

        var (code, output, error) = CliRun.Run(Clock, "validate", path);

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.StartsWith(Path.GetFileName(path) + ": $.currency: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_KindAndFileOfAnotherKind_NamesBothKindsAndExitsOne()
    {
        string path = CliRun.WriteTemp(KentCspJson.Serialize(KentMeetings.Kcsp2017July19));

        var (code, _, error) = CliRun.Run(Clock, "validate", "funding", path);

        Assert.Equal(1, code);
        Assert.Equal(Path.GetFileName(path) + ": $.kind: this is a meeting document (\"meeting\"), but a funding round document (\"funding\") was expected.\n", error);
    }

    [Fact]
    public void Validate_UnknownKind_IsAUsageError()
    {
        var (code, output, error) = CliRun.Run(Clock, "validate", "agenda", CliRun.WriteTemp("{}"));

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith("kentcsp: 'agenda' is not a kind of document; the kinds are partnership, csa, funding, ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_FileLargerThanTheLimit_RefusedInOneSentenceBeforeItIsRead()
    {
        // A sparse file: its length is set, nothing is written, so reading it would take long and measuring it does not.
        string path = CliRun.TempPath();
        using (var stream = new FileStream(path, FileMode.CreateNew))
        {
            stream.SetLength(JsonReadLimits.DefaultMaxDocumentBytes + 1L);
        }
        try
        {
            var (code, output, error) = CliRun.Run(Clock, "validate", path);

            Assert.Equal(2, code);
            Assert.Equal("", output);
            Assert.Equal($"kentcsp: {Path.GetFileName(path)} is 268,435,457 bytes, larger than the 268,435,456 bytes a document may be.\n", error);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
