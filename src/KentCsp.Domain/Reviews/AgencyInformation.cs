using System;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Reviews;

/// <summary>Information a review panel asked an agency for — an Individual Management Review or a chronology — and when it arrived.</summary>
/// <remarks>
/// <para>The agency is named as an organisation ("Kent Police"), never as a person. It cannot be received before it
/// is requested.</para>
/// <para>Two values are equal when every member is equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record AgencyInformation
{
    /// <summary>Creates a request for agency information.</summary>
    /// <param name="agency">The agency asked, e.g. "Kent Police".</param>
    /// <param name="kind">What was asked for.</param>
    /// <param name="requestedOn">When it was requested.</param>
    /// <param name="receivedOn">When it was received, or null if it has not been.</param>
    /// <exception cref="ArgumentNullException"><paramref name="agency"/> or <paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="agency"/> is blank, or <paramref name="receivedOn"/> is before <paramref name="requestedOn"/>.</exception>
    public AgencyInformation(string agency, AgencyInformationKind kind, LocalDate requestedOn, LocalDate? receivedOn)
    {
        SupportedDates.CheckCalendar(requestedOn);
        SupportedDates.CheckCalendar(receivedOn);
        Agency = Preconditions.CheckNotBlank(agency);
        Kind = Preconditions.CheckNotNull(kind);
        if (receivedOn is { } received)
        {
            Preconditions.CheckArgument(received >= requestedOn, nameof(receivedOn), $"({Dates.Iso(received)}) must not be before the information was requested ({Dates.Iso(requestedOn)})");
        }
        RequestedOn = requestedOn;
        ReceivedOn = receivedOn;
    }

    /// <summary>The agency asked.</summary>
    public string Agency { get; }

    /// <summary>What was asked for.</summary>
    public AgencyInformationKind Kind { get; }

    /// <summary>When it was requested.</summary>
    public LocalDate RequestedOn { get; }

    /// <summary>When it was received, or null.</summary>
    public LocalDate? ReceivedOn { get; }

    /// <summary>Whether it has been received.</summary>
    public bool IsReceived => ReceivedOn is not null;

    /// <summary>Formats the request: "Kent Police IMR, requested 2015-09-14, received 2015-12-14".</summary>
    /// <returns>The agency, kind and dates.</returns>
    public override string ToString() =>
        $"{Agency} {Kind.ShortName}, requested {Dates.Iso(RequestedOn)}" + (ReceivedOn is { } received ? $", received {Dates.Iso(received)}" : ", outstanding");

    /// <summary>The key that makes a request unique within a case: the agency ignoring case, and the kind.</summary>
    internal (string Agency, AgencyInformationKind Kind) Key => (Agency.ToUpperInvariant(), Kind);

    /// <summary>Whether this is the same request as another: the same agency (ignoring case) and kind.</summary>
    internal bool SameRequest(string agency, AgencyInformationKind kind) =>
        Kind == kind && string.Equals(Agency.ToUpperInvariant(), agency.Trim().ToUpperInvariant(), StringComparison.Ordinal);

    /// <summary>The request received on <paramref name="date"/>.</summary>
    internal AgencyInformation Received(LocalDate date) => new(Agency, Kind, RequestedOn, date);
}
