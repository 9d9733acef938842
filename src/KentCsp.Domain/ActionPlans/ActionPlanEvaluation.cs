using System.Collections.Generic;
using KentCsp.Domain.Utility;
using System.Linq;
using System.Threading;
using NodaTime;

namespace KentCsp.Domain.ActionPlans;

/// <summary>The result of <see cref="ActionPlanRules.Evaluate"/>: an assessment of every action and the findings.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ActionPlanEvaluation
{
    private readonly ValueList<ActionAssessment> assessments;
    private readonly ValueList<Finding> findings;
    private ValueList<ActionAssessment>? byUrgency;

    internal ActionPlanEvaluation(LocalDate asAt, ActionAssessment[] assessments, Finding[] findings)
    {
        AsAt = asAt;
        this.assessments = ValueList<ActionAssessment>.Own(assessments);
        this.findings = ValueList<Finding>.Own(findings);
    }

    /// <summary>The date evaluated on.</summary>
    public LocalDate AsAt { get; }

    /// <summary>One assessment per action, in the plan's order.</summary>
    public IReadOnlyList<ActionAssessment> Assessments => assessments;

    /// <summary>
    /// The assessments in the order to show them: overdue first, then not reviewed, then by rating (red, amber, green,
    /// not rated), keeping the plan's order otherwise.
    /// </summary>
    /// <value>Sorted on first use and kept: every call returns the same list.</value>
    public IReadOnlyList<ActionAssessment> ByUrgency
    {
        get
        {
            var sorted = Volatile.Read(ref byUrgency);
            if (sorted is null)
            {
                sorted = assessments.Select((assessment, index) => (assessment, index))
                    .OrderBy(pair => pair.assessment.IsOverdue ? 0 : 1)
                    .ThenBy(pair => pair.assessment.IsNotReviewed ? 0 : 1)
                    .ThenBy(pair => pair.assessment.Rag.Status.Value)
                    .ThenBy(pair => pair.index)
                    .Select(pair => pair.assessment)
                    .ToValueList();
                sorted = Interlocked.CompareExchange(ref byUrgency, sorted, null) ?? sorted;
            }
            return sorted;
        }
    }

    /// <summary>The findings, ordered by rule id and then by the plan's order.</summary>
    public IReadOnlyList<Finding> Findings => findings;

    /// <summary>Whether any finding is an error.</summary>
    public bool HasErrors => findings.Any(finding => finding.Severity == FindingSeverity.Error);
}
