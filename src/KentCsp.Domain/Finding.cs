using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain;

/// <summary>
/// An explained result of a rule: which rule, how serious, about what, why, on which figures, and where the rule comes
/// from — enough to show to a committee.
/// </summary>
/// <remarks>
/// <para>A rule id is upper-case letters, a hyphen and three digits (<c>FUND-001</c>); ids are stable across releases
/// and never reused, while the message wording may improve.</para>
/// <para>The subject names what the finding is about, as a path into the evaluated document, e.g.
/// <c>allocations[licence-to-kill]</c>.</para>
/// <para>Two findings are equal when every member is equal (strings ordinal, figures in order).</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record Finding
{
    private static readonly Regex RuleIdPattern = new("^[A-Z]+-[0-9]{3}$", RegexOptions.CultureInvariant);

    private readonly ValueList<FindingFigure> figures;

    /// <summary>Creates a finding.</summary>
    /// <param name="ruleId">The stable rule id, e.g. "FUND-001".</param>
    /// <param name="severity">How serious the finding is.</param>
    /// <param name="subject">What the finding is about, e.g. "allocations[licence-to-kill]".</param>
    /// <param name="message">The explanation, in a sentence a person can read.</param>
    /// <param name="figures">The figures the finding rests on, in the order to show them.</param>
    /// <param name="source">Where the rule comes from (statute, guidance, local policy, Terms of Reference).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="ruleId"/> is not in the form <c>ABC-123</c>, a text is blank, or a figure is null or named twice.</exception>
    public Finding(string ruleId, FindingSeverity severity, string subject, string message, IEnumerable<FindingFigure> figures, SourceDocument source)
    {
        Preconditions.CheckNotNull(ruleId);
        Preconditions.CheckArgument(RuleIdPattern.IsMatch(ruleId), nameof(ruleId), $"must be upper-case letters, a hyphen and three digits (e.g. FUND-001), but was '{ruleId}'");
        RuleId = ruleId;
        Severity = Preconditions.CheckNotNull(severity);
        Subject = Preconditions.CheckNotBlank(subject);
        Message = Preconditions.CheckNotBlank(message);
        this.figures = Preconditions.CheckItems(figures);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var figure in this.figures)
        {
            Preconditions.CheckArgument(names.Add(figure.Name), nameof(figures), $"name '{figure.Name}' more than once");
        }
        Source = Preconditions.CheckNotNull(source);
    }

    /// <summary>The stable rule id, e.g. "FUND-001".</summary>
    public string RuleId { get; }

    /// <summary>How serious the finding is.</summary>
    public FindingSeverity Severity { get; }

    /// <summary>What the finding is about, as a path into the evaluated document.</summary>
    public string Subject { get; }

    /// <summary>The explanation.</summary>
    public string Message { get; }

    /// <summary>The figures the finding rests on, in order.</summary>
    public IReadOnlyList<FindingFigure> Figures => figures;

    /// <summary>Where the rule comes from.</summary>
    public SourceDocument Source { get; }

    /// <summary>Formats the finding on one line: "FUND-001 error allocations: message".</summary>
    /// <returns>The rule id, severity, subject and message.</returns>
    public override string ToString() => $"{RuleId} {Severity.Description} {Subject}: {Message}";
}
