using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Serialization;
using WireKind = KentCsp.Domain.Serialization.DocumentKind;

namespace KentCsp.Cli;

/// <summary>
/// The one table of the documents <c>kentcsp</c> knows: each kind's name, a one-line summary, its reader of UTF-8 and its stream writer,
/// how a valid document is described, and the built-in Kent documents of that kind. <c>kentcsp json</c>,
/// <c>kentcsp validate</c> and their help all read it.
/// </summary>
internal static class DocumentKinds
{
    internal static IReadOnlyList<DocumentKind> All { get; } =
    [
        DocumentKind.Of(
            WireKind.Partnership, "a partnership with its dated members and sub-groups",
            KentCspJson.DeserializePartnership, KentCspJson.Serialize,
            partnership => $"{partnership.Name}: {partnership.Members.Count} members",
            ("partnership", KentData.Partnership)),
        DocumentKind.Of(
            WireKind.AgreementEdition, "a Community Safety Agreement edition: priorities and cross-cutting themes",
            KentCspJson.DeserializeAgreementEdition, KentCspJson.Serialize,
            edition => $"{edition}: {edition.Priorities.Count} priorities, {edition.CrossCuttingThemes.Count} cross-cutting themes",
            ("csa-2017", KentData.CommunitySafetyAgreement2017),
            ("csa-2023", KentData.CommunitySafetyAgreement2023)),
        DocumentKind.Of(
            WireKind.FundingRound, "a funding round: grant, bids, decisions, allocations, payments and monitoring returns",
            KentCspJson.DeserializeFundingRound, KentCspJson.Serialize,
            round => round.ToString(),
            ("funding-2016-17", KentFunding.Round2016To17),
            ("funding-2017-18", KentFunding.Round2017To18)),
        DocumentKind.Of(
            WireKind.Meeting, "a meeting: agenda items, minutes, resolutions and restricted items",
            KentCspJson.DeserializeMeeting, KentCspJson.Serialize,
            meeting => $"{meeting}: {meeting.Items.Count} items, {meeting.Items.Count(item => !item.Classification.IsPublic)} restricted",
            ("meeting-2017-07-19", KentMeetings.Kcsp2017July19)),
        DocumentKind.Of(
            WireKind.ReviewRegister, "a register of domestic homicide reviews",
            KentCspJson.DeserializeReviewRegister, KentCspJson.Serialize,
            register => register.ToString(),
            ("reviews", KentReviews.Register)),
        DocumentKind.Of(
            WireKind.ActionPlan, "an action plan with its status histories and Working Group reviews",
            KentCspJson.DeserializeActionPlan, KentCspJson.Serialize,
            plan => $"{plan}: {plan.Actions.Count} actions, {plan.Reviews.Count} reviews",
            ("plan-2017-18", KentActionPlans.Illustration2017To18)),
        DocumentKind.Of(
            WireKind.Incident, "an incident to count as recorded crimes",
            KentCspJson.DeserializeIncident, KentCspJson.Serialize,
            incident => $"incident {incident.Id}: {CliText.Count(incident.VictimIds.Count, "victim")}, {CliText.Count(incident.Acts.Count, "act")}, {incident.Decision.Kind.Name}",
            ("incident-thrown-fluid", KentRecording.ThrownFluid)),
        DocumentKind.Of(
            WireKind.AccuracyAudit, "a recording-accuracy audit",
            KentCspJson.DeserializeAccuracyAudit, KentCspJson.Serialize,
            audit => audit.ToString()),
        DocumentKind.Of(
            WireKind.IndicatorSet, "a set of indicator series and road casualty figures",
            KentCspJson.DeserializeIndicatorSet, KentCspJson.Serialize,
            set => set.ToString(),
            ("indicators-2017", KentIndicators.July2017)),
        DocumentKind.Of(
            WireKind.MorileRanking, "a MoRiLE ranking: a scheme and the issues assessed under it",
            KentCspJson.DeserializeMorileRanking, KentCspJson.Serialize,
            ranking => ranking.ToString(),
            ("morile-pilot-1", KentMorile.PilotDistricts[0])),
        DocumentKind.Of(
            WireKind.ReviewCase, "one domestic homicide review case",
            KentCspJson.DeserializeReviewCase, KentCspJson.Serialize,
            @case => @case.ToString()),
        DocumentKind.Of(
            WireKind.PartnershipRecord, "a partnership record: what a compliance check reads",
            KentCspJson.DeserializePartnershipRecord, KentCspJson.Serialize,
            record => $"{record.Partnership.Name}: {CliText.Count(record.TermsOfReference.Count, "version")} of the Terms of Reference"),
        DocumentKind.Of(
            WireKind.Findings, "findings of any rule engine",
            KentCspJson.DeserializeFindings, KentCspJson.Serialize,
            findings => CliText.Count(findings.Count, "finding")),
        DocumentKind.Of(
            WireKind.CrimeCount, "a crime count with its rule trail",
            KentCspJson.DeserializeCrimeCount, KentCspJson.Serialize,
            count => count.ToString()),
        DocumentKind.Of(
            WireKind.FundingPolicy, "a funding policy: monitoring deadlines, in-principle limit, referral, priorities",
            KentCspJson.DeserializeFundingPolicy, KentCspJson.Serialize,
            policy => $"policy of {policy.Source}",
            ("funding-policy", KentPolicies.Funding)),
        DocumentKind.Of(
            WireKind.AgreementHistory, "a Community Safety Agreement history: editions with their dates in force and lineage",
            KentCspJson.DeserializeAgreementHistory, KentCspJson.Serialize,
            history => $"{history.PartnershipId}: {CliText.Count(history.Editions.Count, "edition")} held, {history.EditionsKnownByName.Count} known by name only",
            ("csa-history", KentData.CommunitySafetyAgreements)),
    ];

    /// <summary>The names of the kinds, for <c>kentcsp validate</c>.</summary>
    internal static IEnumerable<string> Names => All.Select(kind => kind.Name);

    /// <summary>The names of the built-in documents, for <c>kentcsp json</c>.</summary>
    internal static IEnumerable<string> BuiltInNames => All.SelectMany(kind => kind.BuiltInNames);

    /// <summary>The kinds with their summaries, for help: "partnership (a partnership …), csa (…)".</summary>
    internal static string Describe() => string.Join("; ", All.Select(kind => $"{kind.Name} ({kind.Summary})"));

    /// <summary>Writes the built-in document <paramref name="name"/> to <paramref name="utf8Json"/>, through the library's stream writer.</summary>
    internal static void Write(string name, Stream utf8Json) =>
        All.First(kind => kind.TryWriteBuiltIn(name, utf8Json));

    /// <summary>
    /// Reads <paramref name="file"/> and reports whether it is valid: as a document of <paramref name="kindName"/>, or,
    /// with no kind, as whatever kind the document is (<see cref="KentCspJson.ReadDocument(ReadOnlySpan{byte})"/>). A file larger
    /// than <see cref="JsonReadLimits.MaxDocumentBytes"/> is refused before it is read; <c>-</c> is standard input.
    /// </summary>
    internal static int Validate(string? kindName, FileInfo file, TextWriter output, TextWriter error) =>
        Validate(kindName, file, output, error, OutputFormat.Table);

    /// <summary>
    /// As <see cref="Validate(string?, FileInfo, TextWriter, TextWriter)"/>; with <see cref="OutputFormat.Json"/> the
    /// answer is also one JSON object on <paramref name="output"/> (docs/cli-json.md, "validate"): valid with the kind and
    /// what the document holds, or invalid with the message and the JSON path. An unreadable file or unknown kind writes
    /// no document.
    /// </summary>
    internal static int Validate(string? kindName, FileInfo file, TextWriter output, TextWriter error, OutputFormat format)
    {
        DocumentKind? kind = null;
        if (kindName is not null)
        {
            kind = All.FirstOrDefault(candidate => candidate.Name == kindName);
            if (kind is null)
            {
                error.WriteLine($"kentcsp: '{CliText.Quote(kindName)}' is not a kind of document; the kinds are {string.Join(", ", Names)} (see 'kentcsp validate --help')");
                return KentCspCommand.UsageError;
            }
        }
        if (!CliFiles.TryReadBytes(file, error, out var utf8))
        {
            return KentCspCommand.UsageError;
        }
        if (kind is not null)
        {
            try
            {
                string described = kind.ReadAndDescribe(utf8.AsSpan());
                WriteValid(output, format, file, kind.Name, described);
                return 0;
            }
            catch (JsonException exception)
            {
                error.WriteLine($"{CliFiles.NameOf(file)}: {exception.Message}");
                WriteInvalid(output, format, file, kind.Name, exception.Path, exception.Message);
                return 1;
            }
        }
        var result = KentCspJson.ReadDocument(utf8.AsSpan());
        if (!result.IsRead)
        {
            error.WriteLine($"{CliFiles.NameOf(file)}: {result.AsT1.Message}");
            var failure = result.AsT1;
            WriteInvalid(output, format, file, failure.Kind?.WireName, failure.Path, failure.Message);
            return 1;
        }
        var read = All.First(candidate => candidate.Kind == result.AsT0.Kind);
        WriteValid(output, format, file, read.Name, read.Describe(result.AsT0));
        return 0;
    }

    private static void WriteValid(TextWriter output, OutputFormat format, FileInfo file, string kind, string described)
    {
        if (format != OutputFormat.Json)
        {
            output.WriteLine($"valid {kind} document: {described}");
            return;
        }
        CliFormat.Write(output, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("command", "validate");
            writer.WriteString("file", CliFiles.NameOf(file));
            writer.WriteBoolean("valid", true);
            writer.WriteString("kind", kind);
            writer.WriteString("document", described);
            writer.WriteEndObject();
        });
    }

    // The JSON answer for an invalid document; the table's answer is the line on standard error alone.
    private static void WriteInvalid(TextWriter output, OutputFormat format, FileInfo file, string? kind, string? path, string message)
    {
        if (format != OutputFormat.Json)
        {
            return;
        }
        CliFormat.Write(output, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("command", "validate");
            writer.WriteString("file", CliFiles.NameOf(file));
            writer.WriteBoolean("valid", false);
            if (kind is null)
            {
                writer.WriteNull("kind");
            }
            else
            {
                writer.WriteString("kind", kind);
            }
            if (path is null)
            {
                writer.WriteNull("path");
            }
            else
            {
                writer.WriteString("path", path);
            }
            writer.WriteString("error", message);
            writer.WriteEndObject();
        });
    }
}

/// <summary>One kind of document in <see cref="DocumentKinds"/>.</summary>
internal abstract class DocumentKind(WireKind kind, string summary)
{
    /// <summary>The library's kind: the command line names a kind as its documents do in their <c>kind</c> member.</summary>
    internal WireKind Kind { get; } = kind;

    /// <summary>The kind's name on the command line: its wire name, e.g. "funding".</summary>
    internal string Name => Kind.WireName;

    /// <summary>What a document of this kind holds, in one line.</summary>
    internal string Summary { get; } = summary;

    /// <summary>The names of the built-in documents of this kind.</summary>
    internal abstract IReadOnlyList<string> BuiltInNames { get; }

    /// <summary>The built-in document <paramref name="builtInName"/> as the library holds it, or null if it is not of this kind.</summary>
    internal abstract object? FindBuiltIn(string builtInName);

    /// <summary>Reads a document and describes it in one line; throws <see cref="JsonException"/> if it is not valid.</summary>
    internal abstract string ReadAndDescribe(ReadOnlySpan<byte> utf8Json);

    /// <summary>Describes a document of this kind already read, in one line.</summary>
    internal abstract string Describe(KentCspDocument document);

    /// <summary>Writes the built-in document <paramref name="builtInName"/> as JSON to <paramref name="utf8Json"/>; false, writing nothing, if it is not of this kind.</summary>
    internal abstract bool TryWriteBuiltIn(string builtInName, Stream utf8Json);

    internal static DocumentKind Of<T>(
        WireKind kind, string summary, Utf8Reader<T> read, Action<Stream, T> write, Func<T, string> describe, params (string Name, T Value)[] builtIns)
        where T : class =>
        new Typed<T>(kind, summary, read, write, describe, builtIns);

    private sealed class Typed<T>(
        WireKind kind, string summary, Utf8Reader<T> read, Action<Stream, T> write, Func<T, string> describe, (string Name, T Value)[] builtIns)
        : DocumentKind(kind, summary)
        where T : class
    {
        internal override IReadOnlyList<string> BuiltInNames { get; } = builtIns.Select(builtIn => builtIn.Name).ToArray();

        internal override string ReadAndDescribe(ReadOnlySpan<byte> utf8Json) => describe(read(utf8Json));

        internal override string Describe(KentCspDocument document) => describe(((KentCspDocument<T>)document).Value);

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

        internal override bool TryWriteBuiltIn(string builtInName, Stream utf8Json)
        {
            if (FindBuiltIn(builtInName) is not T value)
            {
                return false;
            }
            write(utf8Json, value);
            return true;
        }
    }
}
