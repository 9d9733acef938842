using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Morile;
using KentCsp.Domain.Serialization;

namespace KentCsp.Cli;

/// <summary>
/// <c>kentcsp morile [FILE]</c>: prints MoRiLE rankings, each issue with its rank, risk score, confidence and the
/// breakdown by group (factors, scores and weights). Without a file, the illustration of the Kent pilot: six unnamed
/// pilot districts under an illustrative scheme, headed as illustrative.
/// </summary>
internal static class MorileCommands
{
    internal static Command Build()
    {
        var fileArgument = new Argument<FileInfo?>("file")
        {
            HelpName = "FILE",
            Description = "A MoRiLE document (JSON, as the library writes it). Without it, the illustration of the Kent pilot reported in March 2017.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("morile", "Rank issues by MoRiLE risk score, with confidence and the breakdown by group.");
        command.Arguments.Add(fileArgument);
        var format = CliFormat.Option();
        command.Options.Add(format);
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var file = parseResult.GetValue(fileArgument);
            bool json = parseResult.GetValue(format) == OutputFormat.Json;
            var table = output;
            if (json)
            {
                // Standard output holds the document alone: its "illustration" member stands for the headings.
                output = TextWriter.Null;
            }
            IReadOnlyList<MorileRanking> rankings;
            if (file is null)
            {
                rankings = KentMorile.PilotDistricts;
                output.WriteLine($"ILLUSTRATION: the Kent pilot of the MoRiLE matrix ({KentMorile.PilotSource}).");
                output.WriteLine("The source names neither the six districts nor their scores, and the real MoRiLE values and weights are");
                output.WriteLine("unconfirmed: the scheme and every score below are made up, as are the issues other than child sexual");
                output.WriteLine("exploitation and anti-social behaviour. Ranks are computed from the scores.");
            }
            else if (CliFiles.TryRead(file, KentMorile.PilotDistricts[0], KentCspJson.DeserializeMorileRanking, error, out var ranking))
            {
                rankings = [ranking];
                if (ranking.IsIllustration || ranking.Scheme.IsIllustration)
                {
                    output.WriteLine("ILLUSTRATION: this document is marked as an illustration; its scores are not real assessments.");
                }
            }
            else
            {
                return KentCspCommand.UsageError;
            }
            if (json)
            {
                CliFormat.Write(table, writer => WriteJson(writer, rankings, file is null));
                return 0;
            }
            var scheme = rankings[0].Scheme;
            output.WriteLine($"Scheme: {scheme}; risk = {scheme.Combination.Description} (highest possible {Number(scheme.MaximumRiskScore)}).");
            foreach (var ranking in rankings)
            {
                Write(output, ranking);
                CliText.WriteProvenance(output, ranking.Provenance);
            }
            output.WriteLine();
            output.WriteLine("Equal risk scores share a rank (1, 2, 2, 4); within a tie, higher confidence comes first, then the issue identifier.");
            return 0;
        });
        return command;
    }

    // The rankings as one JSON object (docs/cli-json.md, "morile"): the scheme, then each ranking's issues in rank order
    // with their scores, confidence and the breakdown as the table words it, and each ranking's provenance.
    private static void WriteJson(System.Text.Json.Utf8JsonWriter writer, IReadOnlyList<MorileRanking> rankings, bool builtIn)
    {
        var scheme = rankings[0].Scheme;
        writer.WriteStartObject();
        writer.WriteString("command", "morile");
        writer.WriteBoolean("illustration", builtIn || rankings.Any(ranking => ranking.IsIllustration || ranking.Scheme.IsIllustration));
        writer.WriteStartObject("scheme");
        writer.WriteString("name", scheme.ToString());
        writer.WriteString("combination", scheme.Combination.Description);
        CliFormat.WriteFigure(writer, "maximumRiskScore", scheme.MaximumRiskScore);
        writer.WriteEndObject();
        writer.WriteStartArray("rankings");
        foreach (var ranking in rankings)
        {
            writer.WriteStartObject();
            writer.WriteString("title", ranking.Title);
            writer.WriteStartArray("issues");
            foreach (var issue in ranking.Issues)
            {
                var assessment = issue.Assessment;
                writer.WriteStartObject();
                writer.WriteNumber("rank", issue.Rank);
                writer.WriteString("id", assessment.IssueId);
                writer.WriteString("name", assessment.IssueName);
                CliFormat.WriteFigure(writer, "riskScore", assessment.RiskScore);
                writer.WriteString("confidence", assessment.Confidence.ToString());
                writer.WriteString("explanation", assessment.Explain());
                writer.WriteStartArray("groups");
                foreach (var group in assessment.Groups)
                {
                    writer.WriteStringValue(group.Explain());
                }
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            CliFormat.WriteProvenance(writer, "provenance", ranking.Provenance);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void Write(TextWriter output, MorileRanking ranking)
    {
        output.WriteLine();
        output.WriteLine($"{ranking.Title}: {ranking.Issues.Count} {(ranking.Issues.Count == 1 ? "issue" : "issues")}");
        foreach (var issue in ranking.Issues)
        {
            var assessment = issue.Assessment;
            output.WriteLine($"  {issue.Rank}. {assessment.IssueName} ({assessment.IssueId}): risk {Number(assessment.RiskScore)}, confidence {assessment.Confidence}");
            output.WriteLine($"     {assessment.Explain()}");
            foreach (var group in assessment.Groups)
            {
                output.WriteLine($"     {group.Explain()}");
            }
        }
    }

    private static string Number(decimal value) =>
        (value / 1.0000000000000000000000000000m).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
