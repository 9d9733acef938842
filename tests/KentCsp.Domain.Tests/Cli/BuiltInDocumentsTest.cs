using KentCsp.Domain.Kent;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Cli;

public class BuiltInDocumentsTest
{
    private static readonly FixedClock Clock = FixedClock.AtLondonMidday(new LocalDate(2026, 11, 23));

    [Theory]
    [InlineData("reviews", "reviews", "valid reviews document: 360G-kentcsp-kcsp: 1 case\n")]
    [InlineData("plan-2017-18", "plan", "valid plan document: Action plan 2017/18 for Community Safety Agreement 2017 (illustration): 9 actions, 0 reviews\n")]
    public void JsonThenValidate_ReviewsAndPlan_RoundTrip(string document, string kind, string expected)
    {
        var (code, json, _) = CliRun.Run(Clock, "json", document);
        Assert.Equal(0, code);
        Assert.Equal(document == "reviews" ? KentCspJson.Serialize(KentReviews.Register) + "\n" : KentCspJson.Serialize(KentActionPlans.Illustration2017To18) + "\n", json);
        var (validateCode, output, error) = CliRun.Run(Clock, "validate", kind, CliRun.WriteTemp(json));
        Assert.Equal(0, validateCode);
        Assert.Equal("", error);
        Assert.Equal(expected, output);
    }
}
