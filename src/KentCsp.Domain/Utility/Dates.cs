using NodaTime;
using NodaTime.Text;

namespace KentCsp.Domain.Utility;

/// <summary>Formats dates the one way people and documents see them: ISO-8601, <c>2017-07-19</c>, whatever the culture.</summary>
internal static class Dates
{
    internal static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
