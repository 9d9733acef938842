using System.Text.Json;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Partnership;
using static KentCsp.Domain.Serialization.DirectWriting;

namespace KentCsp.Domain.Serialization;

/// <summary>
/// Writes a funding round document straight from the <see cref="FundingRound"/>: the bytes of <c>FundingRoundDocument</c>
/// through the serializer, member for member (see <c>Documents/FundingRoundDocument.cs</c> for the order), without
/// building the wire objects.
/// </summary>
/// <remarks>The document is written in parts (see <see cref="DirectWriting.WritePart{T}"/>): the head up to the bid
/// window, each array a few kilobytes at a time, then the source and provenance.</remarks>
internal static class FundingRoundDirectWriter
{
    private const int Head = 0;
    private const int Bids = 1;
    private const int Decisions = 2;
    private const int Allocations = 3;
    private const int Payments = 4;
    private const int MonitoringReturns = 5;
    private const int Repayments = 6;

    /// <summary>The writer of one round, in parts.</summary>
    internal static readonly WritePart<FundingRound> Part = WritePart;

    private static readonly JsonEncodedText CurrencyName = Name("currency");
    private static readonly JsonEncodedText Gbp = Name("GBP");
    private static readonly JsonEncodedText WireKind = Name(DocumentKind.FundingRound.WireName);
    private static readonly JsonEncodedText GrantName = Name("grant");
    private static readonly JsonEncodedText Funder = Name("funder");
    private static readonly JsonEncodedText Organisation = Name("organisation");
    private static readonly JsonEncodedText Area = Name("area");
    private static readonly JsonEncodedText Recipient = Name("recipient");
    private static readonly JsonEncodedText Year = Name("year");
    private static readonly JsonEncodedText Amount = Name("amount");
    private static readonly JsonEncodedText Purpose = Name("purpose");
    private static readonly JsonEncodedText Conditions = Name("conditions");
    private static readonly JsonEncodedText BidWindow = Name("bidWindow");
    private static readonly JsonEncodedText Start = Name("start");
    private static readonly JsonEncodedText End = Name("end");
    private static readonly JsonEncodedText Scheme = Name("scheme");
    private static readonly JsonEncodedText Identifier = Name("identifier");
    private static readonly JsonEncodedText OrganisationName = Name("name");
    private static readonly JsonEncodedText AuthorityKind = Name("authorityKind");
    private static readonly JsonEncodedText BidsName = Name("bids");
    private static readonly JsonEncodedText Applicant = Name("applicant");
    private static readonly JsonEncodedText Project = Name("project");
    private static readonly JsonEncodedText AmountRequested = Name("amountRequested");
    private static readonly JsonEncodedText PriorityIds = Name("priorityIds");
    private static readonly JsonEncodedText PlanObjectives = Name("planObjectives");
    private static readonly JsonEncodedText Scope = Name("scope");
    private static readonly JsonEncodedText District = Name("district");
    private static readonly JsonEncodedText SubmittedOn = Name("submittedOn");
    private static readonly JsonEncodedText DecisionsName = Name("decisions");
    private static readonly JsonEncodedText BidId = Name("bidId");
    private static readonly JsonEncodedText Outcome = Name("outcome");
    private static readonly JsonEncodedText DecidedOn = Name("decidedOn");
    private static readonly JsonEncodedText Reason = Name("reason");
    private static readonly JsonEncodedText AmountAwarded = Name("amountAwarded");
    private static readonly JsonEncodedText ConfirmBy = Name("confirmBy");
    private static readonly JsonEncodedText AllocationsName = Name("allocations");
    private static readonly JsonEncodedText AllocatedOn = Name("allocatedOn");
    private static readonly JsonEncodedText PaymentsName = Name("payments");
    private static readonly JsonEncodedText AllocationId = Name("allocationId");
    private static readonly JsonEncodedText PaidOn = Name("paidOn");
    private static readonly JsonEncodedText MonitoringReturnsName = Name("monitoringReturns");
    private static readonly JsonEncodedText IssuedOn = Name("issuedOn");
    private static readonly JsonEncodedText DueOn = Name("dueOn");
    private static readonly JsonEncodedText ReceivedOn = Name("receivedOn");
    private static readonly JsonEncodedText RepaymentsName = Name("repayments");
    private static readonly JsonEncodedText RepaidOn = Name("repaidOn");

    private static bool WritePart(Utf8JsonWriter writer, FundingRound round, ref DirectCursor cursor)
    {
        switch (cursor.Section)
        {
            case Head:
                WriteHead(writer, round);
                cursor.Next();
                goto case Bids;
            case Bids:
                if (!WriteElements(writer, BidsName, round.Bids, ref cursor.Index, WriteBid))
                {
                    return false;
                }
                cursor.Next();
                goto case Decisions;
            case Decisions:
                if (!WriteElements(writer, DecisionsName, round.Decisions, ref cursor.Index, WriteDecision))
                {
                    return false;
                }
                cursor.Next();
                goto case Allocations;
            case Allocations:
                if (!WriteElements(writer, AllocationsName, round.Allocations, ref cursor.Index, WriteAllocation))
                {
                    return false;
                }
                cursor.Next();
                goto case Payments;
            case Payments:
                if (!WriteElements(writer, PaymentsName, round.Payments, ref cursor.Index, WritePayment))
                {
                    return false;
                }
                cursor.Next();
                goto case MonitoringReturns;
            case MonitoringReturns:
                if (!WriteElements(writer, MonitoringReturnsName, round.MonitoringReturns, ref cursor.Index, WriteMonitoringReturn))
                {
                    return false;
                }
                cursor.Next();
                goto case Repayments;
            case Repayments:
                if (!WriteElements(writer, RepaymentsName, round.Repayments, ref cursor.Index, WriteRepayment))
                {
                    return false;
                }
                cursor.Next();
                goto default;
            default:
                WriteSource(writer, Source, round.Source);
                WriteProvenance(writer, round.Provenance);
                writer.WriteEndObject();
                return true;
        }
    }

    private static void WriteHead(Utf8JsonWriter writer, FundingRound round)
    {
        writer.WriteStartObject();
        writer.WriteNumber(SchemaVersion, KentCspJson.SchemaVersion);
        writer.WriteString(Kind, WireKind);
        writer.WriteString(CurrencyName, Gbp);
        writer.WriteString(Id, round.Id);
        WriteGrant(writer, round.Grant);
        if (round.BidWindow is { } window)
        {
            writer.WriteStartObject(BidWindow);
            WriteDate(writer, Start, window.Start);
            WriteDate(writer, End, window.End);
            writer.WriteEndObject();
        }
    }

    private static void WriteGrant(Utf8JsonWriter writer, Grant grant)
    {
        writer.WriteStartObject(GrantName);
        writer.WriteString(Id, grant.Id);
        writer.WriteStartObject(Funder);
        WriteOrganisation(writer, Organisation, grant.Funder.Organisation);
        WriteName(writer, Kind, grant.Funder.Kind);
        writer.WriteString(Area, grant.Funder.Area);
        writer.WriteEndObject();
        WriteOrganisation(writer, Recipient, grant.Recipient);
        WriteFinancialYear(writer, Year, grant.Year);
        WriteMoney(writer, Amount, grant.Amount);
        writer.WriteString(Purpose, grant.Purpose);
        writer.WriteStartArray(Conditions);
        var conditions = grant.Conditions;
        for (int i = 0; i < conditions.Count; i++)
        {
            WriteNameValue(writer, conditions[i]);
        }
        writer.WriteEndArray();
        WriteSource(writer, Source, grant.Source);
        writer.WriteEndObject();
    }

    private static void WriteOrganisation(Utf8JsonWriter writer, JsonEncodedText name, Organisation organisation)
    {
        writer.WriteStartObject(name);
        writer.WriteStartObject(Id);
        writer.WriteString(Scheme, organisation.Id.Scheme);
        writer.WriteString(Identifier, organisation.Id.Identifier);
        writer.WriteEndObject();
        writer.WriteString(OrganisationName, organisation.Name);
        WriteOptionalName(writer, AuthorityKind, organisation.AuthorityKind);
        writer.WriteEndObject();
    }

    private static void WriteBid(Utf8JsonWriter writer, Bid bid)
    {
        writer.WriteStartObject();
        writer.WriteString(Id, bid.Id);
        WriteOrganisation(writer, Applicant, bid.Applicant);
        writer.WriteString(Project, bid.Project);
        writer.WriteString(Purpose, bid.Purpose);
        WriteMoney(writer, AmountRequested, bid.AmountRequested);
        WriteStrings(writer, PriorityIds, bid.PriorityIds);
        WriteStrings(writer, PlanObjectives, bid.PlanObjectives);
        writer.WriteStartObject(Scope);
        WriteName(writer, Kind, bid.Scope.Kind);
        WriteOptional(writer, District, bid.Scope.District);
        writer.WriteEndObject();
        WriteDate(writer, SubmittedOn, bid.SubmittedOn);
        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, JsonEncodedText name, System.Collections.Generic.IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        for (int i = 0; i < values.Count; i++)
        {
            writer.WriteStringValue(values[i]);
        }
        writer.WriteEndArray();
    }

    private static void WriteDecision(Utf8JsonWriter writer, BidDecision decision)
    {
        writer.WriteStartObject();
        writer.WriteString(BidId, decision.BidId);
        WriteName(writer, Outcome, decision.Outcome);
        WriteDate(writer, DecidedOn, decision.DecidedOn);
        writer.WriteString(Reason, decision.Reason);
        WriteMoney(writer, AmountAwarded, decision.AmountAwarded);
        WriteDate(writer, ConfirmBy, decision.ConfirmBy);
        writer.WriteEndObject();
    }

    private static void WriteAllocation(Utf8JsonWriter writer, Allocation allocation)
    {
        writer.WriteStartObject();
        writer.WriteString(Id, allocation.Id);
        writer.WriteString(BidId, allocation.BidId);
        WriteMoney(writer, Amount, allocation.Amount);
        WriteDate(writer, AllocatedOn, allocation.AllocatedOn);
        writer.WriteEndObject();
    }

    private static void WritePayment(Utf8JsonWriter writer, Payment payment)
    {
        writer.WriteStartObject();
        writer.WriteString(AllocationId, payment.AllocationId);
        WriteMoney(writer, Amount, payment.Amount);
        WriteDate(writer, PaidOn, payment.PaidOn);
        writer.WriteEndObject();
    }

    private static void WriteMonitoringReturn(Utf8JsonWriter writer, MonitoringReturn monitoringReturn)
    {
        writer.WriteStartObject();
        writer.WriteString(AllocationId, monitoringReturn.AllocationId);
        WriteDate(writer, IssuedOn, monitoringReturn.IssuedOn);
        WriteDate(writer, DueOn, monitoringReturn.DueOn);
        WriteDate(writer, ReceivedOn, monitoringReturn.ReceivedOn);
        writer.WriteEndObject();
    }

    private static void WriteRepayment(Utf8JsonWriter writer, Repayment repayment)
    {
        writer.WriteStartObject();
        writer.WriteString(AllocationId, repayment.AllocationId);
        WriteMoney(writer, Amount, repayment.Amount);
        WriteDate(writer, RepaidOn, repayment.RepaidOn);
        writer.WriteString(Reason, repayment.Reason);
        writer.WriteEndObject();
    }
}
