using System.Collections.Generic;
using System.Linq;
using CsCheck;
using KentCsp.Domain.Meetings;
using KentCsp.Domain.Partnership;
using NodaTime;

namespace KentCsp.Domain.Tests.TestSupport;

/// <summary>Meetings for tests: a hand-made meeting with restricted content, and random valid meetings for property tests.</summary>
internal static class MeetingBuilders
{
    public static SourceDocument Minutes { get; } = new("Testshire Community Safety Partnership minutes", new LocalDate(2024, 3, 14));

    public static Report Report(string subject, Classification classification, params string[] recommendations) =>
        new(["A Officer - Head of Community Safety"], "Testshire Community Safety Partnership", new LocalDate(2024, 3, 14), subject,
            $"This report is about {subject}.", recommendations, "For Decision", classification, new SourceDocument(subject, new LocalDate(2024, 3, 14)));

    public static AgendaItem Item(int minute, string code, Classification classification, params Report[] reports) =>
        new(minute, code, $"Item {code}", classification, [$"Discussion of item {code}."], [new Resolution($"RESOLVED that item {code} be noted.")], reports, Minutes.At($"minute {minute}"));

    /// <summary>
    /// A meeting with every kind of content the public view must handle: an unrestricted item with an unrestricted
    /// report and a restricted appendix, a restricted item with its own report, an unrestricted item with lettered
    /// resolutions and no discussion, and a restricted item recorded only as a summary.
    /// </summary>
    public static Meeting WithRestrictedContent()
    {
        var council = new Organisation(Builders.Id("council"), "Testshire County Council", ResponsibleAuthorityKind.CountyCouncil);
        var police = new Organisation(Builders.Id("police"), "Testshire Police", ResponsibleAuthorityKind.ChiefOfficerOfPolice);
        var attendance = new Attendance(
            [new Attendee("Cllr A Chair", "Chairman", council), new Attendee("Ch Supt B Officer", null, police), new Attendee("Mr C Member")],
            [new Attendee("Ms D Clerk", "Democratic Services Officer")],
            [new Attendee("Mrs E Absent")]);
        AgendaItem[] items =
        [
            new(10, "A1", "Anti-social behaviour & \"hot spots\" – update", Classification.Unrestricted,
                ["The Chairman introduced the report.", "Members asked about Margate."],
                [new Resolution("RESOLVED that the update be noted.")],
                [
                    Report("Anti-social behaviour update", Classification.Unrestricted, "Note the update."),
                    Report("Anti-social behaviour: named premises (appendix)", Classification.Restricted),
                ],
                Minutes.At("minute 10")),
            new(11, "B1", "Domestic Homicide Review Briefing for Case A/2023", Classification.Restricted,
                ["The panel's findings were presented."],
                [new Resolution("RESOLVED that the briefing be noted.")],
                [Report("DHR briefing for Case A/2023", Classification.Restricted, "Note the briefing.")],
                Minutes.At("minute 11")),
            new(13, "B2", "Terms of Reference", Classification.Unrestricted,
                [],
                [new Resolution("RESOLVED that:", [new SubResolution('a', "the Terms of Reference be approved;"), new SubResolution('b', "they be reviewed annually.")])],
                [],
                Minutes.At("minute 13")),
            new(14, "C1", "Counter Terrorism Update", Classification.Restricted,
                ["Members were updated on the current threat level."],
                [],
                [],
                Minutes.At("minute 14")),
        ];
        return new Meeting(Builders.Id("csp"), "Testshire Community Safety Partnership", new LocalDate(2024, 3, 14), "Council Chamber, County Hall", attendance, items, Minutes);
    }

    // Random valid meetings: any mix of restricted and unrestricted items and reports, text with quotes,
    // back-slashes, control characters and non-ASCII letters, minute numbers increasing with gaps.

    private static readonly Gen<string> Text =
        Gen.String[Gen.Char["abc XYZ'\"\\/&<>–£é\t\u0001\u00a0"], 1, 24].Where(text => !string.IsNullOrWhiteSpace(text));

    private static readonly Gen<LocalDate> Date =
        Gen.Int[0, 100 * 365].Select(days => new LocalDate(1970, 1, 1).PlusDays(days));

    private static readonly Gen<Classification> AnyClassification = Gen.Int[0, Classification.All.Count - 1].Select(i => Classification.All[i]);

    private static readonly Gen<SourceDocument> Source =
        Gen.Select(Text, Gen.Bool, Date, Gen.Bool, Text, (title, dated, date, located, locator) => new SourceDocument(title, dated ? date : null, located ? locator : null));

    private static readonly Gen<Report> Reports =
        Gen.Select(Text.Array[1, 3], Text, Date, Gen.Select(Text, Text), Text.Array[0, 3], Gen.Bool, AnyClassification, Source,
            (by, to, date, subjectAndSummary, recommendations, hasText, classification, source) =>
                new Report(by, to, date, subjectAndSummary.Item1, subjectAndSummary.Item2, recommendations, hasText ? "For Information" : null, classification, source));

    private static readonly Gen<Resolution> Resolutions =
        Gen.Select(Text, Text.Array[0, 4], (text, parts) => new Resolution(text, parts.Select((part, i) => new SubResolution((char)('a' + i), part))));

    private static readonly Gen<(int Gap, AgendaItem Item)> Items =
        Gen.Select(Gen.Int[1, 5], Text, AnyClassification, Text.Array[0, 3], Resolutions.Array[0, 2], Reports.Array[0, 3], Source,
            (gap, title, classification, discussion, resolutions, reports, source) =>
                (gap, new AgendaItem(1, "x", title, classification, discussion, resolutions, reports, source)));

    private static readonly Gen<Attendee> Attendees =
        Gen.Select(Text, Gen.Bool, Text, Gen.Bool, (name, hasPost, post, represents) =>
            new Attendee(name, hasPost ? post : null, represents ? new Organisation(Builders.Id("org"), "Organisation", ResponsibleAuthorityKind.HealthBody) : null));

    public static readonly Gen<Meeting> Meetings =
        Gen.Select(Gen.Select(Text, Date, Text, Gen.Int[1, 500]), Attendees.Array[0, 6], Items.Array[0, 8], Source,
            (head, people, items, source) =>
            {
                // Names are unique within an attendance record, and minute numbers increase: number them.
                var named = people.Select((person, i) => new Attendee($"{i}. {person.Name}", person.Post, person.Organisation)).ToArray();
                var attendance = new Attendance(named.Where((_, i) => i % 3 == 0), named.Where((_, i) => i % 3 == 1), named.Where((_, i) => i % 3 == 2));
                int minute = head.Item4;
                var numbered = new List<AgendaItem>(items.Length);
                for (int i = 0; i < items.Length; i++)
                {
                    minute += items[i].Gap;
                    var item = items[i].Item;
                    numbered.Add(new AgendaItem(minute, $"{(char)('A' + (i % 3))}{i + 1}", item.Title, item.Classification, item.DiscussionPoints, item.Resolutions, item.Reports, item.Source));
                }
                return new Meeting(Builders.Id("body"), head.Item1, head.Item2, head.Item3, attendance, numbered, source);
            });
}
