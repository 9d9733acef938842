using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using KentCsp.Domain;
using KentCsp.Domain.ActionPlans;
using KentCsp.Domain.Agreement;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Indicators;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Recording;
using KentCsp.Domain.Reviews;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.Indicators;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Cli.Tests;

/// <summary>
/// <c>--format json</c> on every command that prints a table: standard output is one JSON document (docs/cli-json.md)
/// holding the values the table shows, the exit code is the table's, and any other format is a usage error.
/// </summary>
public class JsonFormatTest
{
    private static readonly FixedClock Clock = FixedClock.AtLondonMidday(new LocalDate(2026, 11, 23));

    private static (int Code, string Output, string Error) Run(params string[] args) => CliRun.Run(Clock, args);

    // Runs the command with --format json, checks that standard output is one JSON document and that the exit code is the
    // table's, and gives the document's root.
    private static (int Code, JsonElement Root, string Error) RunJson(params string[] args)
    {
        int tableCode = Run(args).Code;
        var (code, output, error) = Run([.. args, "--format", "json"]);
        Assert.Equal(tableCode, code);
        Assert.EndsWith("}\n", output, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(output);
        return (code, document.RootElement.Clone(), error);
    }

    private static string WithTemp(string json, Func<string, string> run)
    {
        string path = CliRun.WriteTemp(json);
        try
        {
            return run(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string OverAllocatedRound() => KentCspJson.Serialize(new RoundBuilder()
        .WithFundedProject("a", 6_000m)
        .WithFundedProject("b", 4_500m)
        .WithBid(RoundBuilder.Bid("c", scope: ProjectScope.Local("Thanet"))).WithDecision("c", DecisionOutcome.FundedInPrinciple)
        .Build());

    public static TheoryData<string[]> TableCommands => new()
    {
        new[] { "funding", "check" },
        new[] { "funding", "check-360giving" },
        new[] { "partnership" },
        new[] { "csa" },
        new[] { "csa", "diff", "2017", "2023" },
        new[] { "plan" },
        new[] { "reviews" },
        new[] { "count" },
        new[] { "indicators" },
        new[] { "morile" },
        new[] { "validate", "-" },
    };

    [Theory]
    [MemberData(nameof(TableCommands))]
    public void Format_Xml_IsAUsageErrorNamingTheAllowedValues(string[] command)
    {
        var (code, output, error) = Run([.. command, "--format", "xml"]);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("kentcsp: --format 'xml' is not a format: use table or json.", error);
    }

    [Theory]
    [MemberData(nameof(TableCommands))]
    public void Format_Table_IsTheDefault(string[] command)
    {
        var table = Run([.. command, "--format", "table"]);
        var plain = Run(command);

        Assert.Equal(plain, table);
    }

    [Theory]
    [MemberData(nameof(TableCommands))]
    public void Format_Json_WritesOneDocumentNamingTheCommand(string[] command)
    {
        // validate reads standard input, which is empty here: the answer is an invalid document, as JSON, with the error
        // on standard error as the table gives it. Every other command's provenance and notes go into the document.
        var (_, root, error) = RunJson(command);

        string name = string.Join(" ", command.TakeWhile(word => word.Length > 0 && char.IsLower(word[0])));
        Assert.Equal(name, root.GetProperty("command").GetString());
        if (name != "validate")
        {
            Assert.Equal("", error);
        }
    }

    [Fact]
    public void FundingCheck_BuiltIn_WritesTheRoundTheFindingsDocumentAndTheProvenance()
    {
        var (code, output, error) = Run("funding", "check", "--as-at", "2017-03-31", "--format", "json");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Snapshot.VerifyJson(output);
    }

    [Fact]
    public void FundingCheck_ErrorFindings_HoldsTheTablesFindingsAndTotals()
    {
        var round = KentCspJson.DeserializeFundingRound(OverAllocatedRound());
        var evaluation = FundingRules.Evaluate(round, new LocalDate(2018, 3, 31), KentPolicies.Funding);
        string output = WithTemp(OverAllocatedRound(), path =>
        {
            var (code, json, error) = RunJson("funding", "check", path, "--as-at", "2018-03-31");
            Assert.Equal(1, code);
            Assert.Equal("", error);
            return json.GetRawText();
        });
        var root = JsonDocument.Parse(output).RootElement;

        Assert.Equal(round.Id, root.GetProperty("round").GetProperty("id").GetString());
        Assert.Equal(round.TotalAllocated.Pounds, root.GetProperty("round").GetProperty("totalAllocated").GetDecimal());
        Assert.Equal("2018-03-31", root.GetProperty("asAt").GetString());
        Assert.Equal(FundingRule.All.Count, root.GetProperty("rules").GetInt32());
        Assert.Equal(evaluation.Findings.Count(finding => finding.Severity == FindingSeverity.Error), root.GetProperty("counts").GetProperty("error").GetInt32());
        var findings = KentCspJson.DeserializeFindings(root.GetProperty("findings").GetRawText());
        Assert.Equal(evaluation.Findings.Select(finding => finding.ToString()), findings.Select(finding => finding.ToString()));
    }

    [Fact]
    public void FundingCheck_Summary_GivesTheCountsWithoutTheFindings()
    {
        var (_, root, _) = RunJson("funding", "check", "--as-at", "2017-03-31", "--summary");

        Assert.True(root.TryGetProperty("counts", out _));
        Assert.False(root.TryGetProperty("findings", out _));
        Assert.Equal("39661.00", root.GetProperty("round").GetProperty("grant").GetProperty("amount").GetRawText());
    }

    [Fact]
    public void Check360Giving_BuiltIn_HoldsTheCountsPercentagesAndEveryLocation()
    {
        var (code, root, error) = RunJson("funding", "check-360giving", "--as-at", "2017-04-01");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Equal(8, root.GetProperty("grants").GetInt32());
        Assert.Equal(ThreeSixtyGivingCheck.All.Count, root.GetProperty("checks").GetInt32());
        Assert.Equal(0, root.GetProperty("critical").GetInt32());
        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(root.GetProperty("findingsByCategory").GetProperty("usefulness").GetInt32() + root.GetProperty("findingsByCategory").GetProperty("quality").GetInt32(), findings.Count);
        var first = findings[0];
        Assert.Equal(first.GetProperty("locationCount").GetInt32(), first.GetProperty("locations").GetArrayLength());
        Assert.Equal(100, first.GetProperty("percentage").GetInt32());
    }

    [Fact]
    public void Partnership_OnTheDayOfTheTermsOfReference_ListsThatDaysMembersAndNoFindings()
    {
        var date = new LocalDate(2017, 7, 19);
        var members = KentData.PartnershipRecord.MembersOn(date).AsT0;

        var (code, root, error) = RunJson("partnership", "--as-at", "2017-07-19");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Equal("Sourced", root.GetProperty("provenance").GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Object, root.GetProperty("partnershipProvenance").ValueKind);
        Assert.True(root.GetProperty("membersKnown").GetBoolean());
        Assert.Equal(members.Select(member => member.Organisation.Name), root.GetProperty("members").EnumerateArray().Select(member => member.GetProperty("organisation").GetString()));
        Assert.All(root.GetProperty("requiredAuthorities").EnumerateArray(), seat => Assert.Equal("present", seat.GetProperty("seat").GetString()));
        Assert.Equal("2017-04-01", root.GetProperty("compliance").GetProperty("from").GetString());
    }

    [Fact]
    public void Partnership_In1990_RequiresNoAuthorities_In2011_MembershipNotKnown()
    {
        var (_, in1990, _) = RunJson("partnership", "--as-at", "1990-06-01");
        var (_, in2011, _) = RunJson("partnership", "--as-at", "2011-06-01");

        Assert.False(in1990.GetProperty("section5InForce").GetBoolean());
        Assert.Equal(0, in1990.GetProperty("requiredAuthorities").GetArrayLength());
        Assert.False(in2011.GetProperty("membersKnown").GetBoolean());
        Assert.Equal(JsonValueKind.Null, in2011.GetProperty("members").ValueKind);
        Assert.Contains("not known", in2011.GetProperty("notKnown").GetString(), StringComparison.Ordinal);
        Assert.All(in2011.GetProperty("requiredAuthorities").EnumerateArray(), seat => Assert.Equal("not known", seat.GetProperty("seat").GetString()));
    }

    [Fact]
    public void Csa_HeldNotHeldAndNotKnown_EachAnswerAsJson()
    {
        var (heldCode, held, _) = RunJson("csa", "--as-at", "2018-01-01");
        var (notHeldCode, notHeld, _) = RunJson("csa", "--as-at", "2020-01-01");
        var (notKnownCode, notKnown, error) = RunJson("csa", "--as-at", "2000-01-01");

        Assert.Equal(0, heldCode);
        Assert.Equal("held", held.GetProperty("status").GetString());
        var edition = KentCspJson.DeserializeAgreementEdition(held.GetProperty("edition").GetRawText());
        Assert.Equal("2017", edition.Label);
        Assert.Equal(0, notHeldCode);
        Assert.Equal("content not held", notHeld.GetProperty("status").GetString());
        Assert.Equal("2019-04", notHeld.GetProperty("edition").GetProperty("inForceMonth").GetString());
        Assert.Equal("2017", notHeld.GetProperty("latestHeld").GetProperty("label").GetString());
        Assert.Equal(1, notKnownCode);
        Assert.Equal("not known", notKnown.GetProperty("status").GetString());
        Assert.StartsWith("kentcsp: No edition is known", error, StringComparison.Ordinal);
    }

    [Fact]
    public void CsaDiff_2017To2023_Snapshot()
    {
        var (code, output, error) = Run("csa", "diff", "2017", "2023", "--format", "json");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        var history = KentData.CommunitySafetyAgreements;
        var diff = CommunitySafetyAgreementEdition.Diff(history.Find("2017")!, history.Find("2023")!);
        using var document = JsonDocument.Parse(output);
        Assert.Equal(diff.Changes.Count, document.RootElement.GetProperty("changes").GetArrayLength());
        Assert.Equal(diff.Changes.Count, document.RootElement.GetProperty("counts").EnumerateArray().Sum(count => count.GetProperty("count").GetInt32()));
        Snapshot.VerifyJson(output);
    }

    [Fact]
    public void Plan_BuiltIn_HoldsEachActionMostUrgentFirstAndTheCounts()
    {
        var evaluation = ActionPlanRules.Evaluate(KentActionPlans.Illustration2017To18, new LocalDate(2018, 1, 1), KentPolicies.ActionPlans);

        var (code, root, error) = RunJson("plan", "--as-at", "2018-01-01");
        var (_, summary, _) = RunJson("plan", "--as-at", "2018-01-01", "--summary");

        Assert.Equal(1, code);
        Assert.Equal("", error);
        Assert.Equal("Illustrative", root.GetProperty("provenance").GetProperty("kind").GetString());
        Assert.Equal(evaluation.ByUrgency.Select(assessment => assessment.Action.Id), root.GetProperty("assessments").EnumerateArray().Select(row => row.GetProperty("action").GetString()));
        Assert.Equal(evaluation.Assessments.Count(assessment => assessment.IsOverdue), root.GetProperty("late").GetInt32());
        Assert.Equal(evaluation.Findings.Count, KentCspJson.DeserializeFindings(root.GetProperty("findings").GetRawText()).Count);
        Assert.False(summary.TryGetProperty("assessments", out _));
        Assert.False(summary.TryGetProperty("findings", out _));
        Assert.Equal(root.GetProperty("late").GetInt32(), summary.GetProperty("late").GetInt32());
        Assert.True(root.GetProperty("illustration").GetBoolean());
    }

    [Fact]
    public void Reviews_BuiltIn_HoldsEachCaseTheCountsAndTheNoteOnBuiltInData()
    {
        var view = SteeringGroupView.Of(KentReviews.Register, new LocalDate(2018, 1, 1), ReviewPolicy.Default);

        var (code, root, error) = RunJson("reviews", "--as-at", "2018-01-01");
        var (_, summary, _) = RunJson("reviews", "--as-at", "2018-01-01", "--summary");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.StartsWith("Built-in data: ", root.GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.Equal("Sourced", root.GetProperty("provenance").GetProperty("kind").GetString());
        Assert.Equal(view.Rows.Count, root.GetProperty("cases").GetInt32());
        Assert.Equal(view.Rows.Select(row => row.Case.Name.ToString()), root.GetProperty("rows").EnumerateArray().Select(row => row.GetProperty("case").GetString()));
        Assert.Equal(view.NotJudgedCount, root.GetProperty("notJudged").GetInt32());
        Assert.False(summary.TryGetProperty("rows", out _));
        Assert.Equal(view.Rows.Count, summary.GetProperty("cases").GetInt32());
    }

    [Fact]
    public void Count_BuiltIn_WritesBothCountsAsCrimeCountDocuments()
    {
        var (code, root, _) = RunJson("count");

        Assert.Equal(0, code);
        Assert.Equal(32, root.GetProperty("incident").GetProperty("victims").GetInt32());
        Assert.Equal(32, KentCspJson.DeserializeCrimeCount(root.GetProperty("victimBased").GetRawText()).Total);
        Assert.Equal(1, KentCspJson.DeserializeCrimeCount(root.GetProperty("legacy").GetRawText()).Total);
    }

    [Fact]
    public void Count_Summary_Snapshot()
    {
        var (code, output, error) = Run("count", "--summary", "--format", "json");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Snapshot.VerifyJson(output);
    }

    [Fact]
    public void Indicators_NoFile_ListsTheKentIndicatorsAndWhatTheReportStates()
    {
        var (code, root, _) = RunJson("indicators");

        Assert.Equal(0, code);
        var indicators = root.GetProperty("indicators").EnumerateArray().ToList();
        Assert.Equal(KentIndicators.Definitions.Select(indicator => indicator.Id), indicators.Select(indicator => indicator.GetProperty("id").GetString()));
        Assert.Equal(KentIndicators.ReportedJuly2017.Count, indicators.Sum(indicator => indicator.GetProperty("reported").GetArrayLength()));
    }

    [Fact]
    public void Indicators_File_HoldsEachSeriesAndTheRoadCasualties_SummaryTheCounts()
    {
        var set = IndicatorFixtures.Illustrative();
        string json = KentCspJson.Serialize(set);
        var (full, summary) = (WithTemp(json, path => RunJson("indicators", path).Root.GetRawText()), WithTemp(json, path => RunJson("indicators", path, "--summary").Root.GetRawText()));
        var root = JsonDocument.Parse(full).RootElement;
        var counts = JsonDocument.Parse(summary).RootElement;

        Assert.Equal(set.Series.Select(series => series.Indicator.Id), root.GetProperty("series").EnumerateArray().Select(series => series.GetProperty("id").GetString()));
        Assert.Equal(set.RoadCasualties.Count, root.GetProperty("roadCasualties").GetArrayLength());
        var figures = root.GetProperty("roadCasualties")[0];
        Assert.Equal(figures.GetProperty("killed").GetDecimal() + figures.GetProperty("seriouslyInjured").GetDecimal(), figures.GetProperty("killedOrSeriouslyInjured").GetDecimal());
        Assert.Equal(set.Series.Count, counts.GetProperty("series").GetInt32());
        Assert.Equal(set.RoadCasualties.Count, counts.GetProperty("roadCasualtyFigures").GetInt32());
        Assert.False(counts.TryGetProperty("roadCasualties", out _));
    }

    [Fact]
    public void Morile_BuiltIn_HoldsEachRankingInRankOrderMarkedAsAnIllustration()
    {
        var (code, root, error) = RunJson("morile");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.True(root.GetProperty("illustration").GetBoolean());
        var rankings = root.GetProperty("rankings").EnumerateArray().ToList();
        Assert.Equal(KentMorile.PilotDistricts.Select(ranking => ranking.Title), rankings.Select(ranking => ranking.GetProperty("title").GetString()));
        var issues = KentMorile.PilotDistricts[0].Issues;
        Assert.Equal(issues.Select(issue => (issue.Rank, issue.Assessment.IssueId)),
            rankings[0].GetProperty("issues").EnumerateArray().Select(issue => (issue.GetProperty("rank").GetInt32(), issue.GetProperty("id").GetString()!)));
    }

    [Fact]
    public void Validate_ValidAndInvalid_GiveTheKindOrTheErrorAndItsPath()
    {
        string valid = WithTemp(KentCspJson.Serialize(KentFunding.Round2016To17), path => Run("validate", path, "--format", "json").Output);
        var (code, output, error) = (0, "", "");
        WithTemp(KentCspJson.Serialize(KentFunding.Round2016To17).Replace("\"amount\": 39661.00", "\"amount\": \"lots\""), path =>
        {
            (code, output, error) = Run("validate", path, "--format", "json");
            return output;
        });

        using var validDocument = JsonDocument.Parse(valid);
        Assert.True(validDocument.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal("funding", validDocument.RootElement.GetProperty("kind").GetString());
        Assert.Equal("kcsp-2016-17: 8 bids, 8 allocations", validDocument.RootElement.GetProperty("document").GetString());
        Assert.Equal(1, code);
        Assert.NotEqual("", error);
        using var invalidDocument = JsonDocument.Parse(output);
        Assert.False(invalidDocument.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal("$.grant.amount", invalidDocument.RootElement.GetProperty("path").GetString());
        Assert.Contains("$.grant.amount", invalidDocument.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
    }
}
