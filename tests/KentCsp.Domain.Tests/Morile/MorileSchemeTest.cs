using System;
using System.Linq;
using KentCsp.Domain.Morile;
using Xunit;
using static KentCsp.Domain.Tests.Morile.MorileBuilders;

namespace KentCsp.Domain.Tests.Morile;

public class MorileSchemeTest
{
    [Fact]
    public void Factor_AllowedScores_SortedAndComparedByValue()
    {
        var factor = new MorileFactor("likelihood", "Likelihood", MorileFactorGroup.Likelihood, [2m, 0.5m, 1.0m], 1m);
        Assert.Equal([0.5m, 1m, 2m], factor.AllowedScores);
        Assert.True(factor.Allows(1m));
        Assert.True(factor.Allows(2.00m));
        Assert.False(factor.Allows(1.5m));
        Assert.Equal(2m, factor.MaximumScore);
        Assert.Equal("0.5, 1, 2", factor.DescribeAllowedScores());
        Assert.Equal("Likelihood (likelihood)", factor.ToString());
    }

    [Fact]
    public void WholeNumbers_Range_EveryWholeNumber()
    {
        Assert.Equal([1m, 2m, 3m], MorileFactor.WholeNumbers(1, 3));
        Assert.Equal([0m], MorileFactor.WholeNumbers(0, 0));
        Assert.Equal(1001, MorileFactor.WholeNumbers(0, 1000).Count);
        Assert.Equal("whole numbers from 0 to 1000", new MorileFactor("a", "A", MorileFactorGroup.Harm, MorileFactor.WholeNumbers(0, 1000), 1m).DescribeAllowedScores());
        Assert.Equal("maximum", Assert.Throws<ArgumentRefusedException>(() => MorileFactor.WholeNumbers(3, 2)).ParamName);
        Assert.Equal("minimum", Assert.Throws<ArgumentRefusedException>(() => MorileFactor.WholeNumbers(-1, 2)).ParamName);
        Assert.Equal("maximum", Assert.Throws<ArgumentRefusedException>(() => MorileFactor.WholeNumbers(0, 1001)).ParamName);
        Assert.Equal("maximum", Assert.Throws<ArgumentRefusedException>(() => MorileFactor.WholeNumbers(0, int.MaxValue)).ParamName);
    }

    [Theory]
    [InlineData("Harm", "id")]
    [InlineData("harm-physical", "id")]
    [InlineData("", "id")]
    [InlineData("1harm", "id")]
    public void Factor_MalformedId_Refused(string id, string paramName)
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => new MorileFactor(id, "Harm", MorileFactorGroup.Harm, [1m], 1m));
        Assert.Equal(paramName, exception.ParamName);
    }

    [Fact]
    public void Factor_BadScoresOrWeight_NamesTheElement()
    {
        Assert.Equal("allowedScores", Assert.Throws<ArgumentRefusedException>(() => new MorileFactor("a", "A", MorileFactorGroup.Harm, [], 1m)).ParamName);
        var negative = Assert.Throws<ArgumentRefusedException>(() => new MorileFactor("a", "A", MorileFactorGroup.Harm, [0m, -0.5m], 1m));
        Assert.Equal("allowedScores[1]", negative.ParamName);
        Assert.StartsWith("allowedScores[1] must not be negative, but was -0.5.", negative.Message, StringComparison.Ordinal);
        var repeated = Assert.Throws<ArgumentRefusedException>(() => new MorileFactor("a", "A", MorileFactorGroup.Harm, [1m, 2m, 1.0m], 1m));
        Assert.Equal("allowedScores[2]", repeated.ParamName);
        Assert.Equal("weight", Assert.Throws<ArgumentRefusedException>(() => new MorileFactor("a", "A", MorileFactorGroup.Harm, [1m], 0m)).ParamName);
        Assert.Equal("weight", Assert.Throws<ArgumentRefusedException>(() => new MorileFactor("a", "A", MorileFactorGroup.Harm, [1m], -1m)).ParamName);
    }

    [Fact]
    public void Scheme_EveryGroupNeedsAFactor()
    {
        var noPosition = Factors().Where(factor => factor.Group != MorileFactorGroup.OrganisationalPosition);
        var exception = Assert.Throws<ArgumentRefusedException>(() => new MorileScheme("s", "S", MorileCombination.Product, noPosition, Levels(), TestSource));
        Assert.Equal("factors", exception.ParamName);
        Assert.StartsWith("factors must include at least one organisational position factor.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scheme_RepeatedFactorOrLevel_NamesTheElement()
    {
        var factors = Factors().Append(new MorileFactor("likelihood", "Likelihood again", MorileFactorGroup.Likelihood, [1m], 1m));
        Assert.Equal("factors[4]", Assert.Throws<ArgumentRefusedException>(() => new MorileScheme("s", "S", MorileCombination.Product, factors, Levels(), TestSource)).ParamName);
        var levels = Levels().Append(new MorileConfidenceLevel("high", "Very high", 1m));
        Assert.Equal("confidenceLevels[2]", Assert.Throws<ArgumentRefusedException>(() => new MorileScheme("s", "S", MorileCombination.Product, Factors(), levels, TestSource)).ParamName);
        Assert.Equal("confidenceLevels", Assert.Throws<ArgumentRefusedException>(() => new MorileScheme("s", "S", MorileCombination.Product, Factors(), [], TestSource)).ParamName);
        Assert.Equal("score", Assert.Throws<ArgumentRefusedException>(() => new MorileConfidenceLevel("high", "High", -1m)).ParamName);
    }

    [Fact]
    public void Scheme_RiskBeyondDecimal_Refused()
    {
        // A group fits (10^27 × 2 + 4 × 1.5), but harm × likelihood 2 × position 0.75 … × 100 does not.
        var big = new MorileFactor("harmBig", "Big harm", MorileFactorGroup.Harm, [1_000_000_000_000_000m], 1_000_000_000m);
        var scheme = new MorileScheme("s", "S", MorileCombination.Sum, Factors().Append(big), Levels(), TestSource);
        Assert.True(scheme.MaximumRiskScore > 1_000_000_000_000_000_000_000_000m);
        var bigger = new MorileFactor("positionBig", "Big position", MorileFactorGroup.OrganisationalPosition, [1_000m], 1_000m);
        var exception = Assert.Throws<ArgumentRefusedException>(() => new MorileScheme("s", "S", MorileCombination.Product, Factors().Append(big).Append(bigger), Levels(), TestSource));
        Assert.Equal("factors", exception.ParamName);
        Assert.StartsWith("factors allow a risk score beyond the range of decimal numbers", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scheme_MaximumRiskScore_EveryFactorAtItsHighest()
    {
        // harm 4 + 4 × 1.5 = 10; likelihood 2; position 3 × 0.25 = 0.75.
        Assert.Equal(15m, Scheme().MaximumRiskScore);
        Assert.Equal(12.75m, Scheme(MorileCombination.Sum).MaximumRiskScore);
    }

    [Fact]
    public void Scheme_LooksUpFactorsAndLevels()
    {
        var scheme = Scheme();
        Assert.Equal(["harmPhysical", "harmVictimVulnerability"], scheme.FactorsIn(MorileFactorGroup.Harm).Select(factor => factor.Id));
        Assert.Equal("Capacity", scheme.FindFactor("positionCapacity")!.Name);
        Assert.Null(scheme.FindFactor("positioncapacity"));
        Assert.Equal(0.3m, scheme.FindConfidenceLevel("low")!.Score);
        Assert.Null(scheme.FindConfidenceLevel("medium"));
        Assert.False(scheme.IsIllustration);
        Assert.True(scheme.WithIllustration(true).IsIllustration);
    }

    [Fact]
    public void Scheme_Equality_ByValue()
    {
        Assert.Equal(Scheme(), Scheme());
        Assert.Equal(Scheme().GetHashCode(), Scheme().GetHashCode());
        Assert.NotEqual(Scheme(), Scheme(MorileCombination.Sum));
        Assert.NotEqual(Scheme(), Scheme().WithIllustration(true));
        Assert.NotEqual(Scheme(), Scheme(id: "other"));
    }
}
