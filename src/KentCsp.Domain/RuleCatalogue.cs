using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace KentCsp.Domain;

/// <summary>
/// The base of the library's rule catalogues (<c>FundingRule</c>, <c>ComplianceRule</c>, <c>ActionPlanRule</c>,
/// <c>RecordingRule</c>): each rule has a stable id, the severity of its findings, a title, its meaning and its basis —
/// the source it rests on, which its findings cite.
/// </summary>
/// <typeparam name="TSelf">The rule catalogue type itself.</typeparam>
/// <remarks>
/// <para>An id is the catalogue's prefix, a hyphen and the rule's <see cref="Ardalis.SmartEnum.SmartEnum{TEnum, TValue}.Value"/>
/// in three digits (<c>FUND-001</c>), the form <see cref="Finding.RuleId"/> requires. Ids are stable: a rule keeps its
/// id for good and a retired id is never reused. Every <see cref="Finding"/> a rule engine reports carries the rule's
/// <see cref="Id"/> and <see cref="Severity"/>.</para>
/// </remarks>
/// <threadsafety>This type and its members are immutable and thread-safe.</threadsafety>
public abstract class RuleCatalogue<TSelf> : Catalogue<TSelf>
    where TSelf : RuleCatalogue<TSelf>
{
    /// <summary>Creates a rule.</summary>
    /// <param name="name">The stable name: the name of the field that holds the rule.</param>
    /// <param name="value">The rule's number, unique in the catalogue; the id ends with it in three digits.</param>
    /// <param name="prefix">The catalogue's id prefix, e.g. "FUND".</param>
    /// <param name="severity">The severity of the rule's findings.</param>
    /// <param name="title">A short title.</param>
    /// <param name="meaning">What the rule means, in a sentence or two.</param>
    /// <param name="basis">The source the rule rests on, which its findings cite.</param>
    private protected RuleCatalogue(string name, int value, string prefix, FindingSeverity severity, string title, string meaning, string basis)
        : base(name, value)
    {
        Id = prefix + "-" + value.ToString("000", CultureInfo.InvariantCulture);
        Severity = severity;
        Title = title;
        Meaning = meaning;
        Basis = basis;
    }

    /// <summary>The stable rule id, e.g. "FUND-001".</summary>
    public string Id { get; }

    /// <summary>The severity of the rule's findings.</summary>
    public FindingSeverity Severity { get; }

    /// <summary>A short title, e.g. "allocations exceed the grant".</summary>
    public string Title { get; }

    /// <summary>What the rule means, in a sentence or two.</summary>
    public string Meaning { get; }

    /// <summary>The source the rule rests on, which its findings cite, e.g. "Crime and Disorder Act 1998 s.5(1)".</summary>
    public string Basis { get; }

    /// <summary>Finds a rule by its id, exactly (case-sensitive); never throws.</summary>
    /// <param name="id">The id, e.g. "FUND-001"; null or blank finds nothing.</param>
    /// <param name="rule">The rule, when found; otherwise null.</param>
    /// <returns>True if a rule of this catalogue has that id.</returns>
    public static bool TryFromId(string? id, [NotNullWhen(true)] out TSelf? rule)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Id, id, StringComparison.Ordinal))
            {
                rule = candidate;
                return true;
            }
        }
        rule = null;
        return false;
    }
}
