using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using CsCheck;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Reviews;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Reviews;

/// <summary>The review case and review register documents: exact bytes, round trips, the closed set of members, and errors that name the field.</summary>
public class ReviewJsonTest
{
    private static ReviewCase NoReview() =>
        ReviewCase.Open(new ReviewCaseName("Sam", 2024), "dhr-sam-2024",
                new ReviewNotification("Kent Police", new LocalDate(2024, 3, 4), new ReviewCircumstances(false, PerpetratorRelationship.Relative, DeathCircumstance.ViolenceAbuseOrNeglect)))
            .Decide(new ReviewDecision(ReviewDecisionOutcome.NoReview, new LocalDate(2024, 3, 25), false, "The victim was under 16; referred for a child safeguarding practice review.")).Changed()
            .InformHomeOffice(new LocalDate(2024, 3, 27)).Changed();

    private static ReviewRegister SeveralCases() =>
        new(new OrganisationId("360G-example", "csp"), [ReviewBuilders.EveryMember(), NoReview(), ReviewBuilders.At(ReviewStep.GatheringAgencyInformation)]);

    [Fact]
    public void Serialize_Elizabeth2015_MatchesSnapshot()
    {
        Snapshot.VerifyJson(KentCspJson.Serialize(KentReviews.Elizabeth2015));
    }

    [Fact]
    public void Serialize_EveryMember_MatchesSnapshot()
    {
        Snapshot.VerifyJson(KentCspJson.Serialize(ReviewBuilders.EveryMember()));
    }

    [Fact]
    public void Serialize_ClosedWithoutReview_MatchesSnapshot()
    {
        Snapshot.VerifyJson(KentCspJson.Serialize(NoReview()));
    }

    [Fact]
    public void Serialize_KentRegister_MatchesSnapshot()
    {
        Snapshot.VerifyJson(KentCspJson.Serialize(KentReviews.Register));
    }

    [Fact]
    public void Serialize_StartsWithSchemaVersion()
    {
        Assert.StartsWith("{\n  \"schemaVersion\": 2,\n  \"kind\": \"review-case\",\n  \"name\": \"Elizabeth/2015\",\n  \"reference\": \"dhr-elizabeth-2015\",\n  \"step\": \"ReportCompleted\",\n", KentCspJson.Serialize(KentReviews.Elizabeth2015), StringComparison.Ordinal);
        Assert.StartsWith("{\n  \"schemaVersion\": 2,\n  \"kind\": \"reviews\",\n  \"partnershipId\": {", KentCspJson.Serialize(KentReviews.Register), StringComparison.Ordinal);
    }

    [Fact]
    public void RoundTrip_KnownCasesAndRegisters_AreEqualAndWriteTheSameBytes()
    {
        foreach (var @case in new[] { KentReviews.Elizabeth2015, ReviewBuilders.EveryMember(), NoReview(), ReviewBuilders.Open() })
        {
            string json = KentCspJson.Serialize(@case);
            var again = KentCspJson.DeserializeReviewCase(json);
            Assert.Equal(@case, again);
            Assert.Equal(json, KentCspJson.Serialize(again));
        }
        foreach (var register in new[] { KentReviews.Register, SeveralCases(), new ReviewRegister(KentData.KcspId, []) })
        {
            string json = KentCspJson.Serialize(register);
            Assert.Equal(register, KentCspJson.DeserializeReviewRegister(json));
        }
    }

    [Fact]
    public void RoundTrip_AnyCaseTheCommandsReach_IsEqual()
    {
        Gen.Select(ReviewStateMachinePropertyTest.Circumstances, ReviewStateMachinePropertyTest.Commands.Array[0, 250]).Sample((circumstances, commands) =>
        {
            var @case = ReviewCase.Open(new ReviewCaseName("Alex", 2024), "dhr-alex-2024", new ReviewNotification("Kent Police", new LocalDate(2024, 1, 15), circumstances));
            foreach (var command in commands)
            {
                @case = ReviewStateMachinePropertyTest.Apply(@case, command, @case.LastRecordedOn.PlusDays(command.Offset)).Case;
            }
            string json = KentCspJson.Serialize(@case);
            var again = KentCspJson.DeserializeReviewCase(json);
            Assert.Equal(@case, again);
            Assert.Equal(json, KentCspJson.Serialize(again));
            var register = new ReviewRegister(KentData.KcspId, [@case, KentReviews.Elizabeth2015]);
            Assert.Equal(register, KentCspJson.DeserializeReviewRegister(KentCspJson.Serialize(register)));
        }, iter: 400);
    }

    // Every member a review document may hold, as paths with array indices removed. A member for a real name, a date of
    // birth, an address or any other identifier of a person is not among them, and this list is the whole of the format.
    private static readonly string[] AllowedCaseMembers =
    [
        "name", "reference", "step",
        "notification", "notification.notifiedBy", "notification.notifiedOn",
        "notification.circumstances", "notification.circumstances.victimAgedSixteenOrOver", "notification.circumstances.relationship", "notification.circumstances.death",
        "decision", "decision.outcome", "decision.decidedOn", "decision.criteriaMet", "decision.reasons",
        "homeOfficeInformedOn", "chairAppointedOn", "panelConvenedOn",
        "agencyInformation", "agencyInformation[].agency", "agencyInformation[].kind", "agencyInformation[].requestedOn", "agencyInformation[].receivedOn",
        "reportCompletedOn", "signedOffOn",
        "qualityAssurance", "qualityAssurance[].submittedOn", "qualityAssurance[].outcome", "qualityAssurance[].outcomeOn", "qualityAssurance[].feedback",
        "publication", "publication.publishedOn", "publication.where",
        "actionPlanClosedOn", "sentToCommissionerOn",
    ];

    [Fact]
    public void Serialize_EveryMember_WritesExactlyTheAllowedMembers()
    {
        var written = MemberPaths(KentCspJson.Serialize(ReviewBuilders.EveryMember()));
        Assert.Equal(new[] { "schemaVersion", "kind" }.Concat(AllowedCaseMembers).OrderBy(path => path, StringComparer.Ordinal), written.OrderBy(path => path, StringComparer.Ordinal));
    }

    [Fact]
    public void Serialize_Register_WritesNoMemberBeyondTheAllowedOnes()
    {
        var allowed = new HashSet<string>(["schemaVersion", "kind", "partnershipId", "partnershipId.scheme", "partnershipId.identifier", "cases", .. AllowedCaseMembers.Select(member => "cases[]." + member)]);
        var written = MemberPaths(KentCspJson.Serialize(SeveralCases()));
        Assert.DoesNotContain(written, path => !allowed.Contains(path));
        Assert.Contains("cases[].publication.where", written);
    }

    [Theory]
    [InlineData("$", "\"reference\": \"kent-dhr-2019-03\",", "\"reference\": \"kent-dhr-2019-03\",\n  \"victimName\": \"x\",", "victimName")]
    [InlineData("$.notification.circumstances", "\"victimAgedSixteenOrOver\": true,", "\"victimAgedSixteenOrOver\": true,\n      \"dateOfBirth\": \"1980-01-01\",", "dateOfBirth")]
    [InlineData("$.notification", "\"notifiedBy\": \"Kent Police\",", "\"notifiedBy\": \"Kent Police\",\n    \"perpetratorName\": \"x\",", "perpetratorName")]
    [InlineData("$.agencyInformation[0]", "\"agency\": \"Kent Police\",", "\"agency\": \"Kent Police\",\n      \"familyContact\": \"x\",", "familyContact")]
    public void Deserialize_UnknownMember_IsRefusedNamingIt(string path, string find, string replace, string member)
    {
        string json = ReplaceFirst(KentCspJson.Serialize(ReviewBuilders.EveryMember()), find, replace);
        var exception = Assert.Throws<JsonException>(() => KentCspJson.DeserializeReviewCase(json));
        Assert.Equal(path + "." + member, exception.Path);
        Assert.StartsWith($"{path}.{member}: '{member}' is not a member of this object; unknown members are refused (line ", exception.Message);
    }

    private static readonly (string Case, string Find, string Replace)[] BadCases =
    [
        ("decision before the notification", "\"decidedOn\": \"2019-02-28\"", "\"decidedOn\": \"2019-01-30\""),
        ("victim under 16 flagged as meeting the criteria", "\"victimAgedSixteenOrOver\": true", "\"victimAgedSixteenOrOver\": false"),
        ("unknown step name", "\"step\": \"ActionPlanClosed\"", "\"step\": \"Closed\""),
        ("step the dates do not show", "\"step\": \"ActionPlanClosed\"", "\"step\": \"Published\""),
        ("step in lower case", "\"step\": \"ActionPlanClosed\"", "\"step\": \"actionPlanClosed\""),
        ("missing step", "  \"step\": \"ActionPlanClosed\",\n", ""),
        ("malformed name", "\"name\": \"Mary-Ann O'Neil/2019\"", "\"name\": \"Mary-Ann O'Neil 2019\""),
        ("name before 2011", "\"name\": \"Mary-Ann O'Neil/2019\"", "\"name\": \"Mary-Ann O'Neil/2009\""),
        ("unknown relationship", "\"relationship\": \"FormerIntimatePartner\"", "\"relationship\": \"Neighbour\""),
        ("no reasons for reviewing a case that does not meet the criteria", "\"criteriaMet\": true,\n    \"reasons\": \"Former partner; the criteria are met.\"", "\"criteriaMet\": false"),
        ("decision not to review followed by a chair", "\"outcome\": \"Review\",", "\"outcome\": \"NoReview\","),
        ("information received before it was requested", "\"receivedOn\": \"2019-06-17\"", "\"receivedOn\": \"2019-05-19\""),
        ("report completed with information outstanding", "      \"requestedOn\": \"2019-05-20\",\n      \"receivedOn\": \"2019-06-17\"", "      \"requestedOn\": \"2019-05-20\""),
        ("published without approval", "\"outcome\": \"Approved\"", "\"outcome\": \"ResubmissionRequested\""),
        ("resubmission without feedback", "\"outcomeOn\": \"2020-04-22\",\n      \"feedback\": \"Say more about the family's contact with services.\"", "\"outcomeOn\": \"2020-04-22\""),
        ("chair appointed before the Home Office was informed", "\"chairAppointedOn\": \"2019-04-01\"", "\"chairAppointedOn\": \"2019-03-01\""),
        ("blank agency", "\"agency\": \"Kent Police\"", "\"agency\": \" \""),
        ("date not ISO", "\"notifiedOn\": \"2019-01-31\"", "\"notifiedOn\": \"31/01/2019\""),
        ("null list element", "\"agencyInformation\": [", "\"agencyInformation\": [\n    null,"),
        ("other schema version", "\"schemaVersion\": 2", "\"schemaVersion\": 3"),
    ];

    [Fact]
    public void DeserializeReviewCase_BadDocuments_MessagesNameTheField()
    {
        string good = KentCspJson.Serialize(ReviewBuilders.EveryMember());
        var text = new StringBuilder();
        foreach (var (name, find, replace) in BadCases)
        {
            Assert.Contains(find, good);
            var exception = Assert.Throws<JsonException>(() => KentCspJson.DeserializeReviewCase(ReplaceFirst(good, find, replace)));
            Assert.StartsWith("$", exception.Path);
            Assert.StartsWith(exception.Path + ": ", exception.Message);
            text.Append(name).Append('\n').Append("  ").Append(exception.Message).Append('\n');
        }
        Snapshot.VerifyText(text.ToString());
    }

    [Fact]
    public void DeserializeReviewRegister_RepeatedCase_NamesIt()
    {
        var register = new ReviewRegister(KentData.KcspId, [KentReviews.Elizabeth2015]);
        string json = KentCspJson.Serialize(register);
        string doubled = json.Replace("\"cases\": [\n    {", "\"cases\": [\n    " + CaseObject(json) + ",\n    {");
        var exception = Assert.Throws<JsonException>(() => KentCspJson.DeserializeReviewRegister(doubled));
        Assert.Equal("$.cases[1].name", exception.Path);
        Assert.Equal("$.cases[1].name: cases[1].name repeats 'Elizabeth/2015', already used by cases[0].", exception.Message);
    }

    [Fact]
    public void DeserializeReviewRegister_BadCase_NamesThePathInsideTheCase()
    {
        string json = KentCspJson.Serialize(KentReviews.Register).Replace("\"step\": \"ReportCompleted\"", "\"step\": \"Reported\"");
        var exception = Assert.Throws<JsonException>(() => KentCspJson.DeserializeReviewRegister(json));
        Assert.Equal("$.cases[0].step", exception.Path);
        Assert.Contains("\"Reported\" is not a ReviewStep; expected one of: Notified, Decided, HomeOfficeInformed", exception.Message);
    }

    [Fact]
    public void Deserialize_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => KentCspJson.DeserializeReviewCase((string)null!));
        Assert.Throws<ArgumentNullException>(() => KentCspJson.DeserializeReviewRegister((string)null!));
        Assert.Throws<ArgumentNullException>(() => KentCspJson.Serialize((ReviewCase)null!));
        Assert.Throws<ArgumentNullException>(() => KentCspJson.Serialize((ReviewRegister)null!));
        Assert.Equal("$: expected a review case document (a JSON object), but found null.", Assert.Throws<JsonException>(() => KentCspJson.DeserializeReviewCase("null")).Message);
    }

    private static string CaseObject(string registerJson)
    {
        int start = registerJson.IndexOf("\"cases\": [\n    {", StringComparison.Ordinal) + "\"cases\": [\n    ".Length;
        int end = registerJson.LastIndexOf("\n    }", StringComparison.Ordinal) + "\n    }".Length;
        return registerJson.Substring(start, end - start);
    }

    private static List<string> MemberPaths(string json)
    {
        var paths = new List<string>();
        using var document = JsonDocument.Parse(json);
        Walk(document.RootElement, "", paths);
        return paths.Distinct().ToList();
    }

    private static void Walk(JsonElement element, string path, List<string> paths)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    string child = path.Length == 0 ? property.Name : path + "." + property.Name;
                    paths.Add(child);
                    Walk(property.Value, child, paths);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, path + "[]", paths);
                }
                break;
        }
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        int index = text.IndexOf(find, StringComparison.Ordinal);
        return text.Substring(0, index) + replace + text.Substring(index + find.Length);
    }
}
