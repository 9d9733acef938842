using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Serialization;

namespace KentCsp.Cli;

/// <summary>
/// The one table of the documents <c>kentcsp</c> knows: each kind's name, a one-line summary, its reader and writer,
/// how a valid document is described, and the built-in Kent documents of that kind. <c>kentcsp json</c>,
/// <c>kentcsp validate</c> and their help all read it.
/// </summary>
internal static class DocumentKinds
{
    internal static IReadOnlyList<DocumentKind> All { get; } =
    [
        DocumentKind.Of(
            "partnership", "a partnership with its dated members and sub-groups",
            KentCspJson.DeserializePartnership, KentCspJson.Serialize,
            partnership => $"{partnership.Name}: {partnership.Members.Count} members",
            ("partnership", KentData.Partnership)),
        DocumentKind.Of(
            "csa", "a Community Safety Agreement edition: priorities and cross-cutting themes",
            KentCspJson.DeserializeAgreementEdition, KentCspJson.Serialize,
            edition => $"{edition}: {edition.Priorities.Count} priorities, {edition.CrossCuttingThemes.Count} cross-cutting themes",
            ("csa-2017", KentData.CommunitySafetyAgreement2017),
            ("csa-2023", KentData.CommunitySafetyAgreement2023)),
        DocumentKind.Of(
            "funding", "a funding round: grant, bids, decisions, allocations, payments and monitoring returns",
            KentCspJson.DeserializeFundingRound, KentCspJson.Serialize,
            round => round.ToString(),
            ("funding-2016-17", KentFunding.Round2016To17),
            ("funding-2017-18", KentFunding.Round2017To18)),
        DocumentKind.Of(
            "meeting", "a meeting: agenda items, minutes, resolutions and restricted items",
            KentCspJson.DeserializeMeeting, KentCspJson.Serialize,
            meeting => $"{meeting}: {meeting.Items.Count} items, {meeting.Items.Count(item => !item.Classification.IsPublic)} restricted",
            ("meeting-2017-07-19", KentMeetings.Kcsp2017July19)),
        DocumentKind.Of(
            "reviews", "a register of domestic homicide reviews",
            KentCspJson.DeserializeReviewRegister, KentCspJson.Serialize,
            register => register.ToString(),
            ("reviews", KentReviews.Register)),
        DocumentKind.Of(
            "plan", "an action plan with its status histories and Working Group reviews",
            KentCspJson.DeserializeActionPlan, KentCspJson.Serialize,
            plan => $"{plan}: {plan.Actions.Count} actions, {plan.Reviews.Count} reviews",
            ("plan-2017-18", KentActionPlans.Illustration2017To18)),
        DocumentKind.Of(
            "incident", "an incident to count as recorded crimes",
            KentCspJson.DeserializeIncident, KentCspJson.Serialize,
            incident => $"incident {incident.Id}: {CliText.Count(incident.VictimIds.Count, "victim")}, {CliText.Count(incident.Acts.Count, "act")}, {incident.Decision.Kind.Name}",
            ("incident-thrown-fluid", KentRecording.ThrownFluid)),
        DocumentKind.Of(
            "audit", "a recording-accuracy audit",
            KentCspJson.DeserializeAccuracyAudit, KentCspJson.Serialize,
            audit => audit.ToString()),
        DocumentKind.Of(
            "indicators", "a set of indicator series and road casualty figures",
            KentCspJson.DeserializeIndicatorSet, KentCspJson.Serialize,
            set => set.ToString(),
            ("indicators-2017", KentIndicators.July2017)),
        DocumentKind.Of(
            "morile", "a MoRiLE ranking: a scheme and the issues assessed under it",
            KentCspJson.DeserializeMorileRanking, KentCspJson.Serialize,
            ranking => ranking.ToString(),
            ("morile-pilot-1", KentMorile.PilotDistricts[0])),
    ];

    /// <summary>The names of the kinds, for <c>kentcsp validate</c>.</summary>
    internal static IEnumerable<string> Names => All.Select(kind => kind.Name);

    /// <summary>The names of the built-in documents, for <c>kentcsp json</c>.</summary>
    internal static IEnumerable<string> BuiltInNames => All.SelectMany(kind => kind.BuiltInNames);

    /// <summary>The kinds with their summaries, for help: "partnership (a partnership …), csa (…)".</summary>
    internal static string Describe() => string.Join("; ", All.Select(kind => $"{kind.Name} ({kind.Summary})"));

    /// <summary>Writes the built-in document <paramref name="name"/>.</summary>
    internal static string Write(string name) =>
        All.Select(kind => kind.TryWriteBuiltIn(name)).First(json => json is not null)!;

    /// <summary>Reads <paramref name="file"/> as a document of <paramref name="kindName"/> and reports whether it is valid.</summary>
    internal static int Validate(string kindName, FileInfo file, TextWriter output, TextWriter error)
    {
        var kind = All.First(candidate => candidate.Name == kindName);
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
            output.WriteLine($"valid {kind.Name} document: {kind.ReadAndDescribe(json)}");
            return 0;
        }
        catch (JsonException exception)
        {
            error.WriteLine($"{file.Name}: {exception.Message}");
            return 1;
        }
    }
}

/// <summary>One kind of document in <see cref="DocumentKinds"/>.</summary>
internal abstract class DocumentKind(string name, string summary)
{
    /// <summary>The kind's name on the command line.</summary>
    internal string Name { get; } = name;

    /// <summary>What a document of this kind holds, in one line.</summary>
    internal string Summary { get; } = summary;

    /// <summary>The names of the built-in documents of this kind.</summary>
    internal abstract IReadOnlyList<string> BuiltInNames { get; }

    /// <summary>The built-in document <paramref name="builtInName"/> as the library holds it, or null if it is not of this kind.</summary>
    internal abstract object? FindBuiltIn(string builtInName);

    /// <summary>Reads a document and describes it in one line; throws <see cref="JsonException"/> if it is not valid.</summary>
    internal abstract string ReadAndDescribe(string json);

    /// <summary>The built-in document <paramref name="builtInName"/> as JSON, or null if it is not of this kind.</summary>
    internal abstract string? TryWriteBuiltIn(string builtInName);

    internal static DocumentKind Of<T>(
        string name, string summary, Func<string, T> read, Func<T, string> write, Func<T, string> describe, params (string Name, T Value)[] builtIns) =>
        new Typed<T>(name, summary, read, write, describe, builtIns);

    private sealed class Typed<T>(
        string name, string summary, Func<string, T> read, Func<T, string> write, Func<T, string> describe, (string Name, T Value)[] builtIns)
        : DocumentKind(name, summary)
    {
        internal override IReadOnlyList<string> BuiltInNames { get; } = builtIns.Select(builtIn => builtIn.Name).ToArray();

        internal override string ReadAndDescribe(string json) => describe(read(json));

        internal override object? FindBuiltIn(string builtInName)
        {
            foreach (var builtIn in builtIns)
            {
                if (builtIn.Name == builtInName)
                {
                    return builtIn.Value;
                }
            }
            return null;
        }

        internal override string? TryWriteBuiltIn(string builtInName) =>
            FindBuiltIn(builtInName) is T value ? write(value) : null;
    }
}
