using System;
using System.Linq;
using System.Text.Json;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Funding;

public class ThreeSixtyGivingTest
{
    internal static readonly LocalDate Issued = new(2017, 3, 15);

    internal static string Kent2016To17() =>
        ThreeSixtyGiving.Export([KentFunding.Round2016To17], KentThreeSixtyGiving.Options(Issued));

    [Fact]
    public void Export_Kent2016To17_MatchesSnapshot()
    {
        Snapshot.VerifyJson(Kent2016To17());
    }

    [Fact]
    public void Export_HandMadeRound_MatchesSnapshot()
    {
        Snapshot.VerifyJson(ThreeSixtyGiving.Export([HandMade.Round()], ExportOptions.Unguarded(HandMade.Publisher, new LocalDate(2019, 4, 30), HandMade.County)));
    }

    [Fact]
    public void ExportWithWarnings_Kent2016To17_NamesEachInferredAwardDateAndRecipient()
    {
        var round = KentFunding.Round2016To17;

        var exported = ThreeSixtyGiving.ExportWithWarnings([round], KentThreeSixtyGiving.Options(Issued));

        Assert.Equal(Kent2016To17(), exported.Package);
        // Eight grants, each with an award date taken from the report date and a project standing as its own recipient;
        // the priorities, though inferred, are not written to the package.
        Assert.Equal(16, exported.Warnings.Count);
        Assert.All(exported.Warnings, warning => Assert.Same(ProvenanceKind.Inferred, warning.Provenance.Kind));
        Assert.Equal(
            Enumerable.Range(0, 8).SelectMany(i => new[] { ("awardDate", $"allocations[{i}].allocatedOn"), ("recipientOrganization", $"bids[{i}].applicant") }),
            exported.Warnings.Select(warning => (warning.Field!, warning.RoundField!)));
        var first = exported.Warnings[0];
        Assert.Equal("360G-kentcsp-2016-17-licence-to-kill", first.GrantId);
        Assert.Equal("kcsp-2016-17", first.RoundId);
        Assert.Equal(round.Provenance!.For("allocations[0].allocatedOn"), first.Provenance);
        Assert.Contains("report's date", first.Provenance.Reason);
        Assert.Contains("own recipient", exported.Warnings[1].Provenance.Reason);
    }

    [Fact]
    public void ExportWithWarnings_RoundWithoutProvenance_HasNone()
    {
        var exported = ThreeSixtyGiving.ExportWithWarnings([HandMade.Round()], ExportOptions.Unguarded(HandMade.Publisher, new LocalDate(2019, 4, 30), HandMade.County));

        Assert.Empty(exported.Warnings);
    }

    [Fact]
    public void ExportWithWarnings_IllustrativeRound_WarnsForTheWholeRoundAndForAMarkInsideAWrittenField()
    {
        var round = HandMade.Round();
        var marked = round.WithProvenance(new ProvenanceRecord(
            Provenance.Illustrative("Made up for the test."),
            [new FieldProvenance("bids[0].scope.district", Provenance.Inferred("Read from the project's name.")), new FieldProvenance("grant", Provenance.Inferred("Worked out."))]));

        var warnings = ThreeSixtyGiving.ExportWithWarnings([marked], ExportOptions.Unguarded(HandMade.Publisher, new LocalDate(2019, 4, 30), HandMade.County)).Warnings;

        Assert.Equal($"{round.Id}: illustrative: Made up for the test.", warnings[0].ToString());
        Assert.Null(warnings[0].GrantId);
        Assert.Contains(warnings, warning => warning.Field == "beneficiaryLocation" && warning.RoundField == "bids[0].scope.district");
        Assert.Contains(warnings, warning => warning.Field == "grantProgramme" && warning.RoundField == "grant");
        Assert.Contains(warnings, warning => warning.Field == "plannedDates" && warning.RoundField == "grant");
    }

    [Fact]
    public void Export_Kent2016To17_OneGrantPerAllocationInOrder()
    {
        using var package = JsonDocument.Parse(Kent2016To17());
        var ids = package.RootElement.GetProperty("grants").EnumerateArray().Select(grant => grant.GetProperty("id").GetString()).ToArray();
        Assert.Equal(KentFunding.Round2016To17.Allocations.Select(allocation => "360G-kentcsp-2016-17-" + allocation.Id), ids);
        Assert.Equal("360G-kentcsp-2016-17-licence-to-kill", ids[0]);
    }

    [Fact]
    public void Export_Kent2016To17_AmountsAddUpToTheGrant()
    {
        using var package = JsonDocument.Parse(Kent2016To17());
        decimal total = package.RootElement.GetProperty("grants").EnumerateArray().Sum(grant => grant.GetProperty("amountAwarded").GetDecimal());
        Assert.Equal(39_661.00m, total);
        Assert.Equal(KentFunding.Grant2016To17.Amount.Pounds, total);
    }

    [Fact]
    public void Export_Kent2016To17_AmountsHaveTwoDecimals()
    {
        using var package = JsonDocument.Parse(Kent2016To17());
        var amounts = package.RootElement.GetProperty("grants").EnumerateArray().Select(grant => grant.GetProperty("amountAwarded").GetRawText());
        Assert.All(amounts, amount => Assert.Matches(@"^\d+\.\d\d$", amount));
    }

    [Fact]
    public void Export_Kent2016To17_PartnershipFundsEachProject()
    {
        using var package = JsonDocument.Parse(Kent2016To17());
        var grant = package.RootElement.GetProperty("grants")[0];
        var funder = grant.GetProperty("fundingOrganization").EnumerateArray().Single();
        Assert.Equal("360G-kentcsp-kcsp", funder.GetProperty("id").GetString());
        Assert.Equal("Kent Community Safety Partnership", funder.GetProperty("name").GetString());
        var recipient = grant.GetProperty("recipientOrganization").EnumerateArray().Single();
        Assert.Equal("360G-kentcsp-project-licence-to-kill", recipient.GetProperty("id").GetString());
        Assert.Equal("kcsp-2016-17", grant.GetProperty("grantProgramme")[0].GetProperty("code").GetString());
        Assert.Equal("Kent Community Safety Partnership grant 2016/17", grant.GetProperty("grantProgramme")[0].GetProperty("title").GetString());
    }

    [Fact]
    public void Export_ProjectGrants_CarryNoRegrantType()
    {
        // The 360Giving guide to regranting: grants to recipients to fund projects must not carry a Regrant Type code.
        using var package = JsonDocument.Parse(Kent2016To17());
        Assert.All(package.RootElement.GetProperty("grants").EnumerateArray(), grant => Assert.False(grant.TryGetProperty("regrantType", out _)));
    }

    [Fact]
    public void Export_Package_HasVersionTitleIssuedAndPublisher()
    {
        using var package = JsonDocument.Parse(Kent2016To17());
        var root = package.RootElement;
        Assert.Equal("1.4", root.GetProperty("version").GetString());
        Assert.Equal("Kent Community Safety Partnership grants 2016/17", root.GetProperty("title").GetString());
        Assert.Equal("2017-03-15", root.GetProperty("issued").GetString());
        Assert.Equal("Kent Community Safety Partnership", root.GetProperty("publisher").GetProperty("name").GetString());
        Assert.False(root.GetProperty("publisher").TryGetProperty("website", out _));
    }

    [Fact]
    public void Export_Text_IsIndentedWithLineFeedsAndKeepsNonAscii()
    {
        string json = Kent2016To17();
        Assert.StartsWith("{\n  \"version\": \"1.4\",\n", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", json, StringComparison.Ordinal);
        Assert.Contains("DA Perpetrator Programme – Support Work", json, StringComparison.Ordinal);
        Assert.Contains("Grant of £39,661.00 for 2016/17", json, StringComparison.Ordinal);
        Assert.EndsWith("}", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_SameInput_SameText()
    {
        Assert.Equal(Kent2016To17(), Kent2016To17());
    }

    [Fact]
    public void Export_WithoutCountyLocation_LeavesCountyWideBidsWithoutLocation()
    {
        string json = ThreeSixtyGiving.Export([KentFunding.Round2016To17], ExportOptions.Unguarded(KentThreeSixtyGiving.Publisher, Issued, null));
        using var package = JsonDocument.Parse(json);
        Assert.All(package.RootElement.GetProperty("grants").EnumerateArray(), grant => Assert.False(grant.TryGetProperty("beneficiaryLocation", out _)));
    }

    [Fact]
    public void Export_HandMadeRound_WritesAppliedForDisbursedAndLocalDistrict()
    {
        using var package = JsonDocument.Parse(ThreeSixtyGiving.Export([HandMade.Round()], ExportOptions.Unguarded(HandMade.Publisher, new LocalDate(2019, 4, 30), HandMade.County)));
        var grants = package.RootElement.GetProperty("grants");
        Assert.Equal(3, grants.GetArrayLength());

        var local = grants[0];
        Assert.Equal("360G-example-2018-19-night-safe-1", local.GetProperty("id").GetString());
        Assert.Equal("2500.00", local.GetProperty("amountAppliedFor").GetRawText());
        Assert.Equal("2000.00", local.GetProperty("amountAwarded").GetRawText());
        Assert.Equal("1500.50", local.GetProperty("amountDisbursed").GetRawText());
        Assert.Equal("2018-06-01", local.GetProperty("awardDate").GetString());
        var location = local.GetProperty("beneficiaryLocation").EnumerateArray().Single();
        Assert.Equal(["name"], location.EnumerateObject().Select(member => member.Name));
        Assert.Equal("Thanet", location.GetProperty("name").GetString());

        var second = grants[1];
        Assert.Equal("360G-example-2018-19-night-safe-2", second.GetProperty("id").GetString());
        Assert.Equal("2500.00", second.GetProperty("amountAppliedFor").GetRawText());
        Assert.False(second.TryGetProperty("amountDisbursed", out _));

        var county = grants[2];
        Assert.False(county.TryGetProperty("amountAppliedFor", out _));
        var countyLocation = county.GetProperty("beneficiaryLocation").EnumerateArray().Single();
        Assert.Equal("E10000016", countyLocation.GetProperty("geoCode").GetString());
        Assert.Equal("CTY", countyLocation.GetProperty("geoCodeType").GetString());

        var planned = local.GetProperty("plannedDates").EnumerateArray().Single();
        Assert.Equal("2018-04-01", planned.GetProperty("startDate").GetString());
        Assert.Equal("2019-03-31", planned.GetProperty("endDate").GetString());
        Assert.Equal(12, planned.GetProperty("duration").GetInt32());
    }

    [Fact]
    public void Export_TwoYears_TitleNamesBoth()
    {
        var later = HandMade.Round();
        string json = ThreeSixtyGiving.Export([later, KentFunding.Round2016To17], ExportOptions.Unguarded(HandMade.Publisher, Issued, null));
        using var package = JsonDocument.Parse(json);
        Assert.Equal("Example Community Safety Partnership grants 2016/17, 2018/19", package.RootElement.GetProperty("title").GetString());
        Assert.Equal(11, package.RootElement.GetProperty("grants").GetArrayLength());
    }

    [Fact]
    public void Export_Website_IsWritten()
    {
        var publisher = new ThreeSixtyGivingPublisher("360G-example", "Example", new Uri("https://example.org/grants"));
        using var package = JsonDocument.Parse(ThreeSixtyGiving.Export([HandMade.Round()], ExportOptions.Unguarded(publisher, Issued, null)));
        Assert.Equal("https://example.org/grants", package.RootElement.GetProperty("publisher").GetProperty("website").GetString());
    }

    [Fact]
    public void Export_NoAllocations_ThrowsNamingRounds()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(
            () => ThreeSixtyGiving.Export([KentFunding.Round2017To18], ExportOptions.Unguarded(KentThreeSixtyGiving.Publisher, Issued, null)));
        Assert.Equal("rounds", exception.ParamName);
        Assert.StartsWith("rounds have no allocations; a 360Giving package needs at least one grant.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_NoRounds_ThrowsNamingRounds()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(
            () => ThreeSixtyGiving.Export([], ExportOptions.Unguarded(KentThreeSixtyGiving.Publisher, Issued, null)));
        Assert.Equal("rounds", exception.ParamName);
    }

    [Fact]
    public void Export_SameRoundTwice_ThrowsNamingTheRepeatedId()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(
            () => ThreeSixtyGiving.Export([KentFunding.Round2016To17, KentFunding.Round2016To17], ExportOptions.Unguarded(KentThreeSixtyGiving.Publisher, Issued, null)));
        Assert.Equal("rounds", exception.ParamName);
        Assert.StartsWith(
            "rounds would give two grants the identifier '360G-kentcsp-2016-17-licence-to-kill' (rounds[0].allocations[0] and rounds[1].allocations[0]);",
            exception.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Export_TwoRoundsOfOneYearSharingAnAllocationId_Throws()
    {
        var round = HandMade.Round();
        var other = new FundingRound("other-round", round.Grant, null, round.Bids, round.Decisions, [round.Allocations[2]], [], [], [], round.Source);
        var exception = Assert.Throws<ArgumentRefusedException>(() => ThreeSixtyGiving.Export([round, other], ExportOptions.Unguarded(HandMade.Publisher, Issued, null)));
        Assert.Equal("rounds", exception.ParamName);
        Assert.Contains("'360G-example-2018-19-county-survey' (rounds[0].allocations[2] and rounds[1].allocations[0])", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_NullArguments_Throw()
    {
        Assert.Equal("rounds", Assert.Throws<ArgumentNullException>(() => ThreeSixtyGiving.Export(null!, ExportOptions.Unguarded(KentThreeSixtyGiving.Publisher, Issued, null))).ParamName);
        Assert.Equal("publisher", Assert.Throws<ArgumentNullException>(() => ThreeSixtyGiving.Export([KentFunding.Round2016To17], ExportOptions.Unguarded(null!, Issued, null))).ParamName);
        Assert.Equal("rounds", Assert.Throws<ArgumentRefusedException>(() => ThreeSixtyGiving.Export([null!], ExportOptions.Unguarded(KentThreeSixtyGiving.Publisher, Issued, null))).ParamName);
    }

    /// <summary>A round with what the Kent record lacks: a local bid with an amount asked for, split over two allocations, and payments.</summary>
    internal static class HandMade
    {
        public static ThreeSixtyGivingPublisher Publisher { get; } = new("360G-example", "Example Community Safety Partnership", null);

        public static ThreeSixtyGivingLocation County { get; } = new("Kent", "E10000016", "CTY");

        public static FundingRound Round()
        {
            var commissioner = new LocalPolicingBody(new Organisation(Builders.Id("opcc"), "Office of the Example Police and Crime Commissioner"), LocalPolicingBodyKind.PoliceAndCrimeCommissioner, "Example");
            var partnership = new Organisation(new OrganisationId("360G-example", "csp"), "Example Community Safety Partnership");
            var source = new SourceDocument("Example funding report", new LocalDate(2019, 4, 30));
            var grant = new Grant("example-2018-19", commissioner, partnership, new FinancialYear(2018), Money.FromPounds(10_000m), "Community safety projects.", [GrantCondition.SupportsPriorities], source);
            var charity = new Organisation(new OrganisationId("GB-CHC", "1234567"), "Example Night Safety Trust");
            var council = new Organisation(new OrganisationId("GB-LAE", "KEN"), "Kent County Council", ResponsibleAuthorityKind.CountyCouncil);
            Bid[] bids =
            [
                new("night-safe", charity, "Night Safe", "Street pastors in Margate on Friday and Saturday nights.", Money.FromPounds(2_500m), ["anti-social-behaviour"], [], ProjectScope.Local("Thanet"), new LocalDate(2018, 5, 1)),
                new("county-survey", council, "County Survey", "A county-wide survey of fear of crime.", null, ["anti-social-behaviour"], [], ProjectScope.CountyWide, null),
            ];
            BidDecision[] decisions =
            [
                new("night-safe", DecisionOutcome.FundedInPart, new LocalDate(2018, 6, 1), "Funded in part.", Money.FromPounds(3_000m), null),
                new("county-survey", DecisionOutcome.Funded, new LocalDate(2018, 6, 1), "Funded.", Money.FromPounds(4_000m), null),
            ];
            Allocation[] allocations =
            [
                new("night-safe-1", "night-safe", Money.FromPounds(2_000m), new LocalDate(2018, 6, 1)),
                new("night-safe-2", "night-safe", Money.FromPounds(1_000m), new LocalDate(2018, 10, 1)),
                new("county-survey", "county-survey", Money.FromPounds(4_000m), new LocalDate(2018, 6, 1)),
            ];
            Payment[] payments =
            [
                new("night-safe-1", Money.FromPounds(1_000m), new LocalDate(2018, 7, 1)),
                new("night-safe-1", Money.FromPounds(500.50m), new LocalDate(2018, 9, 1)),
            ];
            return new FundingRound("example-2018-19", grant, null, bids, decisions, allocations, payments, [], [], source);
        }
    }
}
