using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;
using WireKind = KentCsp.Domain.Serialization.DocumentKind;

namespace KentCsp.Cli.Tests;

public class SchemaCommandTest
{
    private static readonly FixedClock Clock = FixedClock.AtLondonMidday(new LocalDate(2026, 11, 23));

    public static TheoryData<string> WireNames()
    {
        var data = new TheoryData<string>();
        foreach (var kind in WireKind.List)
        {
            data.Add(kind.WireName);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(WireNames))]
    public void Schema_EveryKind_PrintsExactlyGetSchemasText(string wireName)
    {
        Assert.True(WireKind.TryFromWireName(wireName, out var kind));

        var (code, output, error) = CliRun.Run(Clock, "schema", wireName);

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Equal(KentCspJson.GetSchema(kind), output);
    }

    [Fact]
    public void Schema_UnknownKind_ExitsTwoAndListsTheKinds()
    {
        var (code, output, error) = CliRun.Run(Clock, "schema", "Funding");

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal("kentcsp: 'Funding' is not a kind of document; the kinds are partnership, csa, funding, meeting, review-case, reviews, plan, partnership-record, findings, incident, crime-count, audit, indicators, morile, funding-policy, csa-history (see 'kentcsp schema --help')\n", error);
    }

    [Fact]
    public void Schema_NoKind_ExitsTwo()
    {
        var (code, _, error) = CliRun.Run(Clock, "schema");

        Assert.Equal(2, code);
        Assert.StartsWith("kentcsp: ", error, System.StringComparison.Ordinal);
    }
}
