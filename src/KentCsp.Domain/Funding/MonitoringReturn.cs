using System;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Funding;

/// <summary>A monitoring form issued to a funded project, its deadline, and when it came back.</summary>
/// <remarks>
/// <para>Kent's grant condition (Working Group update, 15 March 2017, section 3.3): funding is withheld or withdrawn if
/// monitoring forms are not returned within the deadline. <see cref="FundingRules"/> turns a late or missing return into
/// findings and <see cref="AllocationState"/> using the <see cref="FundingPolicy"/> deadlines.</para>
/// <para>A return is due no earlier than it is issued, and cannot be received before it is issued.</para>
/// <para>Two returns are equal when every member is equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record MonitoringReturn
{
    /// <summary>Creates a monitoring return.</summary>
    /// <param name="allocationId">The allocation monitored.</param>
    /// <param name="issuedOn">When the form was issued to the project.</param>
    /// <param name="dueOn">The deadline for returning it.</param>
    /// <param name="receivedOn">When it came back, or null if it has not.</param>
    /// <exception cref="ArgumentNullException"><paramref name="allocationId"/> is null.</exception>
    /// <exception cref="ArgumentException">The identifier is malformed, <paramref name="dueOn"/> is before <paramref name="issuedOn"/>, or <paramref name="receivedOn"/> is before <paramref name="issuedOn"/>.</exception>
    public MonitoringReturn(string allocationId, LocalDate issuedOn, LocalDate dueOn, LocalDate? receivedOn)
    {
        SupportedDates.CheckCalendar(issuedOn);
        SupportedDates.CheckCalendar(dueOn);
        SupportedDates.CheckCalendar(receivedOn);
        AllocationId = Slug.Check(allocationId);
        Preconditions.CheckArgument(dueOn >= issuedOn, nameof(dueOn), $"({Dates.Iso(dueOn)}) must not be before the form is issued ({Dates.Iso(issuedOn)})");
        if (receivedOn is { } received)
        {
            Preconditions.CheckArgument(received >= issuedOn, nameof(receivedOn), $"({Dates.Iso(received)}) must not be before the form is issued ({Dates.Iso(issuedOn)})");
        }
        IssuedOn = issuedOn;
        DueOn = dueOn;
        ReceivedOn = receivedOn;
    }

    /// <summary>The allocation monitored.</summary>
    public string AllocationId { get; }

    /// <summary>When the form was issued.</summary>
    public LocalDate IssuedOn { get; }

    /// <summary>The deadline.</summary>
    public LocalDate DueOn { get; }

    /// <summary>When it came back, or null.</summary>
    public LocalDate? ReceivedOn { get; }

    /// <summary>Whether the return had come back by the end of <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True if it was received on or before the date.</returns>
    public bool IsReceivedBy(LocalDate date)
    {
        SupportedDates.CheckCalendar(date);
        return ReceivedOn is { } received && received <= date;
    }

    /// <summary>Formats the return: "licence-to-kill: due 2017-04-30".</summary>
    /// <returns>The allocation id and deadline.</returns>
    public override string ToString() => $"{AllocationId}: due {Dates.Iso(DueOn)}";
}
