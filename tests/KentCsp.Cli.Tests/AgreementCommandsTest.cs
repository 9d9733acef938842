using System.IO;
using System.Text;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.Agreement;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Cli.Tests;

public class AgreementCommandsTest
{
    private static readonly FixedClock Clock = FixedClock.AtLondonMidday(new LocalDate(2026, 11, 23));

    private static (int Code, string Output, string Error) Run(params string[] args) => CliRun.Run(Clock, args);

    [Fact]
    public void Csa_Today_PrintsThe2023Edition()
    {
        var (code, output, error) = Run("csa");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.StartsWith("Latest edition known to be in force on 2026-11-23:\nCommunity Safety Agreement 2023 (in force by 2023-11-16)\n", output);
        Assert.Contains("    8. Violence against women and girls\n", output);
    }

    [Fact]
    public void Csa_AsAtTheJuly2017Meeting_PrintsThe2017EditionWithItsAppendices()
    {
        var (code, output, _) = Run("csa", "--as-at", "2017-07-19");
        Assert.Equal(0, code);
        Snapshot.VerifyText(output);
    }

    [Fact]
    public void Csa_AsAtAfterARefreshWhoseContentIsNotHeld_NamesThatEditionWithItsMonth()
    {
        var (code, output, error) = Run("csa", "--as-at", "2019-06-01");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Equal(
            "Latest edition known to be in force on 2019-06-01:\n"
            + "Community Safety Agreement version 3.0 (in force from April 2019; the sources give the month, not the day)\n"
            + "  Source: Kent Community Safety Agreement, version 3.0, April 2019\n"
            + "  Content not held: the sources name this edition but do not record its priorities and cross-cutting themes.\n"
            + "  The latest edition whose content is held is Community Safety Agreement 2017 (in force from 2017-04-01).\n",
            output);
    }

    [Fact]
    public void Csa_BeforeTheFirstEdition_SaysNotKnownAndExitsOne()
    {
        var (code, output, error) = Run("csa", "--as-at", "2017-03-31");
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Equal("kentcsp: No edition is known to be in force on 2017-03-31: the earliest known, Community Safety Agreement 2017, is in force by 2017-04-01.\n", error);
    }

    [Fact]
    public void CsaDiff_2017To2023_PrintsTheLineage()
    {
        var (code, output, error) = Run("csa", "diff", "2017", "2023");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Snapshot.VerifyText(output);
    }

    [Theory]
    [InlineData("csa", "diff", "2023", "2017")]
    [InlineData("csa", "diff", "2017", "2019")]
    [InlineData("csa", "diff", "no-such-file.json", "2023")]
    [InlineData("csa", "diff", "2017")]
    [InlineData("csa", "--as-at", "2020-13-01")]
    public void Csa_BadCommandLine_ExitsTwoWithOneLine(params string[] args)
    {
        var (code, output, error) = Run(args);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith("kentcsp: ", error);
        Assert.Single(CliRun.ErrorsBeforeTheHelpLine(error));
    }

    [Fact]
    public void Csa_KentHistoryFile_PrintsWhatTheBuiltInHistoryPrints()
    {
        string path = CliRun.WriteTemp(KentCspJson.Serialize(KentData.CommunitySafetyAgreements));
        foreach (string date in new[] { "2017-07-19", "2019-06-01", "2026-11-23" })
        {
            var builtIn = Run("csa", "--as-at", date);
            var fromFile = Run("csa", path, "--as-at", date);
            Assert.Equal(0, fromFile.Code);
            Assert.Equal(builtIn.Output, fromFile.Output);
            Assert.Equal("", fromFile.Error);
        }
    }

    [Fact]
    public void Csa_HistoryOfAnotherPartnership_PrintsItsEditionInForce()
    {
        string path = CliRun.WriteTemp(KentCspJson.Serialize(AgreementBuilders.TestshireHistory()));

        var (code, output, error) = Run("csa", path, "--as-at", "2023-01-01");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.StartsWith("Latest edition known to be in force on 2023-01-01:\nCommunity Safety Agreement 2022 (in force from 2022-04-01)\n", output);
        Assert.Contains("Neighbourhood crime and ASB", output);
        Assert.DoesNotContain("Kent", output);
    }

    [Fact]
    public void Csa_HistoryOfAnotherPartnershipFromStandardInput_NamesARefreshWhoseContentIsNotHeld()
    {
        var stdin = new MemoryStream(Encoding.UTF8.GetBytes(KentCspJson.Serialize(AgreementBuilders.TestshireHistory())));

        var (code, output, error) = CliRun.Run(Clock, stdin, "csa", "-", "--as-at", "2021-01-01");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Equal(
            "Latest edition known to be in force on 2021-01-01:\n"
            + "Community Safety Agreement 2020 refresh (in force from June 2020; the sources give the month, not the day)\n"
            + "  Source: Testshire CSP minutes, 2020-07-08, item 4\n"
            + "  Content not held: the sources name this edition but do not record its priorities and cross-cutting themes.\n"
            + "  The latest edition whose content is held is Community Safety Agreement 2019 (in force by 2019-04-01).\n",
            output);
    }

    [Fact]
    public void Csa_HistoryOfAnotherPartnership_BeforeItsFirstEdition_SaysNotKnownAndExitsOne()
    {
        string path = CliRun.WriteTemp(KentCspJson.Serialize(AgreementBuilders.TestshireHistory()));

        var (code, output, error) = Run("csa", path, "--as-at", "2019-03-31");

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Equal("kentcsp: No edition is known to be in force on 2019-03-31: the earliest known, Community Safety Agreement 2019, is in force by 2019-04-01.\n", error);
    }

    [Fact]
    public void Csa_EditionFile_PrintsTheEditionAsItIs()
    {
        string path = CliRun.WriteTemp(KentCspJson.Serialize(AgreementBuilders.Testshire2019()));

        var (code, output, error) = Run("csa", path, "--as-at", "2030-01-01");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.StartsWith("Community Safety Agreement 2019 (in force by 2019-04-01)\n", output);
        Assert.Contains("Anti-social behaviour", output);
    }

    [Fact]
    public void Csa_EditionFileAsJson_GivesTheEditionAsItIs()
    {
        var edition = AgreementBuilders.Testshire2019();
        string path = CliRun.WriteTemp(KentCspJson.Serialize(edition));

        var (code, output, error) = Run("csa", path, "--as-at", "2030-01-01", "--format", "json");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        using var document = System.Text.Json.JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.Equal("csa", root.GetProperty("command").GetString());
        Assert.Equal("2030-01-01", root.GetProperty("asAt").GetString());
        Assert.Equal("given", root.GetProperty("status").GetString());
        Assert.Equal(edition, KentCspJson.DeserializeAgreementEdition(root.GetProperty("edition").GetRawText()));
    }

    [Fact]
    public void Csa_HistoryFileAsJson_FindsTheEditionInForceInThatHistory()
    {
        string path = CliRun.WriteTemp(KentCspJson.Serialize(AgreementBuilders.TestshireHistory()));

        var (code, output, error) = Run("csa", path, "--as-at", "2021-01-01", "--format", "json");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        using var document = System.Text.Json.JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.Equal("content not held", root.GetProperty("status").GetString());
        Assert.Equal("2020-06", root.GetProperty("edition").GetProperty("inForceMonth").GetString());
        Assert.Equal("2019", root.GetProperty("latestHeld").GetProperty("label").GetString());
    }

    [Fact]
    public void Csa_FileOfAnotherKind_NamesTheKindsExpectedAndExitsOne()
    {
        string path = CliRun.WriteTemp(KentCspJson.Serialize(KentData.Partnership));

        var (code, output, error) = Run("csa", path);

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Equal(
            $"{Path.GetFileName(path)}: $.kind: this is a partnership document (\"partnership\"), but a Community Safety Agreement history (\"csa-history\") or edition (\"csa\") document was expected.\n",
            error);
    }

    [Fact]
    public void Csa_InvalidHistoryFile_NamesThePathAndExitsOne()
    {
        string json = KentCspJson.Serialize(KentData.CommunitySafetyAgreements).Replace("\"inForceMonth\": \"2019-04\"", "\"inForceMonth\": \"April 2019\"");
        string path = CliRun.WriteTemp(json);

        var (code, output, error) = Run("csa", path);

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.StartsWith($"{Path.GetFileName(path)}: $.editionsKnownByName[1].inForceMonth: ", error);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Csa_MissingFile_ExitsTwo()
    {
        var (code, output, error) = Run("csa", "no-such-file.json");

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith("kentcsp: cannot read no-such-file.json: ", error);
    }

    [Fact]
    public void CsaDiff_TwoFilesOfAnotherPartnership_PrintsTheLineage()
    {
        string older = CliRun.WriteTemp(KentCspJson.Serialize(AgreementBuilders.Testshire2019()));
        string newer = CliRun.WriteTemp(KentCspJson.Serialize(AgreementBuilders.Testshire2022()));

        var (code, output, error) = Run("csa", "diff", older, newer);

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.StartsWith("Community Safety Agreement 2019 (in force by 2019-04-01; Testshire Community Safety Agreement 2019, 2019-03-20)\n", output);
        Assert.Contains("  merged               Anti-social behaviour + Criminal damage → Neighbourhood crime and ASB\n", output);
        Assert.Contains("  added                Road safety\n", output);
        Assert.EndsWith("\n2 continued, 1 merged, 1 added.\n", output);
    }

    [Fact]
    public void CsaDiff_KentLabelAndAKentEditionFile_PrintsWhatTheLabelsPrint()
    {
        string newer = CliRun.WriteTemp(KentCspJson.Serialize(KentData.CommunitySafetyAgreement2023));

        Assert.Equal(Run("csa", "diff", "2017", "2023"), Run("csa", "diff", "2017", newer));
    }

    [Fact]
    public void CsaDiff_EditionsOfTwoPartnerships_ExitsTwoNamingThem()
    {
        string newer = CliRun.WriteTemp(KentCspJson.Serialize(AgreementBuilders.Testshire2022()));

        var (code, output, error) = Run("csa", "diff", "2017", newer);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith("kentcsp: Community Safety Agreement 2017 belongs to ", error);
        Assert.Contains("compare two editions of one partnership's agreement.", error);
    }

    [Fact]
    public void CsaDiff_FileOfAHistory_NamesThePathAndExitsOne()
    {
        string newer = CliRun.WriteTemp(KentCspJson.Serialize(KentData.CommunitySafetyAgreements));

        var (code, _, error) = Run("csa", "diff", "2017", newer);

        Assert.Equal(1, code);
        Assert.StartsWith($"{Path.GetFileName(newer)}: $.kind: this is a Community Safety Agreement history document", error);
    }

    [Fact]
    public void JsonThenValidate_CsaHistory_WritesKentsHistoryAndRecognisesItsKind()
    {
        var (code, json, _) = Run("json", "csa-history");
        Assert.Equal(0, code);
        Assert.Equal(KentCspJson.Serialize(KentData.CommunitySafetyAgreements) + "\n", json);
        string path = CliRun.WriteTemp(json);

        var named = Run("validate", "csa-history", path);
        var detected = Run("validate", path);

        Assert.Equal((0, "valid csa-history document: 360G-kentcsp-kcsp: 2 editions held, 3 known by name only\n", ""), named);
        Assert.Equal(named, detected);
    }
}
