using System;
using System.Linq;
using KentCsp.Domain.Agreement;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Agreement;

public class AgreementLineageTest
{
    private static readonly SourceDocument Source = new("CSA update", new LocalDate(2024, 3, 1));

    private static CommunitySafetyAgreementEdition Edition(string label, int year, AgreementItem[] priorities, AgreementItem[]? themes = null, OrganisationId? partnership = null) =>
        new(partnership ?? Builders.Id("county"), label, new LocalDate(year, 4, 1), priorities, themes ?? [], Source);

    private static AgreementItem Item(string id, string? title = null, params string[] derivedFrom) => new(id, title ?? id, derivedFrom);

    [Fact]
    public void Diff_Kent2017To2023_IsExactlyTheRecordedLineage()
    {
        var diff = CommunitySafetyAgreementEdition.Diff(KentData.CommunitySafetyAgreement2017, KentData.CommunitySafetyAgreement2023);

        Assert.Equal(
            [
                "priority renamed or reworded: Anti-Social Behaviour → Preventing Neighbourhood Crime & ASB",
                "priority continued: Domestic Abuse",
                "priority continued: Substance Misuse",
                "priority continued: Safeguarding Vulnerable People",
                "priority renamed or reworded: Serious and Organised Crime → Serious Violence and Organised Crime",
                "priority added: Preventing Extremism and Hate",
                "priority continued: Road Safety",
                "priority added: Violence against women and girls",
                "cross-cutting theme continued: Early intervention, prevention & education",
                "cross-cutting theme renamed or reworded: Reducing re-offending and supporting victims → Reduce re-offending and support victims",
                "cross-cutting theme renamed or reworded: Improving quality of life and enhancing community resilience → Improve quality of life and enhance community resilience",
                "cross-cutting theme added: Support mental health and wellbeing",
                "cross-cutting theme added: Response and Recovery from Significant Community Events",
            ],
            diff.Changes.Select(change => change.ToString()));
        Assert.Empty(diff.Of(LineageKind.Retired));
        Assert.Equal(["Preventing Extremism and Hate", "Violence against women and girls", "Support mental health and wellbeing", "Response and Recovery from Significant Community Events"],
            diff.Of(LineageKind.Added).Select(change => change.After.Single().Title));
        Assert.Equal("Community Safety Agreement 2017 → Community Safety Agreement 2023: 8 changes", diff.ToString());
        Assert.Same(KentData.CommunitySafetyAgreement2017, diff.Older);
        Assert.Same(KentData.CommunitySafetyAgreement2023, diff.Newer);
    }

    [Fact]
    public void Diff_MergeSplitRenameRetireAndRestructure_AreRecognised()
    {
        var older = Edition("old", 2020,
        [
            Item("asb"), Item("criminal-damage"),   // merged into neighbourhood-crime
            Item("violence"),                        // split into serious-violence and vawg
            Item("roads", "Roads"),                  // renamed to road-safety
            Item("scams"),                           // retired
            Item("a"), Item("b"),                    // restructured into c and d
        ]);
        var newer = Edition("new", 2021,
        [
            Item("neighbourhood-crime", "Neighbourhood crime", "asb", "criminal-damage"),
            Item("serious-violence", "Serious violence", "violence"),
            Item("vawg", "Violence against women and girls", "violence"),
            Item("road-safety", "Road Safety", "roads"),
            Item("c", "c", "a", "b"),
            Item("d", "d", "b"),
            Item("hate", "Hate"),
        ]);

        var diff = CommunitySafetyAgreementEdition.Diff(older, newer);

        Assert.Equal(
            [
                "priority merged: asb + criminal-damage → Neighbourhood crime",
                "priority split: violence → Serious violence, Violence against women and girls",
                "priority renamed or reworded: Roads → Road Safety",
                "priority restructured: a + b → c, d",
                "priority added: Hate",
                "priority retired: scams",
            ],
            diff.Changes.Select(change => change.ToString()));
        var merged = Assert.Single(diff.Of(LineageKind.Merged));
        Assert.Equal(["asb", "criminal-damage"], merged.Before.Select(item => item.Id));
        Assert.Equal(["neighbourhood-crime"], merged.After.Select(item => item.Id));
    }

    [Fact]
    public void Diff_ItemMovingFromThemeToPriority_TakesTheLaterSection()
    {
        var older = Edition("old", 2020, [Item("roads")], [Item("mental-health")]);
        var newer = Edition("new", 2021, [Item("roads"), Item("mental-health")]);
        var change = CommunitySafetyAgreementEdition.Diff(older, newer).Changes[1];
        Assert.Same(LineageKind.Continued, change.Kind);
        Assert.Same(AgreementSection.Priority, change.Section);
    }

    [Fact]
    public void Diff_DerivedFromAnItemNotInTheOlderEdition_CountsAsAdded()
    {
        var diff = CommunitySafetyAgreementEdition.Diff(Edition("old", 2020, [Item("a")]), Edition("new", 2021, [Item("a"), Item("b", "b", "gone-before")]));
        Assert.Equal(["Continued", "Added"], diff.Changes.Select(change => change.Kind.Name));
    }

    [Fact]
    public void Diff_SameEdition_IsAllContinued()
    {
        var diff = CommunitySafetyAgreementEdition.Diff(KentData.CommunitySafetyAgreement2023, KentData.CommunitySafetyAgreement2023);
        Assert.All(diff.Changes, change => Assert.Same(LineageKind.Continued, change.Kind));
        Assert.Equal(13, diff.Changes.Count);
    }

    [Fact]
    public void Diff_EditionsInTheWrongOrder_Throws()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => CommunitySafetyAgreementEdition.Diff(KentData.CommunitySafetyAgreement2023, KentData.CommunitySafetyAgreement2017));
        Assert.Equal("older", exception.ParamName);
        Assert.StartsWith("older (Community Safety Agreement 2023) is in force by 2023-11-16, after Community Safety Agreement 2017 (2017-04-01); pass the earlier edition first.", exception.Message);
    }

    [Fact]
    public void Diff_DifferentPartnerships_Throws()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => CommunitySafetyAgreementEdition.Diff(
            Edition("old", 2020, [Item("a")]), Edition("new", 2021, [Item("a")], partnership: Builders.Id("other"))));
        Assert.Equal("newer", exception.ParamName);
    }

    [Fact]
    public void Change_Equality_Contract()
    {
        AgreementChange Change(string older, string newer) =>
            CommunitySafetyAgreementEdition.Diff(Edition("old", 2020, [Item("a", older)]), Edition("new", 2021, [Item("a", newer)])).Changes[0];
        EqualityAssert.Contract(Change("x", "y"), Change("x", "y"), Change("x", "x"), Change("x", "z"));
    }

    [Fact]
    public void AgreementItem_DerivedFrom_IsCheckedAndPartOfEquality()
    {
        Assert.Equal("derivedFrom[0]", Assert.Throws<ArgumentRefusedException>(() => Item("a", "A", "a")).ParamName);
        Assert.Equal("derivedFrom[1]", Assert.Throws<ArgumentRefusedException>(() => Item("a", "A", "b", "b")).ParamName);
        Assert.Equal("derivedFrom[0]", Assert.Throws<ArgumentRefusedException>(() => Item("a", "A", "Not A Slug")).ParamName);
        EqualityAssert.Contract(Item("a", "A", "b"), Item("a", "A", "b"), Item("a", "A"), Item("a", "A", "c"), Item("a", "A", "b", "c"));
        Assert.Empty(new AgreementItem("a", "A").DerivedFrom);
    }

    [Fact]
    public void WithDates_AfterInForceBy_Throws()
    {
        var edition = Edition("e", 2020, [Item("a")]);
        Assert.Equal("agreedOn", Assert.Throws<ArgumentRefusedException>(() => edition.WithDates(new LocalDate(2020, 4, 2), null)).ParamName);
        Assert.Equal("inForceFrom", Assert.Throws<ArgumentRefusedException>(() => edition.WithDates(null, new LocalDate(2020, 4, 2))).ParamName);
        var dated = edition.WithDates(new LocalDate(2020, 3, 15), new LocalDate(2020, 4, 1));
        Assert.Equal(new LocalDate(2020, 3, 15), dated.AgreedOn);
        Assert.Equal(new LocalDate(2020, 4, 1), dated.InForceFrom);
        Assert.Null(edition.AgreedOn);
        Assert.NotEqual(edition, dated);
    }

    [Fact]
    public void WithAppendicesAndAssessments_AreKeptAndChecked()
    {
        var edition = Edition("e", 2020, [Item("a")])
            .WithAppendices([new AgreementAppendix("A", "Strategic assessment outcomes")])
            .WithStrategicAssessments([new SourceDocument("Dover strategic assessment 2019")]);
        Assert.Equal("A: Strategic assessment outcomes", Assert.Single(edition.Appendices).ToString());
        Assert.Equal("Dover strategic assessment 2019", Assert.Single(edition.StrategicAssessments).Title);
        Assert.Equal("appendices[1]", Assert.Throws<ArgumentRefusedException>(() => edition.WithAppendices([new AgreementAppendix("A", "x"), new AgreementAppendix("A", "y")])).ParamName);
        Assert.Equal(edition, Edition("e", 2020, [Item("a")])
            .WithAppendices([new AgreementAppendix("A", "Strategic assessment outcomes")])
            .WithStrategicAssessments([new SourceDocument("Dover strategic assessment 2019")]));
    }

    [Fact]
    public void Kent2017_HasItsStartDateAndAppendices()
    {
        var edition = KentData.CommunitySafetyAgreement2017;
        Assert.Equal(new LocalDate(2017, 4, 1), edition.InForceFrom);
        Assert.Null(edition.AgreedOn);
        Assert.Equal(["A: Strategic assessment outcomes", "B: MoRiLE outcomes", "C: Horizon scanning", "D: Police and Crime Plan"], edition.Appendices.Select(appendix => appendix.ToString()));
        Assert.Null(KentData.CommunitySafetyAgreement2023.InForceFrom);
    }
}
