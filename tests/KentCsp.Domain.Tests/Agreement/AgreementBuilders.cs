using KentCsp.Domain.Agreement;
using KentCsp.Domain.Partnership;
using NodaTime;

namespace KentCsp.Domain.Tests.Agreement;

/// <summary>A Community Safety Agreement history of a partnership that is not Kent's, made up for tests.</summary>
internal static class AgreementBuilders
{
    internal static readonly OrganisationId TestshireId = new("360G-test", "testshire-csp");

    /// <summary>Testshire's 2019 edition: three priorities and one theme.</summary>
    internal static CommunitySafetyAgreementEdition Testshire2019() =>
        new CommunitySafetyAgreementEdition(
            TestshireId,
            "2019",
            new LocalDate(2019, 4, 1),
            [
                new AgreementItem("anti-social-behaviour", "Anti-social behaviour"),
                new AgreementItem("criminal-damage", "Criminal damage"),
                new AgreementItem("domestic-abuse", "Domestic abuse"),
            ],
            [new AgreementItem("early-intervention", "Early intervention")],
            new SourceDocument("Testshire Community Safety Agreement 2019", new LocalDate(2019, 3, 20)));

    /// <summary>Testshire's 2022 edition: two priorities merged into one, one kept, one added.</summary>
    internal static CommunitySafetyAgreementEdition Testshire2022() =>
        new CommunitySafetyAgreementEdition(
            TestshireId,
            "2022",
            new LocalDate(2022, 4, 1),
            [
                new AgreementItem("neighbourhood-crime", "Neighbourhood crime and ASB", ["anti-social-behaviour", "criminal-damage"]),
                new AgreementItem("domestic-abuse", "Domestic abuse"),
                new AgreementItem("road-safety", "Road safety"),
            ],
            [new AgreementItem("early-intervention", "Early intervention")],
            new SourceDocument("Testshire Community Safety Agreement 2022", new LocalDate(2022, 3, 16)))
        .WithDates(new LocalDate(2022, 3, 16), new LocalDate(2022, 4, 1));

    /// <summary>Testshire's history: the 2019 and 2022 editions, and a 2020 refresh known by name only (June 2020).</summary>
    internal static AgreementHistory TestshireHistory() =>
        new(
            [Testshire2022(), Testshire2019()],
            [new KnownByNameEdition(TestshireId, "2020 refresh", new YearMonth(2020, 6), new SourceDocument("Testshire CSP minutes", new LocalDate(2020, 7, 8), "item 4"))]);
}
