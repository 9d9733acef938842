using System;
using System.IO;
using System.Linq;
using System.Text;
using KentCsp.Domain;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Cli.Tests;

public class PartnershipCommandsTest
{
    private static readonly FixedClock Clock = FixedClock.AtLondonMidday(new LocalDate(2026, 11, 23));

    private static (int Code, string Output, string Error) Run(params string[] args) => CliRun.Run(Clock, args);

    [Fact]
    public void Partnership_OnTheDayOfTheTermsOfReference_ShowsThatDaysMembers()
    {
        var (code, output, error) = Run("partnership", "--as-at", "2017-07-19");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Snapshot.VerifyText(output);
    }

    [Fact]
    public void Partnership_Today_ShowsTheIcbAndTheOverdueReview()
    {
        var (code, output, _) = Run("partnership");
        Assert.Equal(0, code);
        Assert.Contains("NHS Kent and Medway Integrated Care Board", output);
        // The provenance after the findings names the clinical commissioning groups in its reason; the members do not.
        Assert.DoesNotContain("clinical commissioning groups", output.Substring(0, output.IndexOf("\nProvenance: ", System.StringComparison.Ordinal)));
        Assert.Contains("CSP-003  warning", output);
    }

    [Fact]
    public void Partnership_PrintsTheRecordsProvenanceThenThePartnershipsUnderItsPath()
    {
        var (code, output, error) = Run("partnership", "--as-at", "2017-07-19");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        string provenance = output.Substring(output.IndexOf("\nProvenance: ", StringComparison.Ordinal) + 1);
        // The record's own marks first, then the partnership's, whose fields the record document writes under "partnership.".
        Assert.Contains("\n  membershipKnownFrom: inferred: ", provenance);
        Assert.Contains("\n  partnership.members[5].until, partnership.members[6].from: inferred: ", provenance);
        Assert.True(
            provenance.IndexOf("membershipKnownFrom", StringComparison.Ordinal) < provenance.IndexOf("partnership.members", StringComparison.Ordinal),
            "the record's marks come before the partnership's:\n" + provenance);
        Assert.Equal(1, provenance.Split("Provenance: ").Length - 1);
    }

    [Fact]
    public void Partnership_In2011_ShowsTheKindsRequiredThenSaysMembershipNotKnownAndFindsNoBreach()
    {
        var (code, output, error) = Run("partnership", "--as-at", "2011-06-01");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains("police authority", output);
        Assert.Contains("Primary Care Trust", output);
        Assert.Contains("not known", output);
        Assert.DoesNotContain("MISSING", output);
        // The provenance lines at the end may name the groups when they explain a date; the report above them must not.
        Assert.DoesNotContain("clinical commissioning group", output.Substring(0, output.IndexOf("Provenance:", StringComparison.Ordinal)));
        Assert.DoesNotContain(" error ", output);
        Snapshot.VerifyText(output);
    }

    [Fact]
    public void Partnership_In1990_NoKindsRequiredBecauseSection5WasNotYetInForce()
    {
        var (code, output, error) = Run("partnership", "--as-at", "1990-01-01");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains("not yet in force", output);
        Assert.DoesNotContain("s.5(1)(a) ", output);
        Assert.DoesNotContain("required by s.5(1)", output);
        Snapshot.VerifyText(output);
    }

    [Fact]
    public void Partnership_BadDate_ExitsTwo()
    {
        var (code, output, error) = Run("partnership", "--as-at", "yesterday");
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal("kentcsp: --as-at 'yesterday' is not a date written as YYYY-MM-DD.\n", error);
    }

    /// <summary>A district partnership that is not Kent's: a council from 2019 and a police force throughout.</summary>
    private static CommunitySafetyPartnership Testshire() =>
        new CommunitySafetyPartnership(Builders.Id("csp"), "Testshire Community Safety Partnership", PartnershipLevel.District, "Testshire",
            [
                Builders.Authority("district", ResponsibleAuthorityKind.DistrictCouncil).WithTerm(new LocalDate(2019, 1, 1), null),
                new Membership(new Organisation(Builders.Id("police"), "Testshire Police", ResponsibleAuthorityKind.ChiefOfficerOfPolice), MembershipRole.ResponsibleAuthority),
            ])
            .WithSubGroups([new SubGroup(Builders.Id("wg"), "Working Group", "Does the work.", Builders.Id("csp"))]);

    private static PartnershipRecord TestshireRecord() =>
        new(Testshire(), AreaKind.Unitary,
            [new TermsOfReference(Builders.Id("csp"), "v1", new LocalDate(2020, 6, 1), 4, Period.FromMonths(18), "Testshire ISA", [Builders.Id("wg")], new SourceDocument("Minutes", new LocalDate(2020, 6, 1), "minute 3"))],
            [new LocalDate(2020, 6, 1), new LocalDate(2020, 9, 1)],
            [Builders.Id("district"), Builders.Id("police")],
            []);

    [Theory]
    [InlineData("2017-07-19")]
    [InlineData("2011-06-01")]
    [InlineData("1990-01-01")]
    public void Partnership_KentRecordFile_PrintsWhatTheBuiltInRecordPrints(string date)
    {
        string path = CliRun.WriteTemp(KentCspJson.Serialize(KentData.PartnershipRecord));

        var fromFile = Run("partnership", path, "--as-at", date);

        Assert.Equal(Run("partnership", "--as-at", date), fromFile);
    }

    [Fact]
    public void Partnership_RecordOfAnotherPartnershipFromStandardInput_PrintsItsMembersOnTheDate()
    {
        var stdin = new MemoryStream(Encoding.UTF8.GetBytes(KentCspJson.Serialize(TestshireRecord())));

        var (_, output, error) = CliRun.Run(Clock, stdin, "partnership", "-", "--as-at", "2018-06-01");

        Assert.Equal("", error);
        Assert.StartsWith("Testshire Community Safety Partnership on 2018-06-01 (district partnership for a ", output);
        Assert.Contains("  Testshire Police ", output);
        Assert.DoesNotContain("Organisation district", output.Substring(0, output.IndexOf("Sub-groups", StringComparison.Ordinal)));
        Assert.DoesNotContain("Kent", output);
    }

    [Fact]
    public void Partnership_PlainPartnershipFile_PrintsWhatItHoldsAndSaysTheChecksNeedARecord()
    {
        string path = CliRun.WriteTemp(KentCspJson.Serialize(Testshire()));

        var (code, output, error) = Run("partnership", path, "--as-at", "2020-01-01");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Equal(
            "Testshire Community Safety Partnership on 2020-01-01 (district partnership, Testshire)\n"
            + "\n"
            + "Members\n"
            + $"  {"Organisation district",-58} responsible authority\n"
            + $"  {"Testshire Police",-58} responsible authority\n"
            + "Sub-groups\n"
            + "  Working Group: Does the work.\n"
            + "\n"
            + "Responsible authorities represented on 2020-01-01 (Crime and Disorder Act 1998, s.5(1))\n",
            output.Substring(0, output.IndexOf("(Crime and Disorder Act 1998, s.5(1))\n", StringComparison.Ordinal) + 38));
        Assert.Contains("Required authorities and compliance: not checked\n", output);
        Assert.DoesNotContain("CSP-", output);
    }

    [Fact]
    public void Partnership_PlainPartnershipFileAsJson_HoldsItsMembersAndRepresentedKindsAndNoChecks()
    {
        string path = CliRun.WriteTemp(KentCspJson.Serialize(Testshire()));

        var (code, output, error) = Run("partnership", path, "--as-at", "2020-01-01", "--format", "json");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        using var document = System.Text.Json.JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.Equal("partnership", root.GetProperty("command").GetString());
        Assert.Equal("Testshire Community Safety Partnership", root.GetProperty("partnership").GetString());
        Assert.Equal("Testshire", root.GetProperty("areaName").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, root.GetProperty("area").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, root.GetProperty("requiredAuthorities").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, root.GetProperty("compliance").ValueKind);
        Assert.Equal(["Organisation district", "Testshire Police"], root.GetProperty("members").EnumerateArray().Select(member => member.GetProperty("organisation").GetString()));
        Assert.Equal(["s.5(1)(a)", "s.5(1)(b)"], root.GetProperty("representedAuthorities").EnumerateArray().Select(kind => kind.GetProperty("reference").GetString()));
        Assert.Equal("Working Group", root.GetProperty("subGroups")[0].GetProperty("name").GetString());
        Assert.False(root.TryGetProperty("partnershipProvenance", out _));
    }

    [Fact]
    public void Partnership_RecordFileAsJson_IsWhatTheBuiltInRecordWrites()
    {
        string path = CliRun.WriteTemp(KentCspJson.Serialize(KentData.PartnershipRecord));

        var fromFile = Run("partnership", path, "--as-at", "2017-07-19", "--format", "json");

        Assert.Equal(Run("partnership", "--as-at", "2017-07-19", "--format", "json"), fromFile);
    }

    [Fact]
    public void Partnership_FileOfAnotherKind_NamesTheKindsExpectedAndExitsOne()
    {
        string path = CliRun.WriteTemp(KentCspJson.Serialize(KentData.CommunitySafetyAgreement2017));

        var (code, output, error) = Run("partnership", path);

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Equal(
            $"{Path.GetFileName(path)}: $.kind: this is a Community Safety Agreement edition document (\"csa\"), but a partnership record (\"partnership-record\") or partnership (\"partnership\") document was expected.\n",
            error);
    }

    [Fact]
    public void Partnership_InvalidFile_NamesThePathAndExitsOne()
    {
        string json = KentCspJson.Serialize(KentData.PartnershipRecord).Replace("\"area\": \"TwoTierCounty\"", "\"area\": \"Shire\"");
        Assert.Contains("Shire\"", json, StringComparison.Ordinal);
        string path = CliRun.WriteTemp(json);

        var (code, output, error) = Run("partnership", path);

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.StartsWith($"{Path.GetFileName(path)}: $.area", error);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Partnership_MissingFile_ExitsTwo()
    {
        var (code, output, error) = Run("partnership", "no-such-file.json");

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith("kentcsp: cannot read no-such-file.json: ", error);
    }
}
