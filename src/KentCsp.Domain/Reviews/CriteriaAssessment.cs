using System;
using System.Collections.Generic;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Reviews;

/// <summary>The criteria check of a notification under one regime: the outcome, and one explained finding per criterion.</summary>
/// <remarks>
/// <para>Each finding names its criterion's rule id (<c>REV-001</c> …), cites the statute or guidance it rests on, and
/// says in a sentence why the criterion is met, not met or cannot be judged; severity is
/// <see cref="FindingSeverity.Information"/> for a criterion met and <see cref="FindingSeverity.Warning"/> otherwise.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class CriteriaAssessment
{
    private readonly ValueList<Finding> findings;

    internal CriteriaAssessment(ReviewRegime regime, ReviewCircumstances circumstances, CriteriaOutcome outcome, Finding[] findings)
    {
        Regime = regime;
        Circumstances = circumstances;
        Outcome = outcome;
        this.findings = ValueList<Finding>.Own(findings);
    }

    /// <summary>The regime whose criteria were applied.</summary>
    public ReviewRegime Regime { get; }

    /// <summary>The facts checked.</summary>
    public ReviewCircumstances Circumstances { get; }

    /// <summary>Met, not met, or undetermined.</summary>
    public CriteriaOutcome Outcome { get; }

    /// <summary>Whether every criterion is met.</summary>
    public bool IsMet => Outcome == CriteriaOutcome.Met;

    /// <summary>One finding per criterion, in rule id order.</summary>
    public IReadOnlyList<Finding> Findings => findings;

    /// <summary>Describes the assessment: "DHR criteria met".</summary>
    /// <returns>The regime and outcome.</returns>
    public override string ToString() => $"{Regime.Abbreviation} criteria {Outcome.Description}";
}
