using System.IO;
using NodaTime;
using NodaTime.Text;

namespace KentCsp.Cli;

/// <summary>Reads a date option (YYYY-MM-DD); an absent option means today in the UK, from the clock.</summary>
internal static class CliDates
{
    internal static bool TryParse(string? text, string option, IClock clock, TextWriter error, out LocalDate date)
    {
        if (text is null)
        {
            date = clock.GetCurrentInstant().InZone(KentCspCommand.London).Date;
            return true;
        }
        var result = LocalDatePattern.Iso.Parse(text);
        if (result.Success)
        {
            date = result.Value;
            return true;
        }
        error.WriteLine($"kentcsp: {option} '{text}' is not a date written as YYYY-MM-DD.");
        date = default;
        return false;
    }
}
