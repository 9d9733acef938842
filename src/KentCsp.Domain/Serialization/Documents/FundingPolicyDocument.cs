using System;
using System.Collections.Generic;
using System.Linq;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Utility;
using NodaTime;
using NodaTime.Text;

namespace KentCsp.Domain.Serialization;

// The wire shape of the funding policy document. Property order here is the order in the JSON; schemaVersion comes
// first. Periods are ISO-8601 periods of whole days, weeks, months or years ("P0D", "P1M"), as a partnership record
// writes a review period. Every member of the policy is written, Kent's unconfirmed defaults among them, so that a
// document states each term it judges by and nothing is filled in by the reader. The provenance member, written last
// and only when the policy carries one, says which terms are sourced and which are unconfirmed defaults, keyed by the
// member each term is written as ("withdrawAfter"); a document without it reads as a policy with none.

internal sealed class FundingPolicyDocument
{
    public required int SchemaVersion { get; init; }
    // Absent from schema version 1 documents; required in version 2, where it must be "funding-policy".
    public string? Kind { get; init; }
    public required string WithholdAfter { get; init; }
    public required string WithdrawAfter { get; init; }
    public required string InPrincipleLimit { get; init; }
    public required bool ReferLocalProjects { get; init; }
    // Written only when the policy checks bids against an edition: the edition document, nested whole.
    public AgreementEditionDocument? Agreement { get; init; }
    // Written only when the policy checks bids against a list of objectives, which may be empty.
    public List<string?>? PlanObjectives { get; init; }
    public required SourceDocumentWire Source { get; init; }
    // Written only when the policy carries provenance (see ProvenanceDocument.cs).
    public ProvenanceWire? Provenance { get; init; }
}

/// <summary>The funding policy document: <see cref="FundingPolicy"/> to <see cref="FundingPolicyDocument"/> and back.</summary>
internal static partial class WireMapper
{
    internal static FundingPolicyDocument ToDocument(FundingPolicy policy) => new()
    {
        SchemaVersion = KentCspJson.SchemaVersion,
        Kind = DocumentKind.FundingPolicy.WireName,
        WithholdAfter = PeriodPattern.Roundtrip.Format(policy.WithholdAfter),
        WithdrawAfter = PeriodPattern.Roundtrip.Format(policy.WithdrawAfter),
        InPrincipleLimit = PeriodPattern.Roundtrip.Format(policy.InPrincipleLimit),
        ReferLocalProjects = policy.ReferLocalProjects,
        Agreement = policy.Agreement is { } agreement ? ToDocument(agreement) : null,
        PlanObjectives = policy.PlanObjectives?.Select(id => (string?)id).ToList(),
        Source = ToWire(policy.Source),
        Provenance = ToWire(policy.Provenance),
    };

    internal static FundingPolicy FromDocument(FundingPolicyDocument document)
    {
        CheckVersionAndKind(document.SchemaVersion, document.Kind, DocumentKind.FundingPolicy, "$");
        var withholdAfter = PolicyPeriod(document.WithholdAfter, "$.withholdAfter");
        var withdrawAfter = PolicyPeriod(document.WithdrawAfter, "$.withdrawAfter");
        var inPrincipleLimit = PolicyPeriod(document.InPrincipleLimit, "$.inPrincipleLimit");
        var agreement = document.Agreement is { } edition ? FromDocument(edition, "$.agreement") : null;
        var planObjectives = document.PlanObjectives is { } objectives ? NotNull(objectives, "$.planObjectives") : null;
        var source = FromWire(document.Source, "$.source");
        var provenance = FromWire(document.Provenance, "$.provenance");
        // The constructor names a refused period by its parameter, which is the member's name: $.withdrawAfter.
        var policy = Build("$", () => new FundingPolicy(withholdAfter, withdrawAfter, inPrincipleLimit, document.ReferLocalProjects, source))
            .WithAgreement(agreement);
        return WithPlanObjectives(policy, planObjectives).WithProvenance(provenance);
    }

    /// <summary>A period written as an ISO-8601 period; text that is not one is refused at <paramref name="path"/>.</summary>
    private static Period PolicyPeriod(string text, string path)
    {
        var parsed = PeriodPattern.Roundtrip.Parse(text);
        return parsed.Success ? parsed.Value : throw JsonErrors.At(path, $"{Preconditions.Quote(text)} is not an ISO-8601 period such as \"P1M\".");
    }

    /// <summary>
    /// The policy with its objectives. <see cref="FundingPolicy.WithPlanObjectives"/> names a refused objective by its
    /// parameter (<c>objectives[2]</c>); the refusal is reported at the member instead: <c>$.planObjectives[2]</c>.
    /// </summary>
    private static FundingPolicy WithPlanObjectives(FundingPolicy policy, List<string>? objectives)
    {
        const string Parameter = "objectives";
        try
        {
            return policy.WithPlanObjectives(objectives);
        }
        catch (ArgumentRefusedException exception) when (exception.ParamName is { } name && name.StartsWith(Parameter, StringComparison.Ordinal))
        {
            var renamed = new ArgumentRefusedException("planObjectives" + name.Substring(Parameter.Length), exception.Reason, exception);
            throw JsonErrors.Rejected("$", renamed);
        }
    }
}
