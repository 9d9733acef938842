using System;
using KentCsp.Domain.Agreement;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Agreement;

public class AgreementHistoryTest
{
    [Theory]
    [InlineData(2017, 4, 1, "2017", "the first edition's in-force-by date")]
    [InlineData(2020, 1, 1, "2017", "between editions: the latest one known")]
    [InlineData(2023, 11, 15, "2017", "the day before the 2023 edition is known in force")]
    [InlineData(2023, 11, 16, "2023", "the day the 2023 edition is known in force")]
    [InlineData(2026, 11, 23, "2023", "today")]
    public void InForceOn_KnownDates_GivesTheLatestEditionInForce(int y, int m, int d, string label, string reason)
    {
        var answer = KentData.CommunitySafetyAgreements.InForceOn(new LocalDate(y, m, d));
        Assert.True(answer.IsKnown, reason);
        Assert.Equal(label, answer.AsT0.Label);
    }

    [Fact]
    public void InForceOn_BeforeTheFirstEdition_IsNotKnown()
    {
        var answer = KentData.CommunitySafetyAgreements.InForceOn(new LocalDate(2017, 3, 31));
        Assert.False(answer.IsKnown);
        var notKnown = answer.AsT1;
        Assert.Equal(new LocalDate(2017, 3, 31), notKnown.Date);
        Assert.Equal("No edition is known to be in force on 2017-03-31: the earliest known, Community Safety Agreement 2017, is in force by 2017-04-01.", notKnown.Reason);
        Assert.Equal(notKnown.Reason, answer.ToString());
    }

    [Fact]
    public void Constructor_OrdersEditionsAndFindsThem()
    {
        var history = new AgreementHistory([KentData.CommunitySafetyAgreement2023, KentData.CommunitySafetyAgreement2017]);
        Assert.Equal(["2017", "2023"], System.Linq.Enumerable.Select(history.Editions, edition => edition.Label));
        Assert.Same(KentData.CommunitySafetyAgreement2023, history.Latest);
        Assert.Same(KentData.CommunitySafetyAgreement2017, history.Find("2017"));
        Assert.Null(history.Find("2019"));
        Assert.Equal(KentData.KcspId, history.PartnershipId);
    }

    [Fact]
    public void Constructor_BadEditions_Throw()
    {
        Assert.Equal("editions", Assert.Throws<ArgumentRefusedException>(() => new AgreementHistory([])).ParamName);
        Assert.Contains("two editions labelled '2017'", Assert.Throws<ArgumentRefusedException>(() => new AgreementHistory([KentData.CommunitySafetyAgreement2017, KentData.CommunitySafetyAgreement2017])).Message);
        var other = new CommunitySafetyAgreementEdition(Builders.Id("other"), "2020", new LocalDate(2020, 4, 1), [new AgreementItem("a", "A")], [], new SourceDocument("x"));
        Assert.Contains("mix partnerships", Assert.Throws<ArgumentRefusedException>(() => new AgreementHistory([KentData.CommunitySafetyAgreement2017, other])).Message);
        var sameDate = new CommunitySafetyAgreementEdition(KentData.KcspId, "2017b", new LocalDate(2017, 4, 1), [new AgreementItem("a", "A")], [], new SourceDocument("x"));
        Assert.Contains("two editions in force by 2017-04-01", Assert.Throws<ArgumentRefusedException>(() => new AgreementHistory([KentData.CommunitySafetyAgreement2017, sameDate])).Message);
    }
}
