using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Cli.Tests;

public class AgreementCommandsTest
{
    private static readonly FixedClock Clock = FixedClock.AtLondonMidday(new LocalDate(2026, 11, 23));

    private static (int Code, string Output, string Error) Run(params string[] args) => CliRun.Run(Clock, args);

    [Fact]
    public void Csa_Today_PrintsThe2023Edition()
    {
        var (code, output, error) = Run("csa");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.StartsWith("Latest edition known to be in force on 2026-11-23:\nCommunity Safety Agreement 2023 (in force by 2023-11-16)\n", output);
        Assert.Contains("    8. Violence against women and girls\n", output);
    }

    [Fact]
    public void Csa_AsAtTheJuly2017Meeting_PrintsThe2017EditionWithItsAppendices()
    {
        var (code, output, _) = Run("csa", "--as-at", "2017-07-19");
        Assert.Equal(0, code);
        Snapshot.VerifyText(output);
    }

    [Fact]
    public void Csa_AsAtAfterARefreshWhoseContentIsNotHeld_NamesThatEditionWithItsMonth()
    {
        var (code, output, error) = Run("csa", "--as-at", "2019-06-01");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Equal(
            "Latest edition known to be in force on 2019-06-01:\n"
            + "Community Safety Agreement version 3.0 (in force from April 2019; the sources give the month, not the day)\n"
            + "  Source: Kent Community Safety Agreement, version 3.0, April 2019\n"
            + "  Content not held: the sources name this edition but do not record its priorities and cross-cutting themes.\n"
            + "  The latest edition whose content is held is Community Safety Agreement 2017 (in force from 2017-04-01).\n",
            output);
    }

    [Fact]
    public void Csa_BeforeTheFirstEdition_SaysNotKnownAndExitsOne()
    {
        var (code, output, error) = Run("csa", "--as-at", "2017-03-31");
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Equal("kentcsp: No edition is known to be in force on 2017-03-31: the earliest known, Community Safety Agreement 2017, is in force by 2017-04-01.\n", error);
    }

    [Fact]
    public void CsaDiff_2017To2023_PrintsTheLineage()
    {
        var (code, output, error) = Run("csa", "diff", "2017", "2023");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Snapshot.VerifyText(output);
    }

    [Theory]
    [InlineData("csa", "diff", "2023", "2017")]
    [InlineData("csa", "diff", "2017", "2019")]
    [InlineData("csa", "diff", "2017")]
    [InlineData("csa", "--as-at", "2020-13-01")]
    public void Csa_BadCommandLine_ExitsTwoWithOneLine(params string[] args)
    {
        var (code, output, error) = Run(args);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith("kentcsp: ", error);
        Assert.Single(CliRun.ErrorsBeforeTheHelpLine(error));
    }
}
