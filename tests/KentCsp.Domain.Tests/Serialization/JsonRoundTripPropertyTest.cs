using System.Collections.Generic;
using System.Linq;
using CsCheck;
using KentCsp.Domain.Agreement;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Serialization;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Serialization;

public class JsonRoundTripPropertyTest
{
    private static readonly Gen<string> Identifier =
        Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789-._"].Array[1, 12].Select(chars => new string(chars));

    // Any text a person might type, including quotes, back-slashes, control characters and non-ASCII letters.
    private static readonly Gen<string> Text =
        Gen.String[Gen.Char["abc XYZ'\"\\/&<>–£é\t\u0001\u00a0"], 1, 24].Where(text => !string.IsNullOrWhiteSpace(text));

    private static readonly Gen<ResponsibleAuthorityKind?> Kind =
        Gen.Frequency((1, Gen.Const((ResponsibleAuthorityKind?)null)), (3, Element(ResponsibleAuthorityKind.All).Select(kind => (ResponsibleAuthorityKind?)kind)));

    private static readonly Gen<(ResponsibleAuthorityKind? Kind, MembershipRole Role, string Name)> Seat =
        Gen.Select(Kind, Element(MembershipRole.All), Text, (kind, role, name) => (kind, role, name));

    internal static readonly Gen<CommunitySafetyPartnership> Partnerships =
        Gen.Select(Identifier, Text, Element(PartnershipLevel.All), Text, Seat.Array[0, 8],
            (id, name, level, area, seats) => new CommunitySafetyPartnership(
                new OrganisationId("360G-prop", id),
                name,
                level,
                area,
                seats.Select((seat, i) => new Membership(
                    new Organisation(new OrganisationId("360G-prop", $"org-{i}"), seat.Name, seat.Kind),
                    seat.Kind is null && seat.Role == MembershipRole.ResponsibleAuthority ? MembershipRole.Invitee : seat.Role))));

    internal static readonly Gen<CommunitySafetyAgreementEdition> Editions =
        // Dates within the supported range (1000-01-01 to 9998-12-31), leaving room for the 400 days taken off below.
        Gen.Select(Identifier, Text, Gen.Date[new System.DateTime(1002, 1, 1), new System.DateTime(9998, 12, 31)], Text.Array[1, 10], Text.Array[0, 6], Gen.Bool, Gen.Int[0, 3].Array[0, 4], Gen.Int[0, 400],
            (id, label, date, priorities, themes, dated, derived, daysBefore) =>
            {
                var inForceBy = LocalDate.FromDateTime(date);
                var edition = new CommunitySafetyAgreementEdition(
                    new OrganisationId("360G-prop", id),
                    label,
                    inForceBy,
                    priorities.Select((title, i) => new AgreementItem($"priority-{i}", title, derived.Distinct().Select(n => $"earlier-{n}"))),
                    themes.Select((title, i) => new AgreementItem($"theme-{i}", title)),
                    new SourceDocument(label, dated ? inForceBy : null, dated ? null : "section 1"));
                return dated
                    ? edition.WithDates(inForceBy.PlusDays(-daysBefore), inForceBy.PlusDays(-daysBefore / 2))
                        .WithAppendices(themes.Select((title, i) => new AgreementAppendix(((char)('A' + i)).ToString(), title)))
                        .WithStrategicAssessments(priorities.Take(2).Select(title => new SourceDocument(title, inForceBy)))
                    : edition;
            });

    private static Gen<T> Element<T>(IReadOnlyList<T> items) => Gen.Int[0, items.Count - 1].Select(i => items[i]);

    [Fact]
    public void Partnership_RoundTripsThroughJson()
    {
        Partnerships.Sample(partnership =>
            Assert.Equal(partnership, KentCspJson.DeserializePartnership(KentCspJson.Serialize(partnership))),
            iter: 2_000);
    }

    [Fact]
    public void AgreementEdition_RoundTripsThroughJson()
    {
        Editions.Sample(edition =>
            Assert.Equal(edition, KentCspJson.DeserializeAgreementEdition(KentCspJson.Serialize(edition))),
            iter: 1_000);
    }

    [Fact]
    public void Partnership_SerializesToTheSameBytesTwice()
    {
        Partnerships.Sample(partnership =>
            Assert.Equal(KentCspJson.Serialize(partnership), KentCspJson.Serialize(KentCspJson.DeserializePartnership(KentCspJson.Serialize(partnership)))),
            iter: 500);
    }
}
