using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace KentCsp.Domain.Utility;

/// <summary>Formats dates and periods the one way people and documents see them, whatever the culture.</summary>
internal static class Dates
{
    /// <summary>ISO-8601: <c>2017-07-19</c>.</summary>
    internal static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>A date-based period in words: "3 months", "1 year and 2 weeks", "no time".</summary>
    internal static string Describe(Period period)
    {
        var parts = new List<string>(4);
        Add(parts, period.Years, "year");
        Add(parts, period.Months, "month");
        Add(parts, period.Weeks, "week");
        Add(parts, period.Days, "day");
        return parts.Count switch
        {
            0 => "no time",
            1 => parts[0],
            _ => string.Join(", ", parts.GetRange(0, parts.Count - 1)) + " and " + parts[parts.Count - 1],
        };
    }

    private static void Add(List<string> parts, long count, string unit)
    {
        if (count != 0)
        {
            parts.Add(count.ToString(CultureInfo.InvariantCulture) + " " + unit + (count == 1 ? "" : "s"));
        }
    }
}
