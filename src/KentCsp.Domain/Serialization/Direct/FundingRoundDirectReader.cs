using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Serialization;

/// <summary>
/// Reads a valid schema version 2 funding round document (kind <c>"funding"</c>) straight from its UTF-8 bytes into a
/// <see cref="FundingRound"/>, without the wire objects of <see cref="FundingRoundDocument"/>; gives up, building no
/// message, at anything else (see DirectReading.cs), so that <see cref="KentCspJson"/> reads the bytes again the usual
/// way and reports the problem.
/// </summary>
/// <remarks>
/// <para>Every member of the wire shape (FundingRoundDocument.cs) is read, each object's members in any order; a
/// member that is repeated, unknown or missing, or a required member written as null, makes it give up, as the
/// serializer's strict options refuse them; an optional member written as <c>null</c> (which the library never
/// writes) is read as absent, as the serializer reads it.
/// The mapping is that of <c>WireMapper.FromDocument</c>: the version must be 2 and the kind "funding", the currency
/// "GBP"; a bid window must not end before it starts; a Local scope names its district and another scope none; and
/// every value passes through its public constructor, so every domain check runs.</para>
/// <para>Left to the usual reader, which reads them as it always has: schema version 1 documents (no <c>kind</c>) and
/// documents with a <c>provenance</c> member (the library's built-in rounds; user data carries none).</para>
/// <para>Lists are read into one array of exactly their length each and handed to the constructors without another
/// copy (<see cref="ValueList{T}.Own"/>).</para>
/// </remarks>
internal ref struct FundingRoundDirectReader
{
    // The deepest nesting a funding round has: $.grant.funder.organisation.id is 5 levels.
    private const int Depth = 5;

    // The longest member name the reader matches: "monitoringReturns".
    private const int LongestName = 17;

    private DirectJsonReader json;

    // Reused for each bid's priority identifiers and plan objectives before they are copied to a list of their size.
    private readonly List<string> scratch;

    private FundingRoundDirectReader(ReadOnlySpan<byte> utf8, JsonReadLimits limits)
    {
        json = new DirectJsonReader(utf8, limits);
        scratch = new List<string>();
    }

    /// <summary>
    /// Reads <paramref name="utf8"/>, a whole document without a byte-order mark that has passed the checks of the
    /// public readers' preparation (not empty, an object, within the size limit, valid UTF-8), under <paramref name="limits"/>.
    /// </summary>
    /// <param name="utf8">The document.</param>
    /// <param name="limits">The reading limits; when a limit is tighter than a funding round needs, the reader gives up.</param>
    /// <param name="round">The round, equal to the one the usual reader gives for the same bytes; null when not read.</param>
    /// <returns>True when the document was read; false when the usual reader must read it (it may still be valid).</returns>
    internal static bool TryRead(ReadOnlySpan<byte> utf8, JsonReadLimits limits, [NotNullWhen(true)] out FundingRound? round)
    {
        round = null;
        if (!DirectJsonReader.Admits(limits, Depth, LongestName))
        {
            return false;
        }
        var reader = new FundingRoundDirectReader(utf8, limits);
        try
        {
            if (reader.json.StartObject() && reader.Round(out var read) && reader.json.AtEnd())
            {
                round = read;
                return true;
            }
        }
        catch (Exception exception) when (DirectJsonReader.GivesUp(exception))
        {
            // Not read here: the usual reader reads the document and explains what is wrong with it.
        }
        round = null;
        return false;
    }

    // The members of each object, one bit each; an object is read when every required bit is set.
    private const int SchemaVersionBit = 1, KindBit = 2, CurrencyBit = 4, IdBit = 8, GrantBit = 16, BidWindowBit = 32, BidsBit = 64,
        DecisionsBit = 128, AllocationsBit = 256, PaymentsBit = 512, MonitoringReturnsBit = 1024, RepaymentsBit = 2048, SourceBit = 4096;

    private const int RoundRequired = SchemaVersionBit | KindBit | CurrencyBit | IdBit | GrantBit | BidsBit | DecisionsBit | AllocationsBit
        | PaymentsBit | MonitoringReturnsBit | RepaymentsBit | SourceBit;

    private bool Round([NotNullWhen(true)] out FundingRound? round)
    {
        round = null;
        int seen = 0;
        string id = null!;
        Grant grant = null!;
        DateInterval? bidWindow = null;
        SourceDocument source = null!;
        ValueList<Bid> bids = ValueList<Bid>.Empty;
        ValueList<BidDecision> decisions = ValueList<BidDecision>.Empty;
        ValueList<Allocation> allocations = ValueList<Allocation>.Empty;
        ValueList<Payment> payments = ValueList<Payment>.Empty;
        ValueList<MonitoringReturn> monitoringReturns = ValueList<MonitoringReturn>.Empty;
        ValueList<Repayment> repayments = ValueList<Repayment>.Empty;
        bool closed;
        while (json.NextMember(out var name, out closed))
        {
            bool ok;
            if (name.SequenceEqual("schemaVersion"u8))
            {
                // Version 1 documents have no kind and are left to the usual reader.
                ok = DirectJsonReader.Mark(ref seen, SchemaVersionBit) && json.Number("2"u8);
            }
            else if (name.SequenceEqual("kind"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, KindBit) && json.Literal("funding"u8);
            }
            else if (name.SequenceEqual("currency"u8))
            {
                // Pounds sterling, the one currency (WireMapper.FromDocument).
                ok = DirectJsonReader.Mark(ref seen, CurrencyBit) && json.Literal("GBP"u8);
            }
            else if (name.SequenceEqual("id"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, IdBit) && json.String(out id);
            }
            else if (name.SequenceEqual("grant"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, GrantBit) && json.StartObject() && Grant(out grant);
            }
            else if (name.SequenceEqual("bidWindow"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, BidWindowBit) && json.StartObjectOrNull(out bool noWindow) && (noWindow || Window(out bidWindow));
            }
            else if (name.SequenceEqual("bids"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, BidsBit) && Bids(out bids);
            }
            else if (name.SequenceEqual("decisions"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, DecisionsBit) && Decisions(out decisions);
            }
            else if (name.SequenceEqual("allocations"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, AllocationsBit) && Allocations(out allocations);
            }
            else if (name.SequenceEqual("payments"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, PaymentsBit) && Payments(out payments);
            }
            else if (name.SequenceEqual("monitoringReturns"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, MonitoringReturnsBit) && MonitoringReturns(out monitoringReturns);
            }
            else if (name.SequenceEqual("repayments"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, RepaymentsBit) && Repayments(out repayments);
            }
            else if (name.SequenceEqual("source"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, SourceBit) && json.StartObject() && Source(out source);
            }
            else
            {
                // Unknown, or "provenance" (left to the usual reader).
                ok = false;
            }
            if (!ok)
            {
                return false;
            }
        }
        if (!Ended(seen, RoundRequired, closed))
        {
            return false;
        }
        round = new FundingRound(id, grant, bidWindow, bids, decisions, allocations, payments, monitoringReturns, repayments, source);
        return true;
    }

    // True when the object just read has ended (not stopped at something unread) with every required member.
    // Reads one element of an array of objects; false to give up.
    private delegate bool ElementReader<T>(ref FundingRoundDirectReader reader, out T item);

    // An array of objects, each read by element, into a list of its exact length; false to give up.
    private bool Elements<T>(ElementReader<T> element, out ValueList<T> list)
    {
        list = ValueList<T>.Empty;
        if (!json.StartArray())
        {
            return false;
        }
        var items = new List<T>();
        bool ended;
        while (json.NextObjectElement(out ended))
        {
            if (!element(ref this, out var item))
            {
                return false;
            }
            items.Add(item);
        }
        list = ValueList<T>.Own(items.ToArray());
        return ended;
    }

    private static bool Ended(int seen, int required, bool closed) => closed && (seen & required) == required;

    private const int GrantId = 1, GrantFunder = 2, GrantRecipient = 4, GrantYear = 8, GrantAmount = 16, GrantPurpose = 32, GrantConditions = 64, GrantSource = 128;

    private bool Grant(out Grant grant)
    {
        grant = null!;
        int seen = 0;
        string id = null!, purpose = null!;
        LocalPolicingBody funder = null!;
        Organisation recipient = null!;
        FinancialYear year = default;
        Money amount = default;
        ValueList<GrantCondition> conditions = ValueList<GrantCondition>.Empty;
        SourceDocument source = null!;
        bool closed;
        while (json.NextMember(out var name, out closed))
        {
            bool ok;
            if (name.SequenceEqual("id"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, GrantId) && json.String(out id);
            }
            else if (name.SequenceEqual("funder"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, GrantFunder) && json.StartObject() && Funder(out funder);
            }
            else if (name.SequenceEqual("recipient"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, GrantRecipient) && json.StartObject() && Organisation(out recipient);
            }
            else if (name.SequenceEqual("year"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, GrantYear) && json.Year(out year);
            }
            else if (name.SequenceEqual("amount"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, GrantAmount) && json.Money(out amount);
            }
            else if (name.SequenceEqual("purpose"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, GrantPurpose) && json.String(out purpose);
            }
            else if (name.SequenceEqual("conditions"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, GrantConditions) && json.Catalogues(Utf8Names<GrantCondition>.All, out conditions);
            }
            else if (name.SequenceEqual("source"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, GrantSource) && json.StartObject() && Source(out source);
            }
            else
            {
                ok = false;
            }
            if (!ok)
            {
                return false;
            }
        }
        if (!Ended(seen, 255, closed))
        {
            return false;
        }
        grant = new Grant(id, funder, recipient, year, amount, purpose, conditions, source);
        return true;
    }

    private bool Funder(out LocalPolicingBody funder)
    {
        funder = null!;
        int seen = 0;
        Organisation organisation = null!;
        LocalPolicingBodyKind kind = null!;
        string area = null!;
        bool closed;
        while (json.NextMember(out var name, out closed))
        {
            bool ok;
            if (name.SequenceEqual("organisation"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, 1) && json.StartObject() && Organisation(out organisation);
            }
            else if (name.SequenceEqual("kind"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, 2) && json.Catalogue(Utf8Names<LocalPolicingBodyKind>.All, out kind);
            }
            else if (name.SequenceEqual("area"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, 4) && json.String(out area);
            }
            else
            {
                ok = false;
            }
            if (!ok)
            {
                return false;
            }
        }
        if (!Ended(seen, 7, closed))
        {
            return false;
        }
        funder = new LocalPolicingBody(organisation, kind, area);
        return true;
    }

    private bool Organisation(out Organisation organisation)
    {
        organisation = null!;
        int seen = 0;
        OrganisationId id = null!;
        string name = null!;
        ResponsibleAuthorityKind? authorityKind = null;
        bool closed;
        while (json.NextMember(out var member, out closed))
        {
            bool ok;
            if (member.SequenceEqual("id"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, 1) && json.StartObject() && OrganisationId(out id);
            }
            else if (member.SequenceEqual("name"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, 2) && json.String(out name);
            }
            else if (member.SequenceEqual("authorityKind"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, 4) && json.OptionalCatalogue(Utf8Names<ResponsibleAuthorityKind>.All, out authorityKind);
            }
            else
            {
                ok = false;
            }
            if (!ok)
            {
                return false;
            }
        }
        if (!Ended(seen, 3, closed))
        {
            return false;
        }
        organisation = new Organisation(id, name, authorityKind);
        return true;
    }

    private bool OrganisationId(out OrganisationId id)
    {
        id = null!;
        int seen = 0;
        string scheme = null!, identifier = null!;
        bool closed;
        while (json.NextMember(out var name, out closed))
        {
            bool ok;
            if (name.SequenceEqual("scheme"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, 1) && json.String(out scheme);
            }
            else if (name.SequenceEqual("identifier"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, 2) && json.String(out identifier);
            }
            else
            {
                ok = false;
            }
            if (!ok)
            {
                return false;
            }
        }
        if (!Ended(seen, 3, closed))
        {
            return false;
        }
        id = new OrganisationId(scheme, identifier);
        return true;
    }

    private bool Source(out SourceDocument source)
    {
        source = null!;
        int seen = 0;
        string title = null!;
        string? locator = null;
        LocalDate? date = null;
        bool closed;
        while (json.NextMember(out var name, out closed))
        {
            bool ok;
            if (name.SequenceEqual("title"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, 1) && json.String(out title);
            }
            else if (name.SequenceEqual("date"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, 2) && json.OptionalDate(out date);
            }
            else if (name.SequenceEqual("locator"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, 4) && json.OptionalString(out locator);
            }
            else
            {
                ok = false;
            }
            if (!ok)
            {
                return false;
            }
        }
        if (!Ended(seen, 1, closed))
        {
            return false;
        }
        source = new SourceDocument(title, date, locator);
        return true;
    }

    private bool Window(out DateInterval? window)
    {
        window = null;
        int seen = 0;
        LocalDate start = default, end = default;
        bool closed;
        while (json.NextMember(out var name, out closed))
        {
            bool ok;
            if (name.SequenceEqual("start"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, 1) && json.Date(out start);
            }
            else if (name.SequenceEqual("end"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, 2) && json.Date(out end);
            }
            else
            {
                ok = false;
            }
            if (!ok)
            {
                return false;
            }
        }
        // A window that ends before it starts is refused by the usual reader (WireMapper.FromWire(DateIntervalWire)).
        if (!Ended(seen, 3, closed) || end < start)
        {
            return false;
        }
        window = new DateInterval(start, end);
        return true;
    }

    private const int BidId = 1, BidApplicant = 2, BidProject = 4, BidPurpose = 8, BidAmountRequested = 16, BidPriorityIds = 32,
        BidPlanObjectives = 64, BidScope = 128, BidSubmittedOn = 256;

    private const int BidRequired = BidId | BidApplicant | BidProject | BidPurpose | BidPriorityIds | BidPlanObjectives | BidScope;

    private bool Bids(out ValueList<Bid> bids) =>
        Elements(static (ref FundingRoundDirectReader reader, out Bid item) => reader.Bid(out item), out bids);

    private bool Bid(out Bid bid)
    {
        bid = null!;
        int seen = 0;
        string id = null!, project = null!, purpose = null!;
        Organisation applicant = null!;
        Money? amountRequested = null;
        ValueList<string> priorityIds = ValueList<string>.Empty, planObjectives = ValueList<string>.Empty;
        ProjectScope scope = null!;
        LocalDate? submittedOn = null;
        bool closed;
        while (json.NextMember(out var name, out closed))
        {
            bool ok;
            if (name.SequenceEqual("id"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, BidId) && json.String(out id);
            }
            else if (name.SequenceEqual("applicant"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, BidApplicant) && json.StartObject() && Organisation(out applicant);
            }
            else if (name.SequenceEqual("project"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, BidProject) && json.String(out project);
            }
            else if (name.SequenceEqual("purpose"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, BidPurpose) && json.String(out purpose);
            }
            else if (name.SequenceEqual("amountRequested"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, BidAmountRequested) && json.OptionalMoney(out amountRequested);
            }
            else if (name.SequenceEqual("priorityIds"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, BidPriorityIds) && json.Strings(scratch, out priorityIds);
            }
            else if (name.SequenceEqual("planObjectives"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, BidPlanObjectives) && json.Strings(scratch, out planObjectives);
            }
            else if (name.SequenceEqual("scope"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, BidScope) && json.StartObject() && Scope(out scope);
            }
            else if (name.SequenceEqual("submittedOn"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, BidSubmittedOn) && json.OptionalDate(out submittedOn);
            }
            else
            {
                ok = false;
            }
            if (!ok)
            {
                return false;
            }
        }
        if (!Ended(seen, BidRequired, closed))
        {
            return false;
        }
        bid = new Bid(id, applicant, project, purpose, amountRequested, priorityIds, planObjectives, scope, submittedOn);
        return true;
    }

    private bool Scope(out ProjectScope scope)
    {
        scope = null!;
        int seen = 0;
        ScopeKind kind = null!;
        string? district = null;
        bool closed;
        while (json.NextMember(out var name, out closed))
        {
            bool ok;
            if (name.SequenceEqual("kind"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, 1) && json.Catalogue(Utf8Names<ScopeKind>.All, out kind);
            }
            else if (name.SequenceEqual("district"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, 2) && json.OptionalString(out district);
            }
            else
            {
                ok = false;
            }
            if (!ok)
            {
                return false;
            }
        }
        if (!Ended(seen, 1, closed))
        {
            return false;
        }
        // As WireMapper.FromWire(ProjectScopeWire): a Local scope names its district, and any other scope none.
        if (kind == ScopeKind.Local)
        {
            if (district is null)
            {
                return false;
            }
            scope = ProjectScope.Local(district);
            return true;
        }
        if (district is not null)
        {
            return false;
        }
        scope = ProjectScope.CountyWide;
        return true;
    }

    private bool Decisions(out ValueList<BidDecision> decisions) =>
        Elements(static (ref FundingRoundDirectReader reader, out BidDecision item) => reader.Decision(out item), out decisions);

    private bool Decision(out BidDecision decision)
    {
        decision = null!;
        int seen = 0;
        string bidId = null!, reason = null!;
        DecisionOutcome outcome = null!;
        LocalDate decidedOn = default;
        Money? amountAwarded = null;
        LocalDate? confirmBy = null;
        bool closed;
        while (json.NextMember(out var name, out closed))
        {
            bool ok;
            if (name.SequenceEqual("bidId"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, 1) && json.String(out bidId);
            }
            else if (name.SequenceEqual("outcome"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, 2) && json.Catalogue(Utf8Names<DecisionOutcome>.All, out outcome);
            }
            else if (name.SequenceEqual("decidedOn"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, 4) && json.Date(out decidedOn);
            }
            else if (name.SequenceEqual("reason"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, 8) && json.String(out reason);
            }
            else if (name.SequenceEqual("amountAwarded"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, 16) && json.OptionalMoney(out amountAwarded);
            }
            else if (name.SequenceEqual("confirmBy"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, 32) && json.OptionalDate(out confirmBy);
            }
            else
            {
                ok = false;
            }
            if (!ok)
            {
                return false;
            }
        }
        if (!Ended(seen, 15, closed))
        {
            return false;
        }
        decision = new BidDecision(bidId, outcome, decidedOn, reason, amountAwarded, confirmBy);
        return true;
    }

    private bool Allocations(out ValueList<Allocation> allocations) =>
        Elements(static (ref FundingRoundDirectReader reader, out Allocation item) => reader.ReadAllocation(out item), out allocations);

    private bool ReadAllocation(out Allocation item)
    {
        item = null!;
        int seen = 0;
        string id = null!, bidId = null!;
        Money amount = default;
        LocalDate allocatedOn = default;
        bool closed;
        while (json.NextMember(out var name, out closed))
        {
            bool ok;
            if (name.SequenceEqual("id"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, 1) && json.String(out id);
            }
            else if (name.SequenceEqual("bidId"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, 2) && json.String(out bidId);
            }
            else if (name.SequenceEqual("amount"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, 4) && json.Money(out amount);
            }
            else if (name.SequenceEqual("allocatedOn"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, 8) && json.Date(out allocatedOn);
            }
            else
            {
                ok = false;
            }
            if (!ok)
            {
                return false;
            }
        }
        if (!Ended(seen, 15, closed))
        {
            return false;
        }
        item = new Allocation(id, bidId, amount, allocatedOn);
        return true;
    }

    private bool Payments(out ValueList<Payment> payments) =>
        Elements(static (ref FundingRoundDirectReader reader, out Payment item) => reader.ReadPayment(out item), out payments);

    private bool ReadPayment(out Payment item)
    {
        item = null!;
        int seen = 0;
        string allocationId = null!;
        Money amount = default;
        LocalDate paidOn = default;
        bool closed;
        while (json.NextMember(out var name, out closed))
        {
            bool ok;
            if (name.SequenceEqual("allocationId"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, 1) && json.String(out allocationId);
            }
            else if (name.SequenceEqual("amount"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, 2) && json.Money(out amount);
            }
            else if (name.SequenceEqual("paidOn"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, 4) && json.Date(out paidOn);
            }
            else
            {
                ok = false;
            }
            if (!ok)
            {
                return false;
            }
        }
        if (!Ended(seen, 7, closed))
        {
            return false;
        }
        item = new Payment(allocationId, amount, paidOn);
        return true;
    }

    private bool MonitoringReturns(out ValueList<MonitoringReturn> monitoringReturns) =>
        Elements(static (ref FundingRoundDirectReader reader, out MonitoringReturn item) => reader.ReadMonitoringReturn(out item), out monitoringReturns);

    private bool ReadMonitoringReturn(out MonitoringReturn item)
    {
        item = null!;
        int seen = 0;
        string allocationId = null!;
        LocalDate issuedOn = default, dueOn = default;
        LocalDate? receivedOn = null;
        bool closed;
        while (json.NextMember(out var name, out closed))
        {
            bool ok;
            if (name.SequenceEqual("allocationId"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, 1) && json.String(out allocationId);
            }
            else if (name.SequenceEqual("issuedOn"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, 2) && json.Date(out issuedOn);
            }
            else if (name.SequenceEqual("dueOn"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, 4) && json.Date(out dueOn);
            }
            else if (name.SequenceEqual("receivedOn"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, 8) && json.OptionalDate(out receivedOn);
            }
            else
            {
                ok = false;
            }
            if (!ok)
            {
                return false;
            }
        }
        if (!Ended(seen, 7, closed))
        {
            return false;
        }
        item = new MonitoringReturn(allocationId, issuedOn, dueOn, receivedOn);
        return true;
    }

    private bool Repayments(out ValueList<Repayment> repayments) =>
        Elements(static (ref FundingRoundDirectReader reader, out Repayment item) => reader.ReadRepayment(out item), out repayments);

    private bool ReadRepayment(out Repayment item)
    {
        item = null!;
        int seen = 0;
        string allocationId = null!, reason = null!;
        Money amount = default;
        LocalDate repaidOn = default;
        bool closed;
        while (json.NextMember(out var name, out closed))
        {
            bool ok;
            if (name.SequenceEqual("allocationId"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, 1) && json.String(out allocationId);
            }
            else if (name.SequenceEqual("amount"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, 2) && json.Money(out amount);
            }
            else if (name.SequenceEqual("repaidOn"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, 4) && json.Date(out repaidOn);
            }
            else if (name.SequenceEqual("reason"u8))
            {
                ok = DirectJsonReader.Mark(ref seen, 8) && json.String(out reason);
            }
            else
            {
                ok = false;
            }
            if (!ok)
            {
                return false;
            }
        }
        if (!Ended(seen, 15, closed))
        {
            return false;
        }
        item = new Repayment(allocationId, amount, repaidOn, reason);
        return true;
    }
}
