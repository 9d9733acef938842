using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KentCsp.Domain;
using KentCsp.Domain.Reviews;
using NodaTime;
using static KentCsp.Reports.TemplateModel;

namespace KentCsp.Reports;

public sealed partial class CommitteeReports
{
    /// <summary>
    /// The domestic homicide review steering group's paper: each case by its pseudonym, with its step, the date it
    /// entered it, its next deadline and the days it is overdue, overdue cases first (the order of
    /// <see cref="SteeringGroupView.Rows"/>), and a chart of the cases at each step. It holds no personal data: a case
    /// is named only by its pseudonym and year, and no circumstance of the death is shown. Values the data marks
    /// illustrative or inferred are marked on their case.
    /// </summary>
    /// <param name="register">The register of cases.</param>
    /// <param name="policy">The policy the deadlines are judged by.</param>
    /// <param name="asAt">The date to show the cases on; what was recorded later is left out.</param>
    /// <returns>The paper, one HTML page.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="register"/> or <paramref name="policy"/> is null.</exception>
    public string Reviews(ReviewRegister register, ReviewPolicy policy, LocalDate asAt)
    {
        CheckNotNull(register, nameof(register));
        CheckNotNull(policy, nameof(policy));
        var view = SteeringGroupView.Of(register, asAt, policy);
        var sources = new Sources();
        sources.Add(register.Provenance);

        var rows = view.Rows.Select(row =>
        {
            int index = IndexOf(register.Cases, row.Case);
            return new Node
            {
                ["name"] = row.Case.Name.ToString(),
                ["regime"] = row.Regime.Abbreviation,
                ["regime_name"] = row.Regime.Name,
                ["step"] = row.Step.Description,
                ["since"] = Date(row.Case.StepEnteredOn),
                ["days_in_step"] = row.DaysInStep,
                ["deadline"] = row.NextDeadline is { } deadline ? deadline.Kind.Description + " by " + Date(deadline.Due) : row.NotJudged is null ? "none" : "not judged",
                ["overdue"] = row.IsOverdue,
                ["overdue_days"] = row.IsOverdue ? Count(row.DaysOverdue, "day") : "not overdue",
                ["not_judged"] = row.NotJudged?.Reason,
                ["marks"] = CaseMarks(register.Provenance, index),
            };
        }).ToList();
        var timetables = new List<string>();
        if (policy.TimetableOverride is { } timetable)
        {
            sources.Add(timetable.Source);
            timetables.Add($"Every case: {Describe(timetable)} ({timetable.Source}).");
        }
        else
        {
            bool defaults = policy.Timetables == ReviewTimetables.Default;
            foreach (var entry in policy.Timetables.Entries)
            {
                sources.Add(entry.Timetable.Source);
                timetables.Add($"Cases notified from {Date(entry.InForceFrom)}: {Describe(entry.Timetable)}"
                    + (defaults ? " (unconfirmed defaults, from an unconfirmed date)." : "."));
            }
            timetables.Add(policy.Timetables.Entries.Count == 0
                ? "No timetable is known: deadlines are not judged."
                : $"Cases notified before {Date(policy.Timetables.Entries[0].InForceFrom)}: deadlines not judged (no timescales are known for the guidance then in force).");
        }
        var counts = view.CountsByStep.Where(count => count.Count > 0)
            .Select(count => new ChartPoint(count.Step.Description, count.Count, count.Count.ToString(CultureInfo.InvariantCulture)))
            .ToList();
        var body = new Node
        {
            ["partnership"] = view.PartnershipId.ToString(),
            ["case_count"] = view.Rows.Count,
            ["overdue_count"] = view.OverdueCount,
            ["not_judged_count"] = view.NotJudgedCount,
            ["regime"] = policy.DardrCommencement is { } commencement
                ? $"Domestic Homicide Reviews for deaths notified before {Date(commencement)}; Domestic Abuse Related Death Reviews from then (Victims and Prisoners Act 2024, s.19)."
                : "Domestic Homicide Reviews (Domestic Violence, Crime and Victims Act 2004, s.9). The Victims and Prisoners Act 2024, s.19, which makes them Domestic Abuse Related Death Reviews, is not commenced.",
            ["timetables"] = timetables,
            ["rows"] = rows,
            ["chart_steps"] = counts.Count == 0 ? null : Charts.Bars("cases-by-step", "Cases at each step", "Step", "Cases", counts),
        };
        return Page(ReportTemplates.Reviews, "Domestic homicide reviews", "The review steering group's view of " + view.PartnershipId, asAt,
            body, new Provenances().Add(register.Provenance), sources);
    }

    private static int IndexOf(IReadOnlyList<ReviewCase> cases, ReviewCase @case)
    {
        for (int i = 0; i < cases.Count; i++)
        {
            if (ReferenceEquals(cases[i], @case) || cases[i].Name == @case.Name)
            {
                return i;
            }
        }
        return -1;
    }

    // The marks of a case's fields inside its register ("cases[0].decision.decidedOn"), or of the register as a whole
    // when it is not all sourced.
    private static List<Node> CaseMarks(ProvenanceRecord? provenance, int index)
    {
        var marks = new List<Node>();
        if (provenance is null || index < 0)
        {
            return marks;
        }
        if (!provenance.Whole.IsFact)
        {
            marks.Add(Mark("the whole register", provenance.Whole));
        }
        string prefix = "cases[" + index.ToString(CultureInfo.InvariantCulture) + "]";
        foreach (var field in provenance.Fields)
        {
            if (!field.Provenance.IsFact && (field.Field == prefix || field.Field.StartsWith(prefix + ".", System.StringComparison.Ordinal)))
            {
                marks.Add(Mark(field.Field.Length == prefix.Length ? "the case" : field.Field.Substring(prefix.Length + 1), field.Provenance));
            }
        }
        return marks;
    }

    private static Node Mark(string field, Provenance provenance) => new()
    {
        ["field"] = field,
        ["kind"] = provenance.Kind.Description,
        ["kind_name"] = provenance.Kind.Name.ToLowerInvariant(),
        ["reason"] = provenance.Reason,
    };

    private static string Describe(ReviewTimetable timetable) =>
        $"decision within {Describe(timetable.DecisionWithin)} of the notification, completion within {Describe(timetable.CompletionWithin)} of the decision";

    private static string Describe(Period period)
    {
        var parts = new List<string>();
        if (period.Years != 0)
        {
            parts.Add(Count(period.Years, "year"));
        }
        if (period.Months != 0)
        {
            parts.Add(Count(period.Months, "month"));
        }
        if (period.Weeks != 0)
        {
            parts.Add(Count(period.Weeks, "week"));
        }
        if (period.Days != 0)
        {
            parts.Add(Count(period.Days, "day"));
        }
        return parts.Count == 0 ? "no time" : string.Join(" and ", parts);
    }
}
