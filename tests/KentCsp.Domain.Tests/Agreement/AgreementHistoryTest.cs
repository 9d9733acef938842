using System;
using System.Linq;
using KentCsp.Domain.Agreement;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Agreement;

public class AgreementHistoryTest
{
    [Theory]
    [InlineData(2017, 4, 1, "2017", "the first edition's in-force-by date")]
    [InlineData(2018, 3, 31, "2017", "the day before version 2.0's month")]
    [InlineData(2023, 11, 16, "2023", "the day the 2023 edition is known in force")]
    [InlineData(2026, 11, 23, "2023", "today")]
    public void InForceOn_KnownDates_GivesTheLatestEditionInForce(int y, int m, int d, string label, string reason)
    {
        var answer = KentData.CommunitySafetyAgreements.InForceOn(new LocalDate(y, m, d));
        Assert.True(answer.IsKnown, reason);
        Assert.Equal(label, answer.AsT0.Label);
    }

    [Fact]
    public void InForceOn_AfterARefreshWhoseContentIsNotHeld_SaysSoNamingIt()
    {
        // Kent's CSA version 3.0 is dated April 2019; the library holds the content of the 2017 and 2023 editions only.
        var answer = KentData.CommunitySafetyAgreements.InForceOn(new LocalDate(2019, 6, 1));

        Assert.False(answer.IsKnown);
        Assert.Equal(
            "Community Safety Agreement version 3.0 (April 2019; the sources give the month, not the day) is the latest edition known to be in force on 2019-06-01; its content is not held. The latest edition whose content is held is Community Safety Agreement 2017.",
            answer.ToString());
    }

    [Theory]
    [InlineData(2018, 4, 30, "version 2.0", "the last day of version 2.0's month")]
    [InlineData(2020, 1, 1, "version 3.0", "between versions 3.0 and 4.0")]
    [InlineData(2023, 11, 15, "version 4.0", "the day before the 2023 edition is known in force")]
    public void InForceOn_AfterARefreshKnownByName_IsThatRefreshWithTheLatestHeldForReference(int y, int m, int d, string label, string reason)
    {
        var answer = KentData.CommunitySafetyAgreements.InForceOn(new LocalDate(y, m, d));

        Assert.True(answer.IsT2, reason);
        var notHeld = answer.AsT2;
        Assert.Equal(label, notHeld.Edition.Label);
        Assert.Equal(new LocalDate(y, m, d), notHeld.Date);
        Assert.Same(KentData.CommunitySafetyAgreement2017, notHeld.LatestHeld);
        Assert.Equal(notHeld.Reason, answer.ToString());
    }

    [Fact]
    public void KentVersionsKnownByName_AreDatedToTheMonthTheSourcesGive()
    {
        Assert.Equal(
            ["version 2.0 April 2018", "version 3.0 April 2019", "version 4.0 April 2020"],
            KentData.CommunitySafetyAgreementsKnownByName.Select(edition => $"{edition.Label} {edition.FormatMonth()}"));
        Assert.All(KentData.CommunitySafetyAgreementsKnownByName, edition => Assert.Null(edition.Source.Date));
        Assert.Equal("Kent Community Safety Agreement, version 3.0, April 2019", KentData.CommunitySafetyAgreementsKnownByName[1].Source.ToString());
        Assert.Equal(KentData.CommunitySafetyAgreementsKnownByName, KentData.CommunitySafetyAgreements.EditionsKnownByName);
    }

    [Theory]
    [InlineData(2018, 4, 1)]
    [InlineData(2018, 4, 29)]
    public void InForceOn_InTheMonthOfARefreshBeforeItsLastDay_IsNotKnownNamingBoth(int y, int m, int d)
    {
        var answer = KentData.CommunitySafetyAgreements.InForceOn(new LocalDate(y, m, d));

        Assert.True(answer.IsT1);
        Assert.Equal(
            $"Which edition was in force on {y:0000}-{m:00}-{d:00} is not known: Community Safety Agreement version 2.0 came into force in April 2018 (the sources give the month, not the day), and before it Community Safety Agreement 2017 may still have been.",
            answer.AsT1.Reason);
    }

    [Fact]
    public void InForceOn_RefreshBeforeAnyHeldEdition_HasNoLatestHeld()
    {
        var later = new CommunitySafetyAgreementEdition(KentData.KcspId, "2020", new LocalDate(2020, 6, 1), [new AgreementItem("a", "A")], [], new SourceDocument("x"));
        var history = new AgreementHistory([later], [new KnownByNameEdition(KentData.KcspId, "version 1.0", new YearMonth(2019, 4), new SourceDocument("y"))]);

        var answer = history.InForceOn(new LocalDate(2019, 5, 1));

        Assert.Null(answer.AsT2.LatestHeld);
        Assert.EndsWith("its content is not held. No earlier edition's content is held.", answer.ToString());
        Assert.StartsWith("Which edition was in force on 2019-04-02 is not known: Community Safety Agreement version 1.0 came into force in April 2019 (the sources give the month, not the day), and before it no earlier edition is known.", history.InForceOn(new LocalDate(2019, 4, 2)).ToString());
    }

    [Fact]
    public void Constructor_BadEditionsKnownByName_Throw()
    {
        var held = new[] { KentData.CommunitySafetyAgreement2017 };
        KnownByNameEdition Version(string label, int year, int month, OrganisationId? partnership = null) =>
            new(partnership ?? KentData.KcspId, label, new YearMonth(year, month), new SourceDocument("x"));

        var sameLabel = Assert.Throws<ArgumentRefusedException>(() => new AgreementHistory(held, [Version("2017", 2018, 4)]));
        Assert.Equal("editionsKnownByName", sameLabel.ParamName);
        Assert.Contains("repeat the label '2017'", sameLabel.Message);
        Assert.Contains("mix partnerships", Assert.Throws<ArgumentRefusedException>(() => new AgreementHistory(held, [Version("v2", 2018, 4, Builders.Id("other"))])).Message);
        var sameMonth = Assert.Throws<ArgumentRefusedException>(() => new AgreementHistory(held, [Version("v1", 2017, 4)]));
        Assert.Contains("cannot be ordered: Community Safety Agreement v1 may have come into force on or before 2017-04-01, the date Community Safety Agreement 2017 is in force by", sameMonth.Message);
        Assert.Throws<ArgumentNullException>(() => new AgreementHistory(held, null!));
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
