using System;
using System.Linq;
using KentCsp.Domain.Morile;
using KentCsp.Domain.Partnership;
using Xunit;

namespace KentCsp.Domain.Tests.Hostile;

/// <summary>
/// Checks whose input an attacker controls look at each element once and build a message only when they fail. These
/// tests give each check a large input and assert the outcome only: with a quadratic check they would not finish in any
/// reasonable time (an identifier of 250,000 characters took about half a minute; one of 1,000,000 more than ten).
/// </summary>
public class LinearChecksTest
{
    [Fact]
    public void OrganisationId_IdentifierOfAMillionCharacters_IsRefusedForItsLength()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => new OrganisationId("GB-LAE", new string('k', 1_000_000)));
        Assert.Equal("identifier", exception.ParamName);
        Assert.StartsWith("must be at most 200 characters long, but was 1,000,000 characters: \"kkkk", exception.Reason);
        Assert.True(exception.Message.Length < 300, exception.Message.Length.ToString());
    }

    [Fact]
    public void OrganisationId_IdentifierOf250000CharactersWithWhiteSpaceAtTheEnd_IsRefused()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => new OrganisationId(new string('k', 250_000) + " x", "kcc"));
        Assert.Equal("scheme", exception.ParamName);
        Assert.True(exception.Message.Length < 300, exception.Message.Length.ToString());
    }

    [Fact]
    public void OrganisationId_IdentifierOf200Characters_IsAccepted()
    {
        var id = new OrganisationId("GB-LAE", new string('k', 200));
        Assert.Equal(200, id.Identifier.Length);
    }

    [Fact]
    public void OrganisationId_WhiteSpaceInAPart_StillSaysSo()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => new OrganisationId("GB-LAE", "k frs"));
        Assert.Equal("must not contain white space, but was \"k frs\".", exception.Reason);
    }

    [Fact]
    public void OrganisationId_ControlCharactersAndALongValue_AreQuotedAsAShortEscapedExcerpt()
    {
        string value = "k\u001b[31m\nfrs" + new string('y', 100) + " z";
        var exception = Assert.Throws<ArgumentRefusedException>(() => new OrganisationId("GB-LAE", value));
        Assert.Equal("must not contain white space, but was \"k\\u001B[31m\\u000Afrsyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\"….", exception.Reason);
        Assert.DoesNotContain('\u001b', exception.Message);
        Assert.DoesNotContain('\n', exception.Message);
    }

    [Fact]
    public void MorileFactor_100000DistinctScores_AreAccepted()
    {
        var scores = Enumerable.Range(0, 100_000).Select(i => (decimal)i).Reverse().ToArray();
        var factor = new MorileFactor("harmPhysical", "Physical harm", MorileFactorGroup.Harm, scores, 1m);
        Assert.Equal(100_000, factor.AllowedScores.Count);
        Assert.Equal(0m, factor.AllowedScores[0]);
    }

    [Fact]
    public void MorileFactor_100000ScoresWithTheLastRepeatingTheFirst_IsRefusedAtTheLast()
    {
        var scores = Enumerable.Range(0, 100_000).Select(i => (decimal)i).Append(0.0m).ToArray();
        var exception = Assert.Throws<ArgumentRefusedException>(() => new MorileFactor("harmPhysical", "Physical harm", MorileFactorGroup.Harm, scores, 1m));
        Assert.Equal("allowedScores[100000]", exception.ParamName);
        Assert.Equal("repeats the score 0.", exception.Reason);
    }

    [Fact]
    public void MorileFactor_NameLongerThan1000Characters_IsRefused()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => new MorileFactor("harmPhysical", new string('n', 1_001), MorileFactorGroup.Harm, [0m, 1m], 1m));
        Assert.Equal("name", exception.ParamName);
        Assert.StartsWith("must be at most 1,000 characters long, but was 1,001 characters", exception.Reason);
    }

    [Fact]
    public void MorileFactor_IdOfAMillionCharacters_IsRefusedForItsLength()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => new MorileFactor("h" + new string('A', 999_999), "Physical harm", MorileFactorGroup.Harm, [0m, 1m], 1m));
        Assert.StartsWith("must be at most 200 characters long", exception.Reason);
    }

    [Fact]
    public void Organisation_NameLongerThan100000Characters_IsRefusedForItsLength()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => new Organisation(new OrganisationId("GB-LAE", "KEN"), new string('n', 100_001), null));
        Assert.Equal("name", exception.ParamName);
        Assert.StartsWith("must be at most 100,000 characters long", exception.Reason);
    }
}
