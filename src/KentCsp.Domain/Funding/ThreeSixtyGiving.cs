using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
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

    /// <summary>Writes rounds as a 360Giving package.</summary>
    /// <param name="rounds">The rounds; together they must have at least one allocation.</param>
    /// <param name="publisher">Who publishes the package; its prefix begins every grant identifier.</param>
    /// <param name="issued">The date the package is issued.</param>
    /// <param name="countyLocation">The place a county-wide bid benefits, e.g. the county's police force area; or null to leave it out.</param>
    /// <returns>The package as JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rounds"/> or <paramref name="publisher"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="rounds"/> has a null element, has no allocations (a package needs at least one grant), or would
    /// give two grants the same identifier (the same round twice, or two rounds for one year with an allocation
    /// identifier in common).
    /// </exception>
    public static string Export(IEnumerable<FundingRound> rounds, ThreeSixtyGivingPublisher publisher, LocalDate issued, ThreeSixtyGivingLocation? countyLocation) =>
        ExportWithWarnings(rounds, publisher, issued, countyLocation).Package;

    /// <summary>
    /// Writes rounds as a 360Giving package, with a warning for each value written that the rounds' provenance marks as
    /// inferred or illustrative (see <see cref="ThreeSixtyGivingExport"/>).
    /// </summary>
    /// <param name="rounds">The rounds; together they must have at least one allocation.</param>
    /// <param name="publisher">Who publishes the package; its prefix begins every grant identifier.</param>
    /// <param name="issued">The date the package is issued.</param>
    /// <param name="countyLocation">The place a county-wide bid benefits, e.g. the county's police force area; or null to leave it out.</param>
    /// <returns>The package as JSON text, the same as <see cref="Export"/> writes, and its warnings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rounds"/> or <paramref name="publisher"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="rounds"/> has a null element, has no allocations (a package needs at least one grant), or would
    /// give two grants the same identifier (the same round twice, or two rounds for one year with an allocation
    /// identifier in common).
    /// </exception>
    public static ThreeSixtyGivingExport ExportWithWarnings(IEnumerable<FundingRound> rounds, ThreeSixtyGivingPublisher publisher, LocalDate issued, ThreeSixtyGivingLocation? countyLocation)
    {
        SupportedDates.CheckCalendar(issued);
        var checkedRounds = Preconditions.CheckItems(rounds);
        Preconditions.CheckNotNull(publisher);
        var grants = Collect(checkedRounds, publisher);

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("version", Version);
            writer.WriteString("title", Title(checkedRounds, publisher));
            writer.WriteString("issued", Dates.Iso(issued));
            writer.WriteStartObject("publisher");
            writer.WriteString("name", publisher.Name);
            if (publisher.Website is { } website)
            {
                writer.WriteString("website", website.AbsoluteUri);
            }
            writer.WriteEndObject();
            writer.WriteStartArray("grants");
            foreach (var grant in grants)
            {
                WriteGrant(writer, grant, countyLocation);
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        string package = Encoding.UTF8.GetString(stream.GetBuffer(), 0, checked((int)stream.Length));
        return new ThreeSixtyGivingExport(package, Warnings(checkedRounds, grants, countyLocation));
    }

    /// <summary>The year as a grant identifier writes it: "2016-17".</summary>
    internal static string YearId(FinancialYear year) =>
        year.StartYear.ToString("0000", CultureInfo.InvariantCulture) + "-" + ((year.StartYear + 1) % 100).ToString("00", CultureInfo.InvariantCulture);

    private static List<ExportedGrant> Collect(ValueList<FundingRound> rounds, ThreeSixtyGivingPublisher publisher)
    {
        var grants = new List<ExportedGrant>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int r = 0; r < rounds.Count; r++)
        {
            var round = rounds[r];
            var bidIndices = new Dictionary<string, int>(round.Bids.Count, StringComparer.Ordinal);
            for (int b = 0; b < round.Bids.Count; b++)
            {
                bidIndices[round.Bids[b].Id] = b;
            }
            for (int a = 0; a < round.Allocations.Count; a++)
            {
                var allocation = round.Allocations[a];
                string id = $"{publisher.Prefix}-{YearId(round.Grant.Year)}-{allocation.Id}";
                string at = $"rounds[{r}].allocations[{a}]";
                if (seen.TryGetValue(id, out var first))
                {
                    Preconditions.ThrowArgument(
                        nameof(rounds),
                        $"would give two grants the identifier '{id}' ({first} and {at}); a round may be exported only once, and rounds for the same year need distinct allocation identifiers");
                }
                seen.Add(id, at);
                int bidIndex = bidIndices[allocation.BidId];
                grants.Add(new ExportedGrant(id, r, round, allocation, a, round.Bids[bidIndex], bidIndex));
            }
        }
        Preconditions.CheckArgument(grants.Count > 0, nameof(rounds), "have no allocations; a 360Giving package needs at least one grant");
        return grants;
    }

    private static string Title(ValueList<FundingRound> rounds, ThreeSixtyGivingPublisher publisher)
    {
        var years = rounds.Where(round => round.Allocations.Count > 0).Select(round => round.Grant.Year).Distinct().OrderBy(year => year).Select(year => year.ToString());
        return $"{publisher.Name} grants {string.Join(", ", years)}";
    }

    private static void WriteGrant(Utf8JsonWriter writer, ExportedGrant exported, ThreeSixtyGivingLocation? countyLocation)
    {
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
        var paid = Money.Sum(round.Payments.Where(payment => string.Equals(payment.AllocationId, allocation.Id, StringComparison.Ordinal)).Select(payment => payment.Amount));
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
        WriteOrganisation(writer, grant.Recipient.Id.ToString(), grant.Recipient.Name);
        writer.WriteEndArray();

        writer.WriteStartArray("grantProgramme");
        writer.WriteStartObject();
        writer.WriteString("code", grant.Id);
        writer.WriteString("title", $"{grant.Recipient.Name} grant {grant.Year}");
        writer.WriteString("description", $"Grant of {grant.Amount} for {grant.Year} from {grant.Funder.Organisation.Name}: {grant.Purpose}");
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

    // The warnings: each round not sourced as a whole, then for each grant the 360Giving fields written from a round
    // field whose provenance override is inferred or illustrative. An override applies to a written value when its key
    // is the value's path in the round document, a part of it ("bids[0]" for "bids[0].applicant") or inside it.
    private static ValueList<ThreeSixtyGivingWarning> Warnings(ValueList<FundingRound> rounds, List<ExportedGrant> grants, ThreeSixtyGivingLocation? countyLocation)
    {
        var warnings = new List<ThreeSixtyGivingWarning>();
        var marks = new RoundMarks?[rounds.Count];
        bool any = false;
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
            any |= marks[r] is not null;
        }
        if (!any)
        {
            return warnings.ToValueList();
        }
        foreach (var exported in grants)
        {
            if (marks[exported.RoundIndex] is not { } roundMarks)
            {
                continue;
            }
            var seen = new HashSet<(string Field, string Key)>();
            foreach (var (field, path) in WrittenFrom(exported, countyLocation))
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
        return warnings.ToValueList();
    }

    // Each 360Giving field a grant writes, with the path in the round document of each value it is written from.
    private static IEnumerable<(string Field, string Path)> WrittenFrom(ExportedGrant exported, ThreeSixtyGivingLocation? countyLocation)
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
        var payments = exported.Round.Payments;
        for (int p = 0; p < payments.Count; p++)
        {
            if (string.Equals(payments[p].AllocationId, exported.Allocation.Id, StringComparison.Ordinal))
            {
                yield return ("amountDisbursed", $"payments[{p}].amount");
            }
        }
        yield return ("awardDate", allocation + ".allocatedOn");
        yield return ("plannedDates", "grant.year");
        yield return ("recipientOrganization", bid + ".applicant");
        if (exported.Bid.Scope.District is not null || countyLocation is not null)
        {
            yield return ("beneficiaryLocation", bid + ".scope");
        }
        yield return ("fundingOrganization", "grant.recipient");
        foreach (var part in new[] { "grant.id", "grant.year", "grant.amount", "grant.funder", "grant.purpose", "grant.recipient" })
        {
            yield return ("grantProgramme", part);
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
