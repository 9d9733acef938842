using System;
using System.Collections.Generic;
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
        : this(ruleId, severity, subject, message, figures, null, source)
    {
    }

    // Checks every argument in the order the public constructor documents; `owned`, when given, is an array made for
    // this finding alone (the rules' own findings), kept without a copy and checked as `figures` would be.
    private Finding(string ruleId, FindingSeverity severity, string subject, string message, IEnumerable<FindingFigure>? figures, FindingFigure[]? owned, SourceDocument source)
    {
        Preconditions.CheckNotNull(ruleId);
        Preconditions.CheckArgument(IsRuleId(ruleId), nameof(ruleId), $"must be upper-case letters, a hyphen and three digits (e.g. FUND-001), but was '{ruleId}'");
        RuleId = ruleId;
        Severity = Preconditions.CheckNotNull(severity);
        Subject = Preconditions.CheckNotBlank(subject);
        Message = Preconditions.CheckNotBlank(message);
        this.figures = owned is null ? Preconditions.CheckItems(figures) : Preconditions.CheckOwnedItems(owned, nameof(figures));
        CheckNamesDistinct(this.figures);
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

    /// <summary>
    /// A finding whose figures are <paramref name="figures"/> itself, an array made for it alone and never written
    /// again: checked as the public constructor checks its arguments, kept without a copy.
    /// </summary>
    internal static Finding Own(string ruleId, FindingSeverity severity, string subject, string message, FindingFigure[] figures, SourceDocument source) =>
        new(ruleId, severity, subject, message, null, Preconditions.CheckNotNull(figures), source);

    // ^[A-Z]+-[0-9]{3}$, the end being the end of the text.
    private static bool IsRuleId(string ruleId)
    {
        int letters = ruleId.Length - 4;
        if (letters < 1 || ruleId[letters] != '-')
        {
            return false;
        }
        for (int i = 0; i < letters; i++)
        {
            if (ruleId[i] is < 'A' or > 'Z')
            {
                return false;
            }
        }
        for (int i = letters + 1; i < ruleId.Length; i++)
        {
            if (ruleId[i] is < '0' or > '9')
            {
                return false;
            }
        }
        return true;
    }

    // Refuses the first figure whose name an earlier figure has: by comparing with each earlier one while there are
    // few (a finding rests on two to four), through a set of names when there are many, so the check stays linear.
    private static void CheckNamesDistinct(ValueList<FindingFigure> figures)
    {
        const int FewFigures = 8;
        if (figures.Count <= FewFigures)
        {
            for (int j = 1; j < figures.Count; j++)
            {
                for (int i = 0; i < j; i++)
                {
                    if (string.Equals(figures[i].Name, figures[j].Name, StringComparison.Ordinal))
                    {
                        Preconditions.ThrowArgument(nameof(figures), $"name '{figures[j].Name}' more than once");
                    }
                }
            }
            return;
        }
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var figure in figures)
        {
            Preconditions.CheckArgument(names.Add(figure.Name), nameof(figures), $"name '{figure.Name}' more than once");
        }
    }

    /// <summary>Formats the finding on one line: "FUND-001 error allocations: message".</summary>
    /// <returns>The rule id, severity, subject and message.</returns>
    public override string ToString() => $"{RuleId} {Severity.Description} {Subject}: {Message}";
}
