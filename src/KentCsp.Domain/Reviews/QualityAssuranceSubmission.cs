using System;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Reviews;

/// <summary>One submission of a report to the Home Office Quality Assurance Panel, and the panel's outcome once it has one.</summary>
/// <remarks>
/// <para>The outcome and its date come together; a request to resubmit carries the panel's feedback. The outcome
/// cannot be dated before the submission.</para>
/// <para>Two submissions are equal when every member is equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record QualityAssuranceSubmission
{
    /// <summary>Creates a submission.</summary>
    /// <param name="submittedOn">When the report was submitted.</param>
    /// <param name="outcome">The panel's outcome, or null while it has none.</param>
    /// <param name="outcomeOn">When the panel gave its outcome; required with an outcome, null without one.</param>
    /// <param name="feedback">The panel's feedback: required when it asked for resubmission, optional on approval, null without an outcome.</param>
    /// <exception cref="ArgumentException">The outcome and its date do not come together, the outcome is dated before the submission, or the feedback is missing, blank or given without an outcome.</exception>
    public QualityAssuranceSubmission(LocalDate submittedOn, QualityAssuranceOutcome? outcome, LocalDate? outcomeOn, string? feedback)
    {
        SupportedDates.CheckCalendar(submittedOn);
        SupportedDates.CheckCalendar(outcomeOn);
        SubmittedOn = submittedOn;
        if (outcome is null)
        {
            Preconditions.CheckArgument(outcomeOn is null, nameof(outcomeOn), "is set, but there is no outcome");
            Preconditions.CheckArgument(feedback is null, nameof(feedback), "is set, but there is no outcome");
        }
        else
        {
            Preconditions.CheckArgument(outcomeOn is not null, nameof(outcomeOn), $"is required with the outcome '{outcome.Name}'");
            Preconditions.CheckArgument(outcomeOn >= submittedOn, nameof(outcomeOn), $"({Dates.Iso(outcomeOn!.Value)}) must not be before the submission ({Dates.Iso(submittedOn)})");
            Preconditions.CheckArgument(outcome != QualityAssuranceOutcome.ResubmissionRequested || feedback is not null, nameof(feedback),
                "is required when the panel asks for resubmission");
        }
        Outcome = outcome;
        OutcomeOn = outcomeOn;
        Feedback = feedback is null ? null : Preconditions.CheckNotBlank(feedback);
    }

    /// <summary>When the report was submitted.</summary>
    public LocalDate SubmittedOn { get; }

    /// <summary>The panel's outcome, or null while it has none.</summary>
    public QualityAssuranceOutcome? Outcome { get; }

    /// <summary>When the panel gave its outcome, or null.</summary>
    public LocalDate? OutcomeOn { get; }

    /// <summary>The panel's feedback, or null.</summary>
    public string? Feedback { get; }

    /// <summary>Formats the submission: "submitted 2016-05-02, resubmission requested 2016-07-14".</summary>
    /// <returns>The dates and outcome.</returns>
    public override string ToString() =>
        $"submitted {Dates.Iso(SubmittedOn)}" + (Outcome is { } outcome ? $", {outcome.Description} {Dates.Iso(OutcomeOn!.Value)}" : ", awaiting the panel");
}
