using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using KentCsp.Domain.Serialization;

namespace KentCsp.Cli;

/// <summary>Reads a document from a file for <c>kentcsp validate</c>.</summary>
internal static class DocumentReader
{
    private static readonly Dictionary<string, Func<string, string>> Readers = new(StringComparer.Ordinal)
    {
        ["partnership"] = json =>
        {
            var partnership = KentCspJson.DeserializePartnership(json);
            return $"{partnership.Name}: {partnership.Members.Count} members";
        },
        ["csa"] = json =>
        {
            var edition = KentCspJson.DeserializeAgreementEdition(json);
            return $"{edition}: {edition.Priorities.Count} priorities, {edition.CrossCuttingThemes.Count} cross-cutting themes";
        },
        ["funding"] = json => KentCspJson.DeserializeFundingRound(json).ToString(),
        ["meeting"] = json =>
        {
            var meeting = KentCspJson.DeserializeMeeting(json);
            return $"{meeting}: {meeting.Items.Count} items, {meeting.Items.Count(item => !item.Classification.IsPublic)} restricted";
        },
        ["reviews"] = json => KentCspJson.DeserializeReviewRegister(json).ToString(),
        ["plan"] = json =>
        {
            var plan = KentCspJson.DeserializeActionPlan(json);
            return $"{plan}: {plan.Actions.Count} actions, {plan.Reviews.Count} reviews";
        },
        ["incident"] = json =>
        {
            var incident = KentCspJson.DeserializeIncident(json);
            return $"incident {incident.Id}: {CliText.Count(incident.VictimIds.Count, "victim")}, {CliText.Count(incident.Acts.Count, "act")}, {incident.Decision.Kind.Name}";
        },
        ["audit"] = json => KentCspJson.DeserializeAccuracyAudit(json).ToString(),
        ["indicators"] = json => KentCspJson.DeserializeIndicatorSet(json).ToString(),
        ["morile"] = json => KentCspJson.DeserializeMorileRanking(json).ToString(),
    };

    internal static IEnumerable<string> Kinds => Readers.Keys;

    internal static int Validate(string kind, FileInfo file, TextWriter output, TextWriter error)
    {
        string json;
        try
        {
            json = File.ReadAllText(file.FullName);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"kentcsp: cannot read {file.Name}: {exception.Message}");
            return KentCspCommand.UsageError;
        }
        try
        {
            output.WriteLine($"valid {kind} document: {Readers[kind](json)}");
            return 0;
        }
        catch (JsonException exception)
        {
            error.WriteLine($"{file.Name}: {exception.Message}");
            return 1;
        }
    }
}
