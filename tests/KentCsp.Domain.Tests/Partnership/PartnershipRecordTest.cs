using System.Linq;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Partnership;

public class PartnershipRecordTest
{
    private static PartnershipRecord Record() =>
        new(Builders.Partnership(Builders.Authority("district", ResponsibleAuthorityKind.DistrictCouncil)), AreaKind.Unitary, [], null, null, []);

    [Fact]
    public void MembersOn_BeforeTheMembershipIsKnown_AnswersNotKnownWithTheReason()
    {
        var record = Record().WithMembershipKnownFrom(new LocalDate(2017, 7, 19));
        var answer = record.MembersOn(new LocalDate(2017, 7, 18));
        Assert.False(answer.IsKnown);
        var notKnown = answer.AsT1;
        Assert.Equal(new LocalDate(2017, 7, 19), notKnown.KnownFrom);
        Assert.Equal("The membership of Test Community Safety Partnership is not known on 2017-07-18: the record knows who sat from 2017-07-19, not since when.", notKnown.Reason);
    }

    [Fact]
    public void MembersOn_FromTheDayItIsKnown_AnswersTheMembers()
    {
        var record = Record().WithMembershipKnownFrom(new LocalDate(2017, 7, 19));
        Assert.Equal(record.Partnership.Members, record.MembersOn(new LocalDate(2017, 7, 19)).AsT0);
    }

    [Fact]
    public void MembersOn_RecordThatDoesNotLimitIt_AlwaysKnown()
    {
        Assert.Null(Record().MembershipKnownFrom);
        Assert.True(Record().MembersOn(new LocalDate(1999, 1, 1)).IsKnown);
    }

    [Fact]
    public void Kent_MembershipKnownFromTheTermsOfReference_NotBefore()
    {
        var record = KentData.PartnershipRecord;
        Assert.Equal(new LocalDate(2017, 7, 19), record.MembershipKnownFrom);
        Assert.False(record.MembersOn(new LocalDate(2011, 6, 1)).IsKnown);
        Assert.Contains(record.MembersOn(new LocalDate(2017, 7, 19)).AsT0, member => member.Organisation == KentOrganisations.KentAndMedwayClinicalCommissioningGroups);
    }

    [Fact]
    public void Json_KnownFrom_RoundTrips_AndIsWrittenOnlyWhenSet()
    {
        var record = Record();
        string without = KentCspJson.Serialize(record);
        Assert.DoesNotContain("membershipKnownFrom", without);
        Assert.Null(KentCspJson.DeserializePartnershipRecord(without).MembershipKnownFrom);

        string with = KentCspJson.Serialize(record.WithMembershipKnownFrom(new LocalDate(2017, 7, 19)));
        Assert.Contains("\"membershipKnownFrom\": \"2017-07-19\"", with);
        Assert.Equal(new LocalDate(2017, 7, 19), KentCspJson.DeserializePartnershipRecord(with).MembershipKnownFrom);
    }

    [Fact]
    public void Json_BadKnownFrom_NamesThePath()
    {
        string json = KentCspJson.Serialize(Record().WithMembershipKnownFrom(new LocalDate(2017, 7, 19))).Replace("\"2017-07-19\"", "\"19 July 2017\"");
        var exception = Assert.Throws<System.Text.Json.JsonException>(() => KentCspJson.DeserializePartnershipRecord(json));
        Assert.StartsWith("$.membershipKnownFrom", exception.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void WithMembershipKnownFrom_KeepsTheProvenance()
    {
        var provenance = ProvenanceRecord.Of(Provenance.Inferred("A test record."));
        var record = Record().WithProvenance(provenance).WithMembershipKnownFrom(new LocalDate(2017, 7, 19));
        Assert.Same(provenance, record.Provenance);
        Assert.Null(record.WithProvenance(null).Provenance);
        Assert.Equal(new LocalDate(2017, 7, 19), record.WithProvenance(null).MembershipKnownFrom);
    }

    [Fact]
    public void Json_Provenance_IsWrittenLastOnlyWhenSet_AndReadsBack()
    {
        Assert.DoesNotContain("\"provenance\"", KentCspJson.Serialize(Record()));
        Assert.Null(KentCspJson.DeserializePartnershipRecord(KentCspJson.Serialize(Record())).Provenance);

        var record = KentData.PartnershipRecord;
        string json = KentCspJson.Serialize(record);
        using (var document = System.Text.Json.JsonDocument.Parse(json))
        {
            Assert.Equal("provenance", document.RootElement.EnumerateObject().Last().Name);
        }
        var again = KentCspJson.DeserializePartnershipRecord(json);
        Assert.Equal(record.Provenance, again.Provenance);
        Assert.Equal(record.Partnership.Provenance, again.Partnership.Provenance);
        Assert.Equal(json, KentCspJson.Serialize(again));
    }

    [Fact]
    public void Json_BadProvenance_NamesThePath()
    {
        string json = KentCspJson.Serialize(KentData.PartnershipRecord).Replace("\"kind\": \"Inferred\"", "\"kind\": \"Guessed\"");
        var exception = Assert.Throws<System.Text.Json.JsonException>(() => KentCspJson.DeserializePartnershipRecord(json));
        Assert.StartsWith("$.", exception.Message, System.StringComparison.Ordinal);
        Assert.Contains("provenance", exception.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Kent_Record_TermsOfReferenceSourcedToMinute152_KnownFromInferredFromTheMeeting_MeetingDatesNotKnown()
    {
        var record = KentData.PartnershipRecord;
        var provenance = record.Provenance;
        Assert.NotNull(provenance);
        Assert.Same(ProvenanceKind.Sourced, provenance.For("termsOfReference").Kind);
        Assert.Equal("minute 152", provenance.For("termsOfReference").Source?.Locator);
        var knownFrom = provenance.For("membershipKnownFrom");
        Assert.Same(ProvenanceKind.Inferred, knownFrom.Kind);
        Assert.Equal(new LocalDate(2017, 7, 19), knownFrom.Source?.Date);
        Assert.Null(record.MeetingDates);
        Assert.Null(record.InformationSharingSignatories);
    }
}
