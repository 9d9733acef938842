using System;
using KentCsp.Domain.Agreement;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Agreement;

public class CommunitySafetyAgreementEditionTest
{
    private static readonly SourceDocument Source = new("CSA update", new LocalDate(2023, 11, 16));

    [Theory]
    [InlineData("Domestic-Abuse")]
    [InlineData("domestic abuse")]
    [InlineData("-domestic")]
    [InlineData("domestic-")]
    [InlineData("domestic--abuse")]
    [InlineData("")]
    public void AgreementItem_BadIdentifier_ThrowsNamingId(string id)
    {
        Assert.Equal("id", Assert.Throws<ArgumentRefusedException>(() => new AgreementItem(id, "Title")).ParamName);
    }

    [Fact]
    public void AgreementItem_Equality_Contract()
    {
        EqualityAssert.Contract(
            new AgreementItem("road-safety", "Road Safety"),
            new AgreementItem("road-safety", "Road Safety"),
            new AgreementItem("road-safety", "Road safety"),
            new AgreementItem("road-safety-2", "Road Safety"));
    }

    [Fact]
    public void Construction_NoPriorities_Throws()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => Edition([], []));
        Assert.Equal("priorities", exception.ParamName);
    }

    [Fact]
    public void Construction_ThemeRepeatsPriorityIdentifier_ThrowsNamingThemes()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => Edition(
            [new AgreementItem("road-safety", "Road Safety")],
            [new AgreementItem("road-safety", "Road safety theme")]));
        Assert.Equal("crossCuttingThemes", exception.ParamName);
        Assert.Contains("element 0 repeats the identifier \"road-safety\"", exception.Message);
    }

    [Fact]
    public void Construction_DuplicatePriority_ThrowsNamingPriorities()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => Edition(
            [new AgreementItem("road-safety", "Road Safety"), new AgreementItem("road-safety", "Roads")],
            []));
        Assert.Equal("priorities", exception.ParamName);
    }

    [Fact]
    public void Equality_Contract()
    {
        EqualityAssert.Contract(
            Edition([new AgreementItem("a", "A")], [new AgreementItem("t", "T")]),
            Edition([new AgreementItem("a", "A")], [new AgreementItem("t", "T")]),
            Edition([new AgreementItem("a", "A")], []),
            Edition([new AgreementItem("a", "A"), new AgreementItem("b", "B")], [new AgreementItem("t", "T")]));
    }

    private static CommunitySafetyAgreementEdition Edition(AgreementItem[] priorities, AgreementItem[] themes) =>
        new(Builders.Id("csp"), "2023", new LocalDate(2023, 11, 16), priorities, themes, Source);
}
