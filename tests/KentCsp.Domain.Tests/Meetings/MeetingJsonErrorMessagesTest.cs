using System.Linq;
using System.Text;
using System.Text.Json;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using Xunit;

namespace KentCsp.Domain.Tests.Meetings;

/// <summary>Pins the exact message a person sees for each kind of bad meeting document, so that a change to one is deliberate.</summary>
public class MeetingJsonErrorMessagesTest
{
    private static readonly string Meeting = KentCspJson.Serialize(MeetingBuilders.WithRestrictedContent());

    private static readonly (string Case, string Find, string Replace)[] Cases =
    [
        ("duplicate minute number", "\"minuteNumber\": 11,", "\"minuteNumber\": 10,"),
        ("minute numbers out of order", "\"minuteNumber\": 13,", "\"minuteNumber\": 9,"),
        ("minute number zero", "\"minuteNumber\": 10,", "\"minuteNumber\": 0,"),
        ("minute number as a string", "\"minuteNumber\": 10,", "\"minuteNumber\": \"148\","),
        ("duplicate item code", "\"code\": \"B1\",", "\"code\": \"A1\","),
        ("blank resolution text", "\"text\": \"RESOLVED that the update be noted.\"", "\"text\": \"  \""),
        ("missing resolution text", "\"text\": \"RESOLVED that the update be noted.\",\n", ""),
        ("sub-resolution letters out of order", "\"letter\": \"b\"", "\"letter\": \"c\""),
        ("sub-resolution letter in capitals", "\"letter\": \"b\"", "\"letter\": \"B\""),
        ("sub-resolution letter of two characters", "\"letter\": \"b\"", "\"letter\": \"b)\""),
        ("unknown classification", "\"classification\": \"Restricted\"", "\"classification\": \"Confidential\""),
        ("classification of the wrong case", "\"classification\": \"Restricted\"", "\"classification\": \"restricted\""),
        ("classification given as a number", "\"classification\": \"Restricted\"", "\"classification\": 2"),
        ("blank discussion point", "\"discussionPoints\": [\n        \"The Chairman", "\"discussionPoints\": [\n        \" \",\n        \"The Chairman"),
        ("report with no author", "\"by\": [\n            \"A Officer - Head of Community Safety\"\n          ]", "\"by\": []"),
        ("person listed twice", "\"name\": \"Mrs E Absent\"", "\"name\": \"Cllr A Chair\""),
        ("unknown member", "\"venue\": \"Council Chamber, County Hall\",", "\"venue\": \"Council Chamber, County Hall\",\n  \"quorate\": true,"),
        ("other schema version", "\"schemaVersion\": 2", "\"schemaVersion\": 3"),
    ];

    [Fact]
    public void Meeting_BadDocuments_Messages()
    {
        var text = new StringBuilder();
        foreach (var (name, find, replace) in Cases)
        {
            Assert.Contains(find, Meeting);
            var exception = Assert.Throws<JsonException>(() => KentCspJson.DeserializeMeeting(MeetingJsonTest.ReplaceFirst(Meeting, find, replace)));
            Assert.StartsWith("$", exception.Path);
            Assert.StartsWith(exception.Path + ": ", exception.Message);
            Assert.DoesNotContain("KentCsp.", exception.Message);
            Assert.DoesNotContain("System.", exception.Message);
            text.Append(name).Append('\n').Append("  ").Append(exception.Message).Append('\n');
        }
        Snapshot.VerifyText(text.ToString());
    }

    [Fact]
    public void Cases_HaveUniqueNames()
    {
        Assert.Equal(Cases.Length, Cases.Select(c => c.Case).Distinct().Count());
    }
}
