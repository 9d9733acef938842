using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Funding;

/// <summary>
/// Writes funding rounds as a 360Giving Data Standard package (version 1.4): one 360Giving grant for each allocation,
/// from the partnership that passed the money on to the organisation that bid for it.
/// </summary>
/// <remarks>
/// <para>Each allocation becomes one grant:</para>
/// <list type="table">
/// <listheader><term>360Giving field</term><description>Value</description></listheader>
/// <item><term><c>id</c></term><description>The publisher's prefix, the grant's financial year and the allocation's
/// identifier: <c>360G-kentcsp-2016-17-licence-to-kill</c>.</description></item>
/// <item><term><c>title</c>, <c>description</c></term><description>The bid's project and purpose.</description></item>
/// <item><term><c>currency</c></term><description><c>GBP</c>.</description></item>
/// <item><term><c>amountAppliedFor</c></term><description>The amount the bid asked for, when the record gives it.</description></item>
/// <item><term><c>amountAwarded</c></term><description>The allocation, in pounds with two decimals.</description></item>
/// <item><term><c>amountDisbursed</c></term><description>The payments against the allocation, when there are any.</description></item>
/// <item><term><c>awardDate</c></term><description>The date of the allocation.</description></item>
/// <item><term><c>plannedDates</c></term><description>The grant's financial year: 1 April to 31 March, 12 months.</description></item>
/// <item><term><c>recipientOrganization</c></term><description>The bid's applicant.</description></item>
/// <item><term><c>beneficiaryLocation</c></term><description>For a county-wide bid, the county location if one is
/// given; for a local bid, the district by name.</description></item>
/// <item><term><c>fundingOrganization</c></term><description>The partnership that received the local policing body's
/// grant and passed it on.</description></item>
/// <item><term><c>grantProgramme</c></term><description>The local policing body's grant: its identifier as the code,
/// "Kent Community Safety Partnership grant 2016/17" as the title, and its amount, funder and purpose as the
/// description.</description></item>
/// </list>
/// <para>No grant carries <c>regrantType</c>. The 360Giving guide to regranting gives that code to the grant made for
/// onward distribution — here the local policing body's grant to the partnership, which is the funder's to publish —
/// and says that grants to recipients to fund projects must not carry one; <c>grantProgramme</c> records where the
/// money came from instead.</para>
/// <para>Repayments and monitoring returns are not part of the standard's grant record and are not written. A bid
/// funded by two allocations gives two grants, each with the bid's <c>amountAppliedFor</c>.</para>
/// <para>The package holds <c>version</c> (<see cref="Version"/>), a <c>title</c> naming the publisher and years, the
/// <c>issued</c> date, the <c>publisher</c> and the <c>grants</c>. The text is indented by two spaces with <c>\n</c>
/// line ends, and non-ASCII text (£, –) is written as it is, so the same rounds always give the same bytes on every
/// target framework. Nothing is serialized by reflection, so the method is safe in trimmed and ahead-of-time compiled
/// apps.</para>
/// <para>The standard has no place for provenance. <see cref="ExportWithWarnings"/> returns the same text with a
/// <see cref="ThreeSixtyGivingWarning"/> for each value written from a round field that the round's
/// <see cref="FundingRound.Provenance"/> marks as inferred or illustrative (for the built-in Kent 2016/17 round, each
/// grant's <c>awardDate</c> and <c>recipientOrganization</c>), so that a publisher can check them first.</para>
/// <para>Before anything is written, the export checks the rounds against the funding rules
/// (<see cref="FundingRules"/>, with the options' policy and date) and runs 360Giving's quality checks
/// (<see cref="ThreeSixtyGivingQuality"/>) on the grants it would write. By default it refuses
/// (<see cref="ThreeSixtyGivingExportRefusedException"/>) when an allocation breaks an error-level rule or is withdrawn,
/// or when a critical check fires; <see cref="ThreeSixtyGivingGuard.Warn"/> publishes anyway and reports the reasons.
/// Publisher, funder, programme, county location and dates are <see cref="ThreeSixtyGivingExportOptions"/>.</para>
/// <para><see cref="Write"/> and <see cref="WriteAsync(Stream, IEnumerable{FundingRound}, ThreeSixtyGivingExportOptions, CancellationToken)"/>
/// write the same bytes to a stream grant by grant, holding what the checks need and about one grant rather than the
/// package: a first pass over the allocations makes the checks and writes nothing if it refuses, a second writes.
/// <see cref="Export"/> and <see cref="ExportWithWarnings"/> are the same writer into memory.</para>
/// </remarks>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class ThreeSixtyGiving
{
    /// <summary>The version of the 360Giving Data Standard a package declares: "1.4" (major.minor, as the package schema requires).</summary>
    public const string Version = "1.4";

    private const string Currency = "GBP";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        // Keep '£', '–' and other non-ASCII text readable; control characters and quotes are still escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    // The first pass's buffer for one grant: compact, since only the values are read back.
    private static readonly JsonWriterOptions GrantBufferOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Pending bytes at which the writer hands what it has written to the stream: after any grant that brings them to
    /// this many, so the writer holds at most this and one grant.
    /// </summary>
    private const int FlushAt = 16 * 1024;

    /// <summary>Writes rounds as a 360Giving package, after checking them against the funding rules and the quality checks.</summary>
    /// <param name="rounds">The rounds; together they must have at least one allocation.</param>
    /// <param name="options">The publisher, issue date, funding policy and the rest (see <see cref="ThreeSixtyGivingExportOptions"/>); Kent's are <c>KentThreeSixtyGiving.Options(issued)</c>.</param>
    /// <returns>The package as JSON text: the bytes <see cref="Write"/> writes, as a string.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rounds"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ThreeSixtyGivingExportRefusedException">
    /// A guard that refuses found reasons: an allocation breaks an error-level funding rule or is withdrawn, or a
    /// critical quality check fires on the package (see <see cref="Write"/>).
    /// </exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="rounds"/> has a null element, has no allocations (a package needs at least one grant), would
    /// give two grants the same identifier (the same round twice, or two rounds for one year with an allocation
    /// identifier in common), or has two rounds with one identifier.
    /// </exception>
    public static string Export(IEnumerable<FundingRound> rounds, ThreeSixtyGivingExportOptions options) =>
        ExportWithWarnings(rounds, options).Package;

    /// <summary>
    /// Writes rounds as a 360Giving package, after checking them against the funding rules and the quality checks,
    /// with what the export reports: a warning for each value written that the rounds' provenance marks as inferred or
    /// illustrative, the rule breaches and the quality report (see <see cref="ThreeSixtyGivingExport"/>).
    /// </summary>
    /// <remarks>The whole package is held in memory, as bytes and then as text. For a large package, write it to a
    /// stream with <see cref="Write"/>, which holds only what it checks and about one grant.</remarks>
    /// <param name="rounds">The rounds; together they must have at least one allocation.</param>
    /// <param name="options">The publisher, issue date, funding policy and the rest (see <see cref="ThreeSixtyGivingExportOptions"/>).</param>
    /// <returns>The package as JSON text, the same as <see cref="Export"/> writes, and its report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rounds"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ThreeSixtyGivingExportRefusedException">A guard that refuses found reasons (see <see cref="Write"/>).</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="rounds"/> has a null element, has no allocations, would give two grants the same identifier, or
    /// has two rounds with one identifier (see <see cref="Export"/>).
    /// </exception>
    public static ThreeSixtyGivingExport ExportWithWarnings(IEnumerable<FundingRound> rounds, ThreeSixtyGivingExportOptions options)
    {
        using var stream = new MemoryStream();
        var report = WriteChecked(stream, Check(stream, rounds, options));
        string package = Encoding.UTF8.GetString(stream.GetBuffer(), 0, checked((int)stream.Length));
        return new ThreeSixtyGivingExport(package, report);
    }

    /// <summary>
    /// Writes rounds as a 360Giving package to a stream, as UTF-8 JSON, grant by grant, without holding the package,
    /// after checking them against the funding rules and the quality checks.
    /// </summary>
    /// <remarks>
    /// <para>The bytes are exactly those of <see cref="Export"/>'s text in UTF-8 (no byte order mark), and the report
    /// that of <see cref="ExportWithWarnings"/>.</para>
    /// <para>The rounds are read in two passes. The first writes nothing; it makes every check that needs the whole
    /// package, and refuses the export if they fail:</para>
    /// <list type="number">
    /// <item><description>the argument checks below (allocations, unique grant identifiers);</description></item>
    /// <item><description>the funding rules: <see cref="FundingRules.EvaluateAll"/> with the options'
    /// <see cref="ThreeSixtyGivingExportOptions.Policy"/> on <see cref="ThreeSixtyGivingExportOptions.RulesAsOf"/>. Each
    /// allocation that breaks an error-level rule or is withdrawn is a <see cref="ThreeSixtyGivingRuleBreach"/>
    /// (see there for how findings are tied to allocations);</description></item>
    /// <item><description>the 36 checks of 360Giving's Data Quality Tool, judged as at the issue date, grant by grant:
    /// each grant is written to a buffer that is reused for the next, read, and added to the same tallies that
    /// <see cref="ThreeSixtyGivingQuality.Check(string, LocalDate)"/> keeps, so the report is the one the finished package
    /// gives while memory holds one grant.</description></item>
    /// </list>
    /// <para>A guard set to <see cref="ThreeSixtyGivingGuard.Refuse"/> (the default) that has reasons throws
    /// <see cref="ThreeSixtyGivingExportRefusedException"/> with every reason of every refusing guard; one set to
    /// <see cref="ThreeSixtyGivingGuard.Warn"/> lets them through into the report. A withdrawn allocation let through is
    /// written as every allocation is, with the amount awarded: the 360Giving grant record has no field for a withdrawn
    /// or revoked grant (its <c>amountAwarded</c> is the total awarded, <c>amountDisbursed</c> what was paid), so the
    /// export neither leaves the grant out nor rewrites its amount (an amount of 0 would be the critical check DQT-001);
    /// the breach says it is withdrawn.</para>
    /// <para>The second pass writes the grants one by one and hands the bytes to the stream whenever about 16 KiB are
    /// pending, so the writer never holds more than that and one grant. Time is linear in the rounds: each grant is
    /// written twice, once into the buffer and once to the stream.</para>
    /// <para><paramref name="rounds"/> is enumerated once, into a list of the rounds themselves (not of their grants);
    /// each round's allocations are then read by each pass. A lazily made sequence of rounds is therefore made once and
    /// held while the package is written.</para>
    /// <para>The stream is flushed when the package is complete and is left open. If the stream fails while the grants
    /// are written, what was written before the failure stays in it.</para>
    /// </remarks>
    /// <param name="utf8Json">The stream to write to; it must be writable. It is flushed, not closed.</param>
    /// <param name="rounds">The rounds; together they must have at least one allocation.</param>
    /// <param name="options">The publisher, issue date, funding policy and the rest (see <see cref="ThreeSixtyGivingExportOptions"/>).</param>
    /// <returns>The report: the provenance warnings, the rule breaches let through and the quality report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/>, <paramref name="rounds"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ThreeSixtyGivingExportRefusedException">A guard that refuses found reasons. Nothing has been written.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="utf8Json"/> is not writable; or <paramref name="rounds"/> has a null element, has no allocations
    /// (a package needs at least one grant), would give two grants the same identifier (the same round twice, or two
    /// rounds for one year with an allocation identifier in common), or has two rounds with one identifier. Nothing has
    /// been written.
    /// </exception>
    /// <exception cref="IOException">The stream failed while the grants were written.</exception>
    public static ThreeSixtyGivingExportReport Write(Stream utf8Json, IEnumerable<FundingRound> rounds, ThreeSixtyGivingExportOptions options) =>
        WriteChecked(utf8Json, Check(utf8Json, rounds, options));

    /// <summary>
    /// Writes rounds as a 360Giving package to a stream, as UTF-8 JSON, grant by grant, handing the bytes to the
    /// stream asynchronously; the same as <see cref="Write"/> in every other way.
    /// </summary>
    /// <remarks>The checks of the first pass are made before the method returns: a refused export throws from the call
    /// itself, and nothing is written.</remarks>
    /// <param name="utf8Json">The stream to write to; it must be writable. It is flushed, not closed.</param>
    /// <param name="rounds">The rounds; together they must have at least one allocation. Enumerated once (see <see cref="Write"/>).</param>
    /// <param name="options">The publisher, issue date, funding policy and the rest (see <see cref="ThreeSixtyGivingExportOptions"/>).</param>
    /// <returns>A task whose result is the report, as <see cref="Write"/> returns it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/>, <paramref name="rounds"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ThreeSixtyGivingExportRefusedException">A guard that refuses found reasons. Nothing has been written.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="utf8Json"/> is not writable; or <paramref name="rounds"/> has a null element, has no allocations,
    /// would give two grants the same identifier, or has two rounds with one identifier (see <see cref="Write"/>).
    /// Nothing has been written.
    /// </exception>
    /// <exception cref="IOException">The task fails with it when the stream fails while the grants are written.</exception>
    public static Task<ThreeSixtyGivingExportReport> WriteAsync(Stream utf8Json, IEnumerable<FundingRound> rounds, ThreeSixtyGivingExportOptions options) =>
        WriteAsync(utf8Json, rounds, options, CancellationToken.None);

    /// <summary>
    /// Writes rounds as a 360Giving package to a stream, as UTF-8 JSON, grant by grant, handing the bytes to the
    /// stream asynchronously; the same as <see cref="Write"/> in every other way.
    /// </summary>
    /// <remarks>The checks of the first pass are made before the method returns: a refused export throws from the call
    /// itself, and nothing is written. Cancellation is seen before anything is written and each time bytes are handed
    /// to the stream; a package cancelled part way leaves what was written before in the stream.</remarks>
    /// <param name="utf8Json">The stream to write to; it must be writable. It is flushed, not closed.</param>
    /// <param name="rounds">The rounds; together they must have at least one allocation. Enumerated once (see <see cref="Write"/>).</param>
    /// <param name="options">The publisher, issue date, funding policy and the rest (see <see cref="ThreeSixtyGivingExportOptions"/>).</param>
    /// <param name="cancellationToken">Stops the writing.</param>
    /// <returns>A task whose result is the report, as <see cref="Write"/> returns it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/>, <paramref name="rounds"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ThreeSixtyGivingExportRefusedException">A guard that refuses found reasons. Nothing has been written.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="utf8Json"/> is not writable; or <paramref name="rounds"/> has a null element, has no allocations,
    /// would give two grants the same identifier, or has two rounds with one identifier (see <see cref="Write"/>).
    /// Nothing has been written.
    /// </exception>
    /// <exception cref="OperationCanceledException">The task is cancelled when <paramref name="cancellationToken"/> is.</exception>
    /// <exception cref="IOException">The task fails with it when the stream fails while the grants are written.</exception>
    public static Task<ThreeSixtyGivingExportReport> WriteAsync(Stream utf8Json, IEnumerable<FundingRound> rounds, ThreeSixtyGivingExportOptions options, CancellationToken cancellationToken)
    {
        var package = Check(utf8Json, rounds, options);
        return WriteCheckedAsync(utf8Json, package, cancellationToken);
    }

    /// <summary>The year as a grant identifier writes it: "2016-17".</summary>
    internal static string YearId(FinancialYear year) =>
        year.StartYear.ToString("0000", CultureInfo.InvariantCulture) + "-" + ((year.StartYear + 1) % 100).ToString("00", CultureInfo.InvariantCulture);

    private static string GrantId(ThreeSixtyGivingPublisher publisher, FundingRound round, Allocation allocation) =>
        $"{publisher.Prefix}-{YearId(round.Grant.Year)}-{allocation.Id}";

    // The first pass: every check that needs the whole package, made before a byte is written — the arguments, the
    // funding rules and the quality checks — and the guards' refusal. It keeps only what the checks need, never the
    // package; a new check of the whole package belongs here.
    private static CheckedRounds Check(Stream utf8Json, IEnumerable<FundingRound> rounds, ThreeSixtyGivingExportOptions options)
    {
        Preconditions.CheckNotNull(utf8Json);
        var checkedRounds = Preconditions.CheckItems(rounds);
        Preconditions.CheckNotNull(options);
        Preconditions.CheckArgument(utf8Json.CanWrite, nameof(utf8Json), "must be a writable stream");
        var publisher = options.Publisher;

        // A grant's identifier is the prefix, the year (always four digits and two) and the allocation's identifier,
        // and a round's allocation identifiers are unique: two grants share an identifier exactly when their rounds
        // share a year and an allocation identifier. The key holds the allocation's own string, so nothing is made per
        // grant but the entry.
        var firstUse = new Dictionary<(int Year, string AllocationId), (int Round, int Allocation)>();
        int grants = 0;
        for (int r = 0; r < checkedRounds.Count; r++)
        {
            var round = checkedRounds[r];
            int year = round.Grant.Year.StartYear;
            for (int a = 0; a < round.Allocations.Count; a++)
            {
                var key = (year, round.Allocations[a].Id);
                if (firstUse.TryGetValue(key, out var first))
                {
                    Preconditions.ThrowArgument(
                        nameof(rounds),
                        $"would give two grants the identifier '{GrantId(publisher, round, round.Allocations[a])}' (rounds[{first.Round}].allocations[{first.Allocation}] and rounds[{r}].allocations[{a}]); a round may be exported only once, and rounds for the same year need distinct allocation identifiers");
                }
                firstUse.Add(key, (r, a));
            }
            grants += round.Allocations.Count;
        }
        Preconditions.CheckArgument(grants > 0, nameof(rounds), "have no allocations; a 360Giving package needs at least one grant");

        var package = new CheckedRounds(checkedRounds, options);
        var breaches = Breaches(package);
        var quality = CheckQuality(package);
        bool refuseRules = breaches.Count > 0 && options.RuleGuard == ThreeSixtyGivingGuard.Refuse;
        bool refuseQuality = quality.HasCritical && options.QualityGuard == ThreeSixtyGivingGuard.Refuse;
        if (refuseRules || refuseQuality)
        {
            throw new ThreeSixtyGivingExportRefusedException(
                refuseRules ? breaches : ValueList<ThreeSixtyGivingRuleBreach>.Empty,
                quality,
                refuseQuality ? Critical(quality) : ValueList<ThreeSixtyGivingQualityFinding>.Empty);
        }
        package.Breaches = breaches;
        package.Quality = quality;
        return package;
    }

    // The funding rules on the rounds, as breaches of the allocations the package would write. The evaluation costs
    // time linear in the rounds; the indexes that tie findings to allocations are built only when a finding is an error.
    private static ValueList<ThreeSixtyGivingRuleBreach> Breaches(CheckedRounds package)
    {
        var options = package.Options;
        var rounds = package.Rounds;
        var evaluation = FundingRules.EvaluateAll(rounds, options.RulesAsOf, options.Policy);
        if (!evaluation.HasErrors)
        {
            return ValueList<ThreeSixtyGivingRuleBreach>.Empty;
        }

        // Each allocation by the subject a finding about it (or about its monitoring returns) names, and each bid's
        // allocations by the subject a finding about the bid names: "round/allocations/id", "round/bids/id".
        var byAllocation = new Dictionary<string, (int Round, int Allocation)>(StringComparer.Ordinal);
        var byBid = new Dictionary<string, List<(int Round, int Allocation)>>(StringComparer.Ordinal);
        for (int r = 0; r < rounds.Count; r++)
        {
            var round = rounds[r];
            for (int a = 0; a < round.Allocations.Count; a++)
            {
                var allocation = round.Allocations[a];
                string allocationSubject = round.Id + "/allocations/" + allocation.Id;
                if (!byAllocation.ContainsKey(allocationSubject))
                {
                    byAllocation.Add(allocationSubject, (r, a));
                }
                string bidSubject = round.Id + "/bids/" + allocation.BidId;
                if (!byBid.TryGetValue(bidSubject, out var toBid))
                {
                    toBid = [];
                    byBid.Add(bidSubject, toBid);
                }
                toBid.Add((r, a));
            }
        }

        const string ReturnPart = "/monitoring-returns/";
        var breaches = new List<ThreeSixtyGivingRuleBreach>();
        void Add((int Round, int Allocation) at, Finding finding)
        {
            var round = rounds[at.Round];
            var allocation = round.Allocations[at.Allocation];
            breaches.Add(new ThreeSixtyGivingRuleBreach(round.Id, allocation.Id, GrantId(options.Publisher, round, allocation), evaluation.StateOf(round.Id, allocation.Id), finding));
        }
        foreach (var finding in evaluation.Findings)
        {
            if (finding.Severity != FindingSeverity.Error)
            {
                continue;
            }
            string subject = finding.Subject;
            int returnAt = subject.LastIndexOf(ReturnPart, StringComparison.Ordinal);
            if (byAllocation.TryGetValue(returnAt > 0 ? subject.Substring(0, returnAt) : subject, out var one)
                || (returnAt > 0 && byAllocation.TryGetValue(subject, out one)))
            {
                Add(one, finding);
            }
            else if (byBid.TryGetValue(subject, out var toBid))
            {
                foreach (var at in toBid)
                {
                    Add(at, finding);
                }
            }
            else if (finding.RuleId == FundingRule.AllocationsExceedGrant.Id)
            {
                foreach (var at in PastTheGrant(rounds, subject))
                {
                    Add(at, finding);
                }
            }
        }
        return breaches.ToValueList();
    }

    // The allocations that take a grant's total past the grant (subject "grants/id"): the first whose running total,
    // in the rounds' order and each round's record order, exceeds the grant's amount, and each after it.
    private static IEnumerable<(int Round, int Allocation)> PastTheGrant(ValueList<FundingRound> rounds, string subject)
    {
        const string GrantPart = "grants/";
        if (!subject.StartsWith(GrantPart, StringComparison.Ordinal))
        {
            yield break;
        }
        string grantId = subject.Substring(GrantPart.Length);
        Grant? grant = null;
        MoneyTotal total = default;
        for (int r = 0; r < rounds.Count; r++)
        {
            var round = rounds[r];
            if (!string.Equals(round.Grant.Id, grantId, StringComparison.Ordinal))
            {
                continue;
            }
            grant ??= round.Grant;
            for (int a = 0; a < round.Allocations.Count; a++)
            {
                total += round.Allocations[a].Amount;
                if (total > grant.Amount)
                {
                    yield return (r, a);
                }
            }
        }
    }

    private static ValueList<ThreeSixtyGivingQualityFinding> Critical(ThreeSixtyGivingQualityReport quality)
    {
        var critical = new List<ThreeSixtyGivingQualityFinding>();
        foreach (var finding in quality.Findings)
        {
            if (finding.IsCritical)
            {
                critical.Add(finding);
            }
        }
        return critical.ToValueList();
    }

    // The quality checks on the package the second pass will write, grant by grant: each grant is written, as the second
    // pass writes it, into one buffer reused for every grant, read back and added to the checks' tallies. Memory holds
    // the tallies and one grant; the report is the one the finished package gives, judged as at the issue date.
    private static ThreeSixtyGivingQualityReport CheckQuality(CheckedRounds package)
    {
        var run = ThreeSixtyGivingQualityRun.Start(package.Options.Issued);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, GrantBufferOptions))
        {
            foreach (int _ in WriteGrants(writer, package, warnings: null))
            {
                writer.Flush();
                using (var grant = JsonDocument.Parse(new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, checked((int)buffer.Length))))
                {
                    run.Add(grant.RootElement);
                }
                buffer.SetLength(0);
                writer.Reset(buffer);
            }
        }
        return run.Finish();
    }

    // The second pass, the one writing path: the package's opening, then each grant, handing the bytes to the stream
    // after any grant that brings the pending bytes to FlushAt, then the close.
    private static ThreeSixtyGivingExportReport WriteChecked(Stream utf8Json, CheckedRounds package)
    {
        var warnings = new List<ThreeSixtyGivingWarning>();
        using (var writer = new Utf8JsonWriter(utf8Json, WriterOptions))
        {
            WriteOpening(writer, package);
            foreach (int _ in WriteGrants(writer, package, warnings))
            {
                if (writer.BytesPending >= FlushAt)
                {
                    writer.Flush();
                }
            }
            WriteClose(writer);
            writer.Flush();
        }
        return package.Report(warnings);
    }

    private static async Task<ThreeSixtyGivingExportReport> WriteCheckedAsync(Stream utf8Json, CheckedRounds package, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var warnings = new List<ThreeSixtyGivingWarning>();
        using (var writer = new Utf8JsonWriter(utf8Json, WriterOptions))
        {
            WriteOpening(writer, package);
            foreach (int _ in WriteGrants(writer, package, warnings))
            {
                if (writer.BytesPending >= FlushAt)
                {
                    await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            WriteClose(writer);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        return package.Report(warnings);
    }

    private static void WriteOpening(Utf8JsonWriter writer, CheckedRounds package)
    {
        var publisher = package.Options.Publisher;
        writer.WriteStartObject();
        writer.WriteString("version", Version);
        writer.WriteString("title", Title(package.Rounds, publisher));
        writer.WriteString("issued", Dates.Iso(package.Options.Issued));
        writer.WriteStartObject("publisher");
        writer.WriteString("name", publisher.Name);
        if (publisher.Website is { } website)
        {
            writer.WriteString("website", website.AbsoluteUri);
        }
        writer.WriteEndObject();
        writer.WriteStartArray("grants");
    }

    private static void WriteClose(Utf8JsonWriter writer)
    {
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    // Writes the grants one at a time, yielding after each so that the caller can hand the pending bytes to the stream
    // (or, in the first pass, check the grant), and adds the warnings when given a list: first each round not sourced
    // as a whole, then each grant's as it is written. Nothing is kept from one grant to the next but the round's
    // payments by allocation.
    private static IEnumerable<int> WriteGrants(Utf8JsonWriter writer, CheckedRounds package, List<ThreeSixtyGivingWarning>? warnings)
    {
        var rounds = package.Rounds;
        var options = package.Options;
        var marks = warnings is null ? new RoundMarks?[rounds.Count] : RoundWarnings(rounds, warnings);
        for (int r = 0; r < rounds.Count; r++)
        {
            var round = rounds[r];
            if (round.Allocations.Count == 0)
            {
                continue;
            }
            var roundMarks = marks[r];
            var payments = new RoundPayments(round, roundMarks is not null);
            for (int a = 0; a < round.Allocations.Count; a++)
            {
                var allocation = round.Allocations[a];
                // The round refuses an allocation to a bid it does not hold, so the bid is always found.
                round.TryGetBidIndex(allocation.BidId, out int bidIndex);
                var exported = new ExportedGrant(GrantId(options.Publisher, round, allocation), r, round, allocation, a, round.Bids[bidIndex], bidIndex);
                WriteGrant(writer, exported, payments.Paid(a), options);
                if (roundMarks is not null)
                {
                    AddWarnings(warnings!, exported, roundMarks, payments, options);
                }
                yield return a;
            }
        }
    }

    private static string Title(ValueList<FundingRound> rounds, ThreeSixtyGivingPublisher publisher)
    {
        var years = rounds.Where(round => round.Allocations.Count > 0).Select(round => round.Grant.Year).Distinct().OrderBy(year => year).Select(year => year.ToString());
        return $"{publisher.Name} grants {string.Join(", ", years)}";
    }

    private static void WriteGrant(Utf8JsonWriter writer, ExportedGrant exported, MoneyTotal paid, ThreeSixtyGivingExportOptions options)
    {
        var countyLocation = options.CountyLocation;
        var round = exported.Round;
        var allocation = exported.Allocation;
        var bid = exported.Bid;
        var grant = round.Grant;
        writer.WriteStartObject();
        writer.WriteString("id", exported.Id);
        writer.WriteString("title", bid.Project);
        writer.WriteString("description", bid.Purpose);
        writer.WriteString("currency", Currency);
        if (bid.AmountRequested is { } requested)
        {
            writer.WriteNumber("amountAppliedFor", requested.Pounds);
        }
        writer.WriteNumber("amountAwarded", allocation.Amount.Pounds);
        if (!paid.IsZero)
        {
            writer.WriteNumber("amountDisbursed", paid.Pounds);
        }
        writer.WriteString("awardDate", Dates.Iso(allocation.AllocatedOn));

        writer.WriteStartArray("plannedDates");
        writer.WriteStartObject();
        writer.WriteString("startDate", Dates.Iso(grant.Year.Start));
        writer.WriteString("endDate", Dates.Iso(grant.Year.End));
        writer.WriteNumber("duration", 12);
        writer.WriteEndObject();
        writer.WriteEndArray();

        writer.WriteStartArray("recipientOrganization");
        WriteOrganisation(writer, bid.Applicant.Id.ToString(), bid.Applicant.Name);
        writer.WriteEndArray();

        if (bid.Scope.District is { } district)
        {
            writer.WriteStartArray("beneficiaryLocation");
            writer.WriteStartObject();
            writer.WriteString("name", district);
            writer.WriteEndObject();
            writer.WriteEndArray();
        }
        else if (countyLocation is not null)
        {
            writer.WriteStartArray("beneficiaryLocation");
            writer.WriteStartObject();
            writer.WriteString("name", countyLocation.Name);
            writer.WriteString("geoCode", countyLocation.GeoCode);
            writer.WriteString("geoCodeType", countyLocation.GeoCodeType);
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        writer.WriteStartArray("fundingOrganization");
        if (options.Funder is { } funder)
        {
            WriteOrganisation(writer, funder.Id, funder.Name);
        }
        else
        {
            WriteOrganisation(writer, grant.Recipient.Id.ToString(), grant.Recipient.Name);
        }
        writer.WriteEndArray();

        writer.WriteStartArray("grantProgramme");
        writer.WriteStartObject();
        if (options.Programme is { } programme)
        {
            writer.WriteString("code", programme.Code);
            writer.WriteString("title", programme.Title);
        }
        else
        {
            writer.WriteString("code", grant.Id);
            writer.WriteString("title", $"{grant.Recipient.Name} grant {grant.Year}");
            writer.WriteString("description", $"Grant of {grant.Amount} for {grant.Year} from {grant.Funder.Organisation.Name}: {grant.Purpose}");
        }
        writer.WriteEndObject();
        writer.WriteEndArray();

        writer.WriteEndObject();
    }

    private static void WriteOrganisation(Utf8JsonWriter writer, string id, string name)
    {
        writer.WriteStartObject();
        writer.WriteString("id", id);
        writer.WriteString("name", name);
        writer.WriteEndObject();
    }

    // The warnings of the rounds not sourced as a whole, added to the list; and each round's inferred and illustrative
    // field overrides, null for a round with none (whose grants then give no warnings).
    private static RoundMarks?[] RoundWarnings(ValueList<FundingRound> rounds, List<ThreeSixtyGivingWarning> warnings)
    {
        var marks = new RoundMarks?[rounds.Count];
        for (int r = 0; r < rounds.Count; r++)
        {
            if (rounds[r].Provenance is not { } record)
            {
                continue;
            }
            if (!record.Whole.IsFact)
            {
                warnings.Add(new ThreeSixtyGivingWarning(rounds[r].Id, null, null, null, record.Whole));
            }
            marks[r] = RoundMarks.Of(record);
        }
        return marks;
    }

    // A grant's warnings: the 360Giving fields written from a round field whose provenance override is inferred or
    // illustrative. An override applies to a written value when its key is the value's path in the round document, a
    // part of it ("bids[0]" for "bids[0].applicant") or inside it.
    private static void AddWarnings(List<ThreeSixtyGivingWarning> warnings, ExportedGrant exported, RoundMarks roundMarks, RoundPayments payments, ThreeSixtyGivingExportOptions options)
    {
        var seen = new HashSet<(string Field, string Key)>();
        foreach (var (field, path) in WrittenFrom(exported, payments, options))
        {
            foreach (var mark in roundMarks.Applying(path))
            {
                if (seen.Add((field, mark.Field)))
                {
                    warnings.Add(new ThreeSixtyGivingWarning(exported.Round.Id, exported.Id, field, mark.Field, mark.Provenance));
                }
            }
        }
    }

    // Each 360Giving field a grant writes from the round, with the path in the round document of each value it is
    // written from; a funder or programme the options name comes from no round.
    private static IEnumerable<(string Field, string Path)> WrittenFrom(ExportedGrant exported, RoundPayments payments, ThreeSixtyGivingExportOptions options)
    {
        string bid = $"bids[{exported.BidIndex}]";
        string allocation = $"allocations[{exported.AllocationIndex}]";
        yield return ("title", bid + ".project");
        yield return ("description", bid + ".purpose");
        if (exported.Bid.AmountRequested is not null)
        {
            yield return ("amountAppliedFor", bid + ".amountRequested");
        }
        yield return ("amountAwarded", allocation + ".amount");
        for (int p = payments.First(exported.AllocationIndex); p >= 0; p = payments.Next(p))
        {
            yield return ("amountDisbursed", $"payments[{p}].amount");
        }
        yield return ("awardDate", allocation + ".allocatedOn");
        yield return ("plannedDates", "grant.year");
        yield return ("recipientOrganization", bid + ".applicant");
        if (exported.Bid.Scope.District is not null || options.CountyLocation is not null)
        {
            yield return ("beneficiaryLocation", bid + ".scope");
        }
        if (options.Funder is null)
        {
            yield return ("fundingOrganization", "grant.recipient");
        }
        if (options.Programme is null)
        {
            foreach (var part in new[] { "grant.id", "grant.year", "grant.amount", "grant.funder", "grant.purpose", "grant.recipient" })
            {
                yield return ("grantProgramme", part);
            }
        }
    }

    // A round's inferred and illustrative field overrides, found by a written value's path: by the path itself, by
    // each part of it, and by each key inside it.
    private sealed class RoundMarks
    {
        private readonly Dictionary<string, FieldProvenance> byKey = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<FieldProvenance>> byPart = new(StringComparer.Ordinal);

        internal static RoundMarks? Of(ProvenanceRecord record)
        {
            RoundMarks? marks = null;
            foreach (var field in record.Fields)
            {
                if (field.Provenance.IsFact)
                {
                    continue;
                }
                marks ??= new RoundMarks();
                marks.byKey.Add(field.Field, field);
                foreach (int end in PartEnds(field.Field))
                {
                    string part = field.Field.Substring(0, end);
                    if (!marks.byPart.TryGetValue(part, out var inside))
                    {
                        inside = [];
                        marks.byPart.Add(part, inside);
                    }
                    inside.Add(field);
                }
            }
            return marks;
        }

        internal IEnumerable<FieldProvenance> Applying(string path)
        {
            foreach (int end in PartEnds(path))
            {
                if (byKey.TryGetValue(path.Substring(0, end), out var part))
                {
                    yield return part;
                }
            }
            if (byKey.TryGetValue(path, out var exact))
            {
                yield return exact;
            }
            if (byPart.TryGetValue(path, out var inside))
            {
                foreach (var field in inside)
                {
                    yield return field;
                }
            }
        }

        // Where each proper part of a key ends: before each '.' and '[' after the first character.
        private static IEnumerable<int> PartEnds(string key)
        {
            for (int i = 1; i < key.Length; i++)
            {
                if (key[i] == '.' || key[i] == '[')
                {
                    yield return i;
                }
            }
        }
    }

    // The rounds the first pass has accepted, with the options and what the guards let through.
    private sealed class CheckedRounds
    {
        internal CheckedRounds(ValueList<FundingRound> rounds, ThreeSixtyGivingExportOptions options)
        {
            Rounds = rounds;
            Options = options;
        }

        internal ValueList<FundingRound> Rounds { get; }

        internal ThreeSixtyGivingExportOptions Options { get; }

        // Set by the first pass once the guards have let the rounds through.
        internal ValueList<ThreeSixtyGivingRuleBreach> Breaches { get; set; } = ValueList<ThreeSixtyGivingRuleBreach>.Empty;

        internal ThreeSixtyGivingQualityReport? Quality { get; set; }

        internal ThreeSixtyGivingExportReport Report(List<ThreeSixtyGivingWarning> warnings) =>
            new(warnings.ToValueList(), Breaches, Quality!);
    }

    // A round's payments by allocation, found in one pass over the payments rather than one pass per grant: the total
    // paid against each allocation and, when the round's grants have warnings to give, each allocation's payments in
    // order as a chain through an array, so that no list is made per allocation.
    private sealed class RoundPayments
    {
        private readonly MoneyTotal[] paid;
        private readonly int[]? first;
        private readonly int[]? next;

        internal RoundPayments(FundingRound round, bool chained)
        {
            var payments = round.Payments;
            paid = new MoneyTotal[round.Allocations.Count];
            int[] allocationOf = new int[payments.Count];
            for (int p = 0; p < payments.Count; p++)
            {
                // The round refuses a payment against an allocation it does not hold, so the allocation is always found.
                round.TryGetAllocationIndex(payments[p].AllocationId, out allocationOf[p]);
                paid[allocationOf[p]] = paid[allocationOf[p]].Plus(payments[p].Amount);
            }
            if (!chained)
            {
                return;
            }
            // Built from the last payment back, so that each chain runs in the payments' order. first holds a payment's
            // index plus one, so that the zeroed array means "none".
            first = new int[paid.Length];
            next = new int[payments.Count];
            for (int p = payments.Count - 1; p >= 0; p--)
            {
                next[p] = first[allocationOf[p]] - 1;
                first[allocationOf[p]] = p + 1;
            }
        }

        // The total paid against the allocation at this index.
        internal MoneyTotal Paid(int allocation) => paid[allocation];

        // The index of the first payment against the allocation at this index, or -1.
        internal int First(int allocation) => first![allocation] - 1;

        // The index of the next payment against the same allocation, or -1.
        internal int Next(int payment) => next![payment];
    }

    private sealed class ExportedGrant
    {
        internal ExportedGrant(string id, int roundIndex, FundingRound round, Allocation allocation, int allocationIndex, Bid bid, int bidIndex)
        {
            Id = id;
            RoundIndex = roundIndex;
            Round = round;
            Allocation = allocation;
            AllocationIndex = allocationIndex;
            Bid = bid;
            BidIndex = bidIndex;
        }

        internal string Id { get; }

        internal FundingRound Round { get; }

        internal Allocation Allocation { get; }

        internal Bid Bid { get; }

        // The places of the round among the rounds, and of the allocation and bid in it, for the provenance keys.
        internal int RoundIndex { get; }

        internal int AllocationIndex { get; }

        internal int BidIndex { get; }
    }
}
