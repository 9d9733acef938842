using System;
using System.Text.Json;
using CsCheck;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Meetings;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using Xunit;

namespace KentCsp.Domain.Tests.Meetings;

public class MeetingJsonTest
{
    [Fact]
    public void Serialize_Kent2017July19_MatchesSnapshot()
    {
        Snapshot.VerifyJson(KentCspJson.Serialize(KentMeetings.Kcsp2017July19));
    }

    [Fact]
    public void Serialize_Kent2017July19PublicView_MatchesSnapshot()
    {
        // The notes print every item as unrestricted, so the public view writes the same bytes as the meeting.
        Snapshot.VerifyJson(KentCspJson.Serialize(KentMeetings.Kcsp2017July19.PublicView()));
    }

    [Fact]
    public void Serialize_WithRestrictedContent_MatchesSnapshot()
    {
        Snapshot.VerifyJson(KentCspJson.Serialize(MeetingBuilders.WithRestrictedContent()));
    }

    [Fact]
    public void Serialize_WithRestrictedContentPublicView_MatchesSnapshot()
    {
        Snapshot.VerifyJson(KentCspJson.Serialize(MeetingBuilders.WithRestrictedContent().PublicView()));
    }

    [Fact]
    public void RoundTrip_KentAndHandMadeMeetings_AreEqual()
    {
        foreach (var meeting in new[] { KentMeetings.Kcsp2017July19, MeetingBuilders.WithRestrictedContent(), MeetingBuilders.WithRestrictedContent().PublicView() })
        {
            string json = KentCspJson.Serialize(meeting);
            var again = KentCspJson.DeserializeMeeting(json);
            Assert.Equal(meeting, again);
            Assert.Equal(json, KentCspJson.Serialize(again));
        }
    }

    [Fact]
    public void Meeting_RoundTripsThroughJson()
    {
        MeetingBuilders.Meetings.Sample(meeting =>
        {
            string json = KentCspJson.Serialize(meeting);
            var again = KentCspJson.DeserializeMeeting(json);
            Assert.Equal(meeting, again);
            Assert.Equal(json, KentCspJson.Serialize(again));
        }, iter: 1_000);
    }

    [Fact]
    public void Serialize_StartsWithSchemaVersionAndWritesClassificationsByName()
    {
        string json = KentCspJson.Serialize(MeetingBuilders.WithRestrictedContent());
        Assert.StartsWith("{\n  \"schemaVersion\": 2,\n  \"kind\": \"meeting\",\n  \"bodyId\": {\n", json, StringComparison.Ordinal);
        Assert.Contains("\"classification\": \"Restricted\",", json, StringComparison.Ordinal);
        Assert.Contains("\"classification\": \"Unrestricted\",", json, StringComparison.Ordinal);
        Assert.Contains("\"letter\": \"b\",", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_Null_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => KentCspJson.Serialize((Meeting)null!));
        Assert.Throws<ArgumentNullException>(() => KentCspJson.DeserializeMeeting((string)null!));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("")]
    public void Deserialize_NotADocument_ThrowsJsonException(string json)
    {
        Assert.Throws<JsonException>(() => KentCspJson.DeserializeMeeting(json));
    }

    [Theory]
    // The rules of a meeting, named at the offending member.
    [InlineData("\"minuteNumber\": 11,", "\"minuteNumber\": 10,", "$.items[1].minuteNumber", "repeats 10, already used by items[0]")]
    [InlineData("\"minuteNumber\": 13,", "\"minuteNumber\": 9,", "$.items[2].minuteNumber", "is 9, not after 11 at items[1]")]
    [InlineData("\"minuteNumber\": 10,", "\"minuteNumber\": 0,", "$.items[0].minuteNumber", "must be more than 0")]
    [InlineData("\"code\": \"B1\",", "\"code\": \"A1\",", "$.items[1].code", "repeats 'A1'")]
    [InlineData("\"text\": \"RESOLVED that the update be noted.\"", "\"text\": \"  \"", "$.items[0].resolutions[0].text", "must not be empty")]
    [InlineData("\"letter\": \"b\"", "\"letter\": \"c\"", "$.items[2].resolutions[0].parts[1].letter", "is 'c' but must be 'b'")]
    [InlineData("\"letter\": \"b\"", "\"letter\": \"B\"", "$.items[2].resolutions[0].parts[1].letter", "must be a lower-case letter from a to z")]
    [InlineData("\"letter\": \"b\"", "\"letter\": \"bb\"", "$.items[2].resolutions[0].parts[1].letter", "must be one lower-case letter")]
    [InlineData("\"letter\": \"b\"", "\"letter\": \"\"", "$.items[2].resolutions[0].parts[1].letter", "must be one lower-case letter")]
    [InlineData("\"classification\": \"Restricted\"", "\"classification\": \"Secret\"", "$.items[0].reports[1].classification", "\"Secret\" is not a Classification; expected one of: Unrestricted, Restricted")]
    [InlineData("\"classification\": \"Restricted\"", "\"classification\": \"restricted\"", "$.items[0].reports[1].classification", "is not a Classification")]
    [InlineData("\"classification\": \"Unrestricted\",\n      \"discussionPoints\"", "\"classification\": null,\n      \"discussionPoints\"", "$.items[0].classification", "must not be null")]
    [InlineData("\"name\": \"Mrs E Absent\"", "\"name\": \"Cllr A Chair\"", "$.attendance.apologies[0].name", "repeats 'Cllr A Chair', already listed at present[0]")]
    [InlineData("\"discussionPoints\": [\n        \"The Chairman", "\"discussionPoints\": [\n        \" \",\n        \"The Chairman", "$.items[0].discussionPoints[0]", "must not be empty")]
    [InlineData("\"discussionPoints\": [\n        \"The Chairman", "\"discussionPoints\": [\n        null,\n        \"The Chairman", "$.items[0].discussionPoints[0]", "must not be null")]
    [InlineData("\"by\": [\n            \"A Officer - Head of Community Safety\"\n          ]", "\"by\": []", "$.items[0].reports[0].by", "must name at least one author")]
    [InlineData("\"venue\": \"Council Chamber, County Hall\"", "\"venue\": \"\"", "$.venue", "must not be empty")]
    [InlineData("\"items\": [", "\"items\": [\n    null,", "$.items[0]", "must not be null")]
    [InlineData("\"date\": \"2024-03-14\",\n  \"venue\"", "\"date\": \"2024-02-30\",\n  \"venue\"", "$.date", "")]
    public void Deserialize_BadDocument_ThrowsJsonExceptionNamingThePath(string find, string replace, string path, string reason)
    {
        string json = KentCspJson.Serialize(MeetingBuilders.WithRestrictedContent());
        Assert.Contains(find, json, StringComparison.Ordinal);
        var exception = Assert.Throws<JsonException>(() => KentCspJson.DeserializeMeeting(ReplaceFirst(json, find, replace)));
        Assert.Equal(path, exception.Path);
        Assert.StartsWith(path + ": ", exception.Message, StringComparison.Ordinal);
        Assert.Contains(reason, exception.Message, StringComparison.Ordinal);
    }

    internal static string ReplaceFirst(string text, string find, string replace)
    {
        int index = text.IndexOf(find, StringComparison.Ordinal);
        return text.Substring(0, index) + replace + text.Substring(index + find.Length);
    }
}
