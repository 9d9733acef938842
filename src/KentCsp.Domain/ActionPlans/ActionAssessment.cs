using System;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.ActionPlans;

/// <summary>Where one action stands on a date: its status, RAG rating, last review, and whether it is overdue or not reviewed.</summary>
/// <remarks>Two assessments are equal when every member is equal.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ActionAssessment
{
    /// <summary>Creates an assessment.</summary>
    /// <param name="action">The action.</param>
    /// <param name="status">Its status on the date.</param>
    /// <param name="rag">Its RAG rating on the date.</param>
    /// <param name="lastReviewedOn">The date of the last review that updated it, on or before the date, or null.</param>
    /// <param name="isOverdue">Whether its due date has passed and it is not complete or removed.</param>
    /// <param name="isNotReviewed">Whether it is open and has had no review update within the review period.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ActionAssessment(PlanAction action, ActionStatus status, RagRating rag, LocalDate? lastReviewedOn, bool isOverdue, bool isNotReviewed)
    {
        SupportedDates.CheckCalendar(lastReviewedOn);
        Action = Preconditions.CheckNotNull(action);
        Status = Preconditions.CheckNotNull(status);
        Rag = Preconditions.CheckNotNull(rag);
        LastReviewedOn = lastReviewedOn;
        IsOverdue = isOverdue;
        IsNotReviewed = isNotReviewed;
    }

    /// <summary>The action.</summary>
    public PlanAction Action { get; }

    /// <summary>Its status on the date.</summary>
    public ActionStatus Status { get; }

    /// <summary>Its RAG rating on the date.</summary>
    public RagRating Rag { get; }

    /// <summary>The date of the last review that updated it, or null.</summary>
    public LocalDate? LastReviewedOn { get; }

    /// <summary>Whether its due date has passed and it is not complete or removed.</summary>
    public bool IsOverdue { get; }

    /// <summary>Whether it is open and has had no review update within the review period.</summary>
    public bool IsNotReviewed { get; }

    /// <summary>Formats the assessment: "dhrs: ongoing, not rated".</summary>
    /// <returns>The action, status and rating.</returns>
    public override string ToString() => $"{Action.Id}: {Status.Description}, {Rag.Status.Description}";
}
