using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using CsCheck;
using KentCsp.Domain.Interop;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Meetings;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Interop;

public class OParlExportTest
{
    private static readonly Uri Base = new("https://example.org/oparl/");

    private static Meeting July2017 => KentMeetings.Kcsp2017July19;

    [Fact]
    public void BuiltIn_TheJuly2017Meeting_EveryObjectIsValidOParlAndTheWholeMatchesSnapshot()
    {
        string json = OParlExport.ToJson(July2017, Base);
        var objects = Objects(JsonNode.Parse(json)!).ToList();
        Assert.Equal(
            ["AgendaItem", "Location", "Meeting", "Membership", "Organization", "Person"],
            objects.Select(each => each.Type).Distinct().OrderBy(type => type, StringComparer.Ordinal));
        Assert.All(objects, each => Assert.Empty(StandardSchemas.ValidateOParl(each.Type, each.Json.ToJsonString()).Select(error => $"{each.Path} {error}")));
        Snapshot.VerifyJson(json);
    }

    [Fact]
    public void Validation_AgendaItemWithoutItsRequiredOrder_Fails()
    {
        // AgendaItem.json requires "id", "type" and "order"; the object walk must find the embedded item and its schema refuse it.
        var document = JsonNode.Parse(OParlExport.ToJson(July2017, Base))!;
        document["meeting"]!["agendaItem"]![0]!.AsObject().Remove("order");
        var errors = Objects(document).SelectMany(each => StandardSchemas.ValidateOParl(each.Type, each.Json.ToJsonString())).ToList();
        Assert.Contains(errors, error => error.StartsWith(": required:", StringComparison.Ordinal) && error.Contains("order", StringComparison.Ordinal));
    }

    [Fact]
    public void BuiltIn_TheJuly2017Meeting_WritesEveryItemWithItsCodeOrderAndResolutions()
    {
        var document = JsonNode.Parse(OParlExport.ToJson(July2017, Base))!;
        var meeting = document["meeting"]!;
        Assert.Equal("https://example.org/oparl/meeting/360G-kentcsp-kcsp/2017-07-19", meeting["id"]!.GetValue<string>());
        Assert.Equal("Kent Community Safety Partnership, 2017-07-19", meeting["name"]!.GetValue<string>());
        Assert.Null(meeting["start"]);
        Assert.Null(meeting["end"]);
        Assert.Equal("Medway Room, Sessions House, County Hall, Maidstone", meeting["location"]!["description"]!.GetValue<string>());

        var items = meeting["agendaItem"]!.AsArray();
        Assert.Equal(July2017.Items.Select(item => item.Code), items.Select(item => item!["number"]!.GetValue<string>()));
        Assert.Equal(Enumerable.Range(1, 13), items.Select(item => item!["order"]!.GetValue<int>()));
        Assert.All(items, item => Assert.True(item!["public"]!.GetValue<bool>()));
        Assert.All(items, item => Assert.Null(item!["result"]));
        var b4 = items.Single(item => item!["number"]!.GetValue<string>() == "B4")!;
        Assert.Equal("https://example.org/oparl/meeting/360G-kentcsp-kcsp/2017-07-19/agendaItem/152", b4["id"]!.GetValue<string>());
        Assert.StartsWith("RESOLVED that:\na. the KCSP Members approve the content of the revised Terms of Reference", b4["resolutionText"]!.GetValue<string>());
        Assert.EndsWith("\ne. An annual review of the KCSP and the KCSP Working Group Terms of Reference to be included as an agenda item on both these groups at least once a year.", b4["resolutionText"]!.GetValue<string>());
    }

    [Fact]
    public void BuiltIn_TheJuly2017Meeting_WritesEachNamedAttendeeAndTheMembershipsTheMinutesShow()
    {
        var document = JsonNode.Parse(OParlExport.ToJson(July2017, Base))!;
        var people = document["person"]!.AsArray();
        Assert.Equal(19 + 4, people.Count);
        Assert.Equal(people.Select(person => person!["id"]!.GetValue<string>()), document["meeting"]!["participant"]!.AsArray().Select(url => url!.GetValue<string>()));

        var chairman = people[0]!;
        Assert.Equal("Mr P M Hill, OBE", chairman["name"]!.GetValue<string>());
        Assert.Equal("https://example.org/oparl/meeting/360G-kentcsp-kcsp/2017-07-19/person/Mr%20P%20M%20Hill%2C%20OBE", chairman["id"]!.GetValue<string>());
        var seat = chairman["membership"]![0]!;
        Assert.Equal("Chairman", seat["role"]!.GetValue<string>());
        Assert.Equal("https://example.org/oparl/organization/360G-kentcsp-kcsp", seat["organization"]!.GetValue<string>());
        Assert.Null(seat["onBehalfOf"]);

        var thomson = people.Single(person => person!["name"]!.GetValue<string>() == "Mr I Thomson")!["membership"]![0]!;
        Assert.Equal("https://example.org/oparl/organization/" + KentOrganisations.KentFireAndRescueService.Id, thomson["onBehalfOf"]!.GetValue<string>());

        var taylor = people.Single(person => person!["name"]!.GetValue<string>() == "Mrs A Taylor")!;
        Assert.Equal("Scrutiny Research Officer", taylor["status"]![0]!.GetValue<string>());
        Assert.Null(taylor["membership"]);
        var banks = people.Single(person => person!["name"]!.GetValue<string>() == "Mrs E Banks")!["membership"]![0]!;
        Assert.Equal("https://example.org/oparl/organization/" + KentOrganisations.KentPolice.Id, banks["organization"]!.GetValue<string>());

        var organisations = document["organization"]!.AsArray();
        Assert.Equal(
            ["Kent Community Safety Partnership", KentOrganisations.KentCountyCouncil.Name, KentOrganisations.PoliceAndCrimeCommissioner.Name, KentOrganisations.KentFireAndRescueService.Name, KentOrganisations.KentPolice.Name],
            organisations.Select(organisation => organisation!["name"]!.GetValue<string>()));
        Assert.Equal(19, organisations[0]!["membership"]!.AsArray().Count);
    }

    [Fact]
    public void Write_AnyMeeting_NoRestrictedItemTitleTextOrPaperAppearsAnywhere()
    {
        MeetingBuilders.Meetings.Select(Marked).Sample(meeting =>
        {
            string json = OParlExport.ToJson(meeting, Base);
            Assert.DoesNotContain("SECRET", json, StringComparison.Ordinal);
            Assert.DoesNotContain("PAPER", json, StringComparison.Ordinal);
            var items = JsonNode.Parse(json)!["meeting"]!["agendaItem"]?.AsArray() ?? [];
            Assert.Equal(meeting.Items.Where(item => item.Classification.IsPublic).Select(item => item.Code), items.Select(item => item!["number"]!.GetValue<string>()));
        }, iter: 500);
    }

    [Fact]
    public void Write_TheJuly2017MeetingWithItsDomesticHomicideAndCounterTerrorismItemsRestricted_LeavesThemOutByName()
    {
        // The minutes print every item as unrestricted business, and minute 152 says restricted papers exist without
        // listing one. Here D2 and D5 are restricted, and a restricted paper is added to B4, as they would be in a meeting
        // that had restricted business.
        var paper = new Report(["Head of Community Safety, KCC"], "Kent Community Safety Partnership", new LocalDate(2017, 7, 19),
            "Kent and Medway Information Sharing Agreement signatories", "The partners signed up to the agreement.", [], null,
            Classification.Restricted, KentSources.KcspMinutes2017July19);
        var items = July2017.Items.Select(item => item.Code switch
        {
            "D2" or "D5" => new AgendaItem(item.MinuteNumber, item.Code, item.Title, Classification.Restricted, item.DiscussionPoints, item.Resolutions, item.Reports, item.Source),
            "B4" => new AgendaItem(item.MinuteNumber, item.Code, item.Title, item.Classification, item.DiscussionPoints, item.Resolutions, [paper], item.Source),
            _ => item,
        });
        var restricted = new Meeting(July2017.BodyId, July2017.BodyName, July2017.Date, July2017.Venue, July2017.Attendance, items, July2017.Source);

        string json = OParlExport.ToJson(restricted, Base);

        string[] names = ["Elizabeth/2015", "Elizabeth%2F2015", "PREVENT", "Counter Terrorism", "Channel referrals", "threat levels", "/agendaItem/157", "/agendaItem/160", "Information Sharing Agreement signatories"];
        Assert.All(names, name => Assert.DoesNotContain(name, json, StringComparison.Ordinal));
        var numbers = JsonNode.Parse(json)!["meeting"]!["agendaItem"]!.AsArray().Select(item => item!["number"]!.GetValue<string>());
        Assert.Equal(["A3", "B1", "B2", "B3", "B4", "B5", "B6", "B7", "C1", "D3", "D4"], numbers);
        Assert.Contains("\"order\": 11", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"order\": 12", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("oparl/", "relative")]
    [InlineData("ftp://example.org/oparl/", "ftp")]
    [InlineData("file:///tmp/oparl/", "file")]
    [InlineData("https://example.org/oparl/?page=1", "query")]
    [InlineData("https://example.org/oparl/#top", "fragment")]
    [InlineData("https://user:secret@example.org/oparl/", "user information")]
    public void Write_BaseUrlNotAnAbsoluteHttpUrlWithAPathOnly_IsRefusedNamingTheParameterAndWritesNothing(string url, string what)
    {
        using var stream = new MemoryStream();
        var exception = Assert.Throws<ArgumentRefusedException>(() => OParlExport.Write(stream, July2017, new Uri(url, UriKind.RelativeOrAbsolute)));
        Assert.Equal("baseUrl", exception.ParamName);
        Assert.True(exception.Message.Contains("http or https", StringComparison.Ordinal) || exception.Message.Contains("query", StringComparison.Ordinal), what + ": " + exception.Message);
        Assert.Equal(0, stream.Length);
    }

    [Theory]
    [InlineData("http://example.org", "http://example.org/organization/360G-kentcsp-kcsp")]
    [InlineData("https://example.org/a/b", "https://example.org/a/b/organization/360G-kentcsp-kcsp")]
    [InlineData("https://example.org/a%20b/", "https://example.org/a%20b/organization/360G-kentcsp-kcsp")]
    public void Write_BaseUrl_GetsOneSlashBeforeThePaths(string url, string organisation)
    {
        var document = JsonNode.Parse(OParlExport.ToJson(July2017, new Uri(url)))!;
        Assert.Equal(organisation, document["organization"]![0]!["id"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("Mr P M Hill, OBE", "Mr%20P%20M%20Hill%2C%20OBE")]
    [InlineData("T/Supt T Cook", "T%2FSupt%20T%20Cook")]
    [InlineData("Ms é?#%", "Ms%20%C3%A9%3F%23%25")]
    [InlineData("a.b-c_d~e", "a.b-c_d~e")]
    [InlineData(".", "%2E")]
    [InlineData("..", "%2E%2E")]
    public void Segment_EscapesEverythingButTheUnreservedCharactersAndDotSegments(string text, string segment)
    {
        Assert.Equal(segment, OParlExport.Segment(text));
    }

    [Fact]
    public void Write_AttendeesOrganisationSharingAnIdentifierWithAnotherName_IsRefusedNamingTheAttendee()
    {
        var meeting = MeetingBuilders.WithRestrictedContent();
        var impostor = new Organisation(Builders.Id("police"), "Another Police");
        var attendance = new Attendance(meeting.Attendance.Present, [new Attendee("Mr F Guest", null, impostor)], []);
        var changed = new Meeting(meeting.BodyId, meeting.BodyName, meeting.Date, meeting.Venue, attendance, meeting.Items, meeting.Source);
        var exception = Assert.Throws<ArgumentRefusedException>(() => OParlExport.ToJson(changed, Base));
        Assert.Equal("meeting.attendance.inAttendance[0].organisation", exception.ParamName);
        Assert.Contains("OParl identifiers must differ", exception.Message);
    }

    [Fact]
    public void Write_MeetingWithRestrictedContent_IsValidOParlAndWritesOnlyItsPublicView()
    {
        var meeting = MeetingBuilders.WithRestrictedContent();
        string json = OParlExport.ToJson(meeting, Base);
        Assert.All(Objects(JsonNode.Parse(json)!), each => Assert.Empty(StandardSchemas.ValidateOParl(each.Type, each.Json.ToJsonString())));
        Assert.Equal(OParlExport.ToJson(meeting.PublicView(), Base), json);
        Assert.Contains("Anti-social behaviour & \\\"hot spots\\\" – update", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_StreamHasTheSameBytesAsTheText_WithoutAByteOrderMarkOrCarriageReturn()
    {
        using var stream = new MemoryStream();
        OParlExport.Write(stream, July2017, Base);
        byte[] bytes = stream.ToArray();
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.DoesNotContain((byte)'\r', bytes);
        Assert.Equal(OParlExport.ToJson(July2017, Base), System.Text.Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Write_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => OParlExport.Write(null!, July2017, Base));
        Assert.Throws<ArgumentNullException>(() => OParlExport.ToJson(null!, Base));
        Assert.Throws<ArgumentNullException>(() => OParlExport.ToJson(July2017, null!));
    }

    /// <summary>Every OParl object in an export (an object with a <c>type</c> under the OParl address), with its JSON path.</summary>
    internal static IEnumerable<(string Path, string Type, JsonObject Json)> Objects(JsonNode node, string path = "")
    {
        if (node is JsonObject obj)
        {
            if (obj["type"] is JsonValue type && type.TryGetValue(out string? url) && url.StartsWith(OParlExport.TypeBase, StringComparison.Ordinal))
            {
                yield return (path, url.Substring(OParlExport.TypeBase.Length), obj);
            }
            foreach (var (key, value) in obj)
            {
                if (value is not null)
                {
                    foreach (var found in Objects(value, path + "/" + key))
                    {
                        yield return found;
                    }
                }
            }
        }
        else if (node is JsonArray array)
        {
            for (int i = 0; i < array.Count; i++)
            {
                if (array[i] is { } element)
                {
                    foreach (var found in Objects(element, path + "/" + i))
                    {
                        yield return found;
                    }
                }
            }
        }
    }

    // The meeting with every restricted item's title, code, discussion and resolutions, and every restricted paper's
    // texts, replaced by marked ones ("SECRET…", "PAPER…"), so that the output can be searched for them.
    private static Meeting Marked(Meeting meeting)
    {
        int n = 0;
        string Secret() => $"SECRET{++n}";
        Report Paper(Report report) => new(
            [$"PAPER{++n} author"], $"PAPER{++n} to", report.Date, $"PAPER{++n} subject", $"PAPER{++n} summary", [$"PAPER{++n} recommendation"],
            $"PAPER{++n} classification", report.Classification, new SourceDocument($"PAPER{++n} source"));
        var items = meeting.Items.Select(item =>
        {
            var reports = item.Reports.Select(report => report.Classification.IsPublic ? report : Paper(report)).ToList();
            return item.Classification.IsPublic
                ? new AgendaItem(item.MinuteNumber, item.Code, item.Title, item.Classification, item.DiscussionPoints, item.Resolutions, reports, item.Source)
                : new AgendaItem(item.MinuteNumber, Secret(), Secret(), item.Classification, [Secret()], [new Resolution(Secret(), [new SubResolution('a', Secret())])], reports, new SourceDocument(Secret()));
        });
        return new Meeting(meeting.BodyId, meeting.BodyName, meeting.Date, meeting.Venue, meeting.Attendance, items.ToList(), meeting.Source);
    }
}
