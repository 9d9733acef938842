using System.CommandLine;
using System.IO;
using KentCsp.Domain;
using NodaTime;
using NodaTime.Text;

namespace KentCsp.Cli;

/// <summary>
/// Reads a date option (YYYY-MM-DD) within the library's supported dates (<see cref="SupportedDates"/>, 1000-01-01 to
/// 9998-12-31); an absent option means today in the UK, from the clock (<see cref="UkCalendar.Today"/>). A date
/// outside the range is refused here, in one sentence, before any calculation sees it.
/// </summary>
internal static class CliDates
{
    /// <summary>The name of the option of the date a command judges things at, the same for every command.</summary>
    internal const string AsAtName = "--as-at";

    /// <summary>
    /// The option <c>--as-at DATE</c>: the date a command judges things at (deadlines, progress, who was a member), as
    /// <paramref name="description"/> says; read it with <see cref="TryParse"/>.
    /// </summary>
    internal static Option<string?> AsAt(string description) => new(AsAtName) { HelpName = "DATE", Description = description };

    internal static bool TryParse(string? text, string option, IClock clock, TextWriter error, out LocalDate date)
    {
        if (text is null)
        {
            date = UkCalendar.Today(clock);
            return true;
        }
        var result = LocalDatePattern.Iso.Parse(text);
        if (result.Success && SupportedDates.Contains(result.Value))
        {
            date = result.Value;
            return true;
        }
        error.WriteLine(result.Success
            ? $"kentcsp: {option} {CliText.Quote(text)} is outside the supported dates, {Iso(SupportedDates.Earliest)} to {Iso(SupportedDates.Latest)}."
            : $"kentcsp: {option} '{CliText.Quote(text)}' is not a date written as YYYY-MM-DD.");
        date = default;
        return false;
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
