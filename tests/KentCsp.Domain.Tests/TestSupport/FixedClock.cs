using NodaTime;

namespace KentCsp.Domain.Tests.TestSupport;

/// <summary>A clock that always reads the same instant.</summary>
internal sealed class FixedClock(Instant now) : IClock
{
    public static FixedClock AtLondonMidday(LocalDate date) =>
        new(date.At(new LocalTime(12, 0)).InZoneStrictly(DateTimeZoneProviders.Tzdb["Europe/London"]).ToInstant());

    public Instant GetCurrentInstant() => now;
}
