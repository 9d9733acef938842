using System;
using System.Diagnostics.CodeAnalysis;

namespace KentCsp.Domain.Serialization;

/// <summary>
/// The kinds of JSON document the library reads and writes: one member per reader of <see cref="KentCspJson"/>, with
/// the name a document of schema version 2 carries in its <c>kind</c> member.
/// </summary>
/// <remarks>
/// <para><see cref="WireName"/> is the value of <c>kind</c> (<c>"funding"</c>, <c>"review-case"</c>): lower case, and
/// the same name <c>kentcsp validate KIND FILE</c> takes, so the command line and the documents agree. A wire name
/// never changes once released. <see cref="Ardalis.SmartEnum.SmartEnum{TEnum, TValue}.Name"/> is the member's field
/// name, as for every catalogue.</para>
/// <para>A document of schema version 1 has no <c>kind</c> member; <see cref="KentCspJson.ReadDocument(string)"/>
/// recognises it by <see cref="Marker"/>, a top-level member that documents of this kind always have and documents of
/// the other kinds never have. A findings document is the exception: a crime count document lists findings too, so a
/// document with <c>findings</c> is a findings document only when it has no other kind's marker.</para>
/// <para>The catalogue is closed. Equality follows <see cref="Ardalis.SmartEnum.SmartEnum{TEnum, TValue}.Value"/>.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class DocumentKind : Catalogue<DocumentKind>
{
    /// <summary>A partnership with its dated members and sub-groups (<c>"partnership"</c>).</summary>
    public static readonly DocumentKind Partnership = new(nameof(Partnership), 1, "partnership", "partnership", "members");

    /// <summary>A Community Safety Agreement edition (<c>"csa"</c>).</summary>
    public static readonly DocumentKind AgreementEdition = new(nameof(AgreementEdition), 2, "csa", "Community Safety Agreement edition", "crossCuttingThemes");

    /// <summary>A funding round (<c>"funding"</c>).</summary>
    public static readonly DocumentKind FundingRound = new(nameof(FundingRound), 3, "funding", "funding round", "grant");

    /// <summary>A meeting with its agenda items and minutes (<c>"meeting"</c>).</summary>
    public static readonly DocumentKind Meeting = new(nameof(Meeting), 4, "meeting", "meeting", "bodyName");

    /// <summary>One domestic homicide review case (<c>"review-case"</c>).</summary>
    public static readonly DocumentKind ReviewCase = new(nameof(ReviewCase), 5, "review-case", "review case", "notification");

    /// <summary>A partnership's register of review cases (<c>"reviews"</c>).</summary>
    public static readonly DocumentKind ReviewRegister = new(nameof(ReviewRegister), 6, "reviews", "review register", "cases");

    /// <summary>An action plan (<c>"plan"</c>).</summary>
    public static readonly DocumentKind ActionPlan = new(nameof(ActionPlan), 7, "plan", "action plan", "editionLabel");

    /// <summary>A partnership record, what a compliance check reads (<c>"partnership-record"</c>).</summary>
    public static readonly DocumentKind PartnershipRecord = new(nameof(PartnershipRecord), 8, "partnership-record", "partnership record", "termsOfReference");

    /// <summary>Findings of any rule engine (<c>"findings"</c>).</summary>
    public static readonly DocumentKind Findings = new(nameof(Findings), 9, "findings", "findings", "findings");

    /// <summary>An incident to count as recorded crimes (<c>"incident"</c>).</summary>
    public static readonly DocumentKind Incident = new(nameof(Incident), 10, "incident", "incident", "reportedAt");

    /// <summary>A crime count with its rule trail (<c>"crime-count"</c>).</summary>
    public static readonly DocumentKind CrimeCount = new(nameof(CrimeCount), 11, "crime-count", "crime count", "crimes");

    /// <summary>A recording-accuracy audit (<c>"audit"</c>).</summary>
    public static readonly DocumentKind AccuracyAudit = new(nameof(AccuracyAudit), 12, "audit", "accuracy audit", "sampleSize");

    /// <summary>A set of indicator series and road casualty figures (<c>"indicators"</c>).</summary>
    public static readonly DocumentKind IndicatorSet = new(nameof(IndicatorSet), 13, "indicators", "indicator set", "roadCasualties");

    /// <summary>A MoRiLE ranking (<c>"morile"</c>).</summary>
    public static readonly DocumentKind MorileRanking = new(nameof(MorileRanking), 14, "morile", "MoRiLE", "assessments");

    /// <summary>A funding policy: the local conditions a round is judged against (<c>"funding-policy"</c>).</summary>
    public static readonly DocumentKind FundingPolicy = new(nameof(FundingPolicy), 15, "funding-policy", "funding policy", "withholdAfter");
    /// <summary>The editions of one partnership's Community Safety Agreement, with their dates in force (<c>"csa-history"</c>).</summary>
    public static readonly DocumentKind AgreementHistory = new(nameof(AgreementHistory), 16, "csa-history", "Community Safety Agreement history", "editions");

    private DocumentKind(string name, int value, string wireName, string description, string marker)
        : base(name, value)
    {
        WireName = wireName;
        Description = description;
        Marker = marker;
    }

    /// <summary>The value of the <c>kind</c> member in a document of this kind, e.g. <c>"funding"</c>.</summary>
    public string WireName { get; }

    /// <summary>The kind in words, as messages use it: "a {Description} document", e.g. "funding round".</summary>
    public string Description { get; }

    /// <summary>The top-level member that marks a schema version 1 document of this kind, e.g. <c>"grant"</c>.</summary>
    public string Marker { get; }

    /// <summary>Finds a kind by its <see cref="WireName"/>, exactly (case-sensitive); never throws.</summary>
    /// <param name="wireName">The value of a document's <c>kind</c> member; null or blank finds nothing.</param>
    /// <param name="kind">The kind, when found; otherwise null.</param>
    /// <returns>True if a kind has that wire name.</returns>
    public static bool TryFromWireName(string? wireName, [NotNullWhen(true)] out DocumentKind? kind)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.WireName, wireName, StringComparison.Ordinal))
            {
                kind = candidate;
                return true;
            }
        }
        kind = null;
        return false;
    }
}
