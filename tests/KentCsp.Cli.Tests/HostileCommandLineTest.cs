using System.Linq;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Cli.Tests;

/// <summary>What the command line gives is echoed on standard error only escaped and cut short, and never crashes a command.</summary>
public class HostileCommandLineTest
{
    private static readonly FixedClock Clock = FixedClock.AtLondonMidday(new LocalDate(2026, 11, 23));

    [Fact]
    public void Validate_EmptyFileName_IsAUsageError()
    {
        var (code, _, error) = CliRun.Run(Clock, "validate", "");

        Assert.Equal(KentCspCommand.UsageError, code);
        Assert.StartsWith("kentcsp: ", error);
    }

    [Theory]
    [InlineData("partnership", "--as-at", "\u001b[2J2017-07-19")]
    [InlineData("indicators", "--period", "\u001b[31m\u0007")]
    [InlineData("meeting", "\u001b[2J2017-07-19")]
    [InlineData("funding", "check", "\u001b[2J")]
    [InlineData("validate", "\u001b[2J")]
    [InlineData("json", "\u001b[31m\u0007")]
    [InlineData("partnership", "\u001b[2J")]
    [InlineData("json", "LONG")]
    [InlineData("validate", "LONG")]
    [InlineData("csa", "diff", "2017", "LONG")]
    public void Errors_EchoingTheCommandLine_EscapeControlCharactersAndStayShort(params string[] args)
    {
        args = args.Select(arg => arg == "LONG" ? new string('x', 5_000) : arg).ToArray();

        var (code, _, error) = CliRun.Run(Clock, args);

        Assert.Equal(KentCspCommand.UsageError, code);
        Assert.All(error.TrimEnd('\n').Split('\n'), line => Assert.DoesNotContain(line, c => char.IsControl(c)));
        Assert.True(error.Length <= 1_000, $"{error.Length} characters on standard error");
    }
}
