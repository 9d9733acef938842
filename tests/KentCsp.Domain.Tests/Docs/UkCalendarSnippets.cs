using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace KentCsp.Domain.Tests.Docs;

/// <summary>The code docs/getting-started.md shows for "today" (checked verbatim by <see cref="DocSnippetsTest"/>).</summary>
public class UkCalendarSnippets
{
    [Fact]
    public void TodayInTheUk()
    {
        IClock clock = new FakeClock(Instant.FromUtc(2026, 3, 31, 23, 30));
        #region today-in-the-uk
        // In an app: IClock clock = SystemClock.Instance;
        LocalDate today = UkCalendar.Today(clock);                   // 2026-04-01: 23:30 UTC is 00:30 BST
        FinancialYear year = UkCalendar.CurrentFinancialYear(clock); // 2026/27
        #endregion
        Assert.Equal(new LocalDate(2026, 4, 1), today);
        Assert.Equal(new FinancialYear(2026), year);
    }
}
