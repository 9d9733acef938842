using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using CsCheck;
using KentCsp.Domain.ActionPlans;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.ActionPlans;

public class ActionPlanJsonTest
{
    private static readonly string EveryMemberJson = KentCspJson.Serialize(ActionPlanBuilders.EveryMember());

    [Fact]
    public void Serialize_KentIllustration2017To18_MatchesSnapshot()
    {
        Snapshot.VerifyJson(KentCspJson.Serialize(KentActionPlans.Illustration2017To18));
    }

    [Fact]
    public void Serialize_EveryMember_MatchesSnapshot()
    {
        Snapshot.VerifyJson(EveryMemberJson);
    }

    [Fact]
    public void RoundTrip_KentAndEveryMember_AreEqual()
    {
        foreach (var plan in new[] { KentActionPlans.Illustration2017To18, ActionPlanBuilders.EveryMember() })
        {
            string json = KentCspJson.Serialize(plan);
            var read = KentCspJson.DeserializeActionPlan(json);
            Assert.Equal(plan, read);
            Assert.Equal(json, KentCspJson.Serialize(read));
        }
    }

    [Fact]
    public void Serialize_NotAnIllustration_LeavesTheFlagOut()
    {
        var plan = ActionPlanBuilders.EveryMember().WithIllustration(false);
        Assert.DoesNotContain("illustration", KentCspJson.Serialize(plan));
        Assert.StartsWith("{\n  \"schemaVersion\": 2,\n  \"kind\": \"plan\",\n", KentCspJson.Serialize(plan));
    }

    private static readonly (string Case, string Find, string Replace)[] Cases =
    [
        ("duplicate action id", "\"id\": \"domestic-homicide-reviews\"", "\"id\": \"conference-2017\""),
        ("action for a priority the plan has no aim for", "\"priorityId\": \"domestic-abuse\",\n      \"description\"", "\"priorityId\": \"road-safety-2\",\n      \"description\""),
        ("due before start", "\"dueOn\": \"2017-11-07\",\n      \"milestones\"", "\"dueOn\": \"2017-03-07\",\n      \"milestones\""),
        ("status history going back in time", "\"on\": \"2017-05-02\"", "\"on\": \"2017-03-02\""),
        ("empty status history", "\"statusHistory\": [\n        {\n          \"on\": \"2017-04-01\",\n          \"status\": \"NotStarted\"\n        },\n        {\n          \"on\": \"2017-05-02\",\n          \"status\": \"InProgress\"\n        }\n      ]", "\"statusHistory\": []"),
        ("status change the table does not allow", "\"status\": \"NotStarted\"", "\"status\": \"Complete\""),
        ("unknown status", "\"status\": \"InProgress\"", "\"status\": \"Started\""),
        ("progress over 100", "\"progressPercent\": 75", "\"progressPercent\": 175"),
        ("review of an unknown action", "\"actionId\": \"conference-2017\",\n          \"note\": \"Programme", "\"actionId\": \"conference-2016\",\n          \"note\": \"Programme"),
        ("reviews out of order", "\"heldOn\": \"2017-10-10\"", "\"heldOn\": \"2017-07-01\""),
        ("malformed theme id", "\"quality-of-life\"", "\"Quality of life\""),
        ("repeated funded project", "\"bidId\": \"online-safety-workshops\"\n        }", "\"bidId\": \"online-safety-workshops\"\n        },\n        {\n          \"roundId\": \"kcsp-2017-18\",\n          \"bidId\": \"online-safety-workshops\"\n        }"),
        ("unknown refresh outcome", "\"outcome\": \"Dropped\"", "\"outcome\": \"Deleted\""),
        ("malformed year", "\"year\": \"2017/18\"", "\"year\": \"2017\""),
        ("missing member", "      \"measure\": \"DHR Steering Group reports to the partnership\",\n", ""),
        ("unknown member", "\"aim\": \"Reduce the harm caused by domestic abuse\",", "\"aim\": \"Reduce the harm caused by domestic abuse\",\n      \"owner\": \"x\","),
        ("null action", "\"actions\": [", "\"actions\": [\n    null,"),
        ("other schema version", "\"schemaVersion\": 2", "\"schemaVersion\": 3"),
    ];

    [Fact]
    public void ActionPlan_BadDocuments_Messages()
    {
        var text = new StringBuilder();
        foreach (var (name, find, replace) in Cases)
        {
            Assert.True(EveryMemberJson.Contains(find), $"{name}: '{find}' not found");
            var exception = Assert.Throws<JsonException>(() => KentCspJson.DeserializeActionPlan(ReplaceFirst(EveryMemberJson, find, replace)));
            Assert.StartsWith("$", exception.Path);
            Assert.StartsWith(exception.Path + ": ", exception.Message);
            text.Append(name).Append('\n').Append("  ").Append(exception.Message).Append('\n');
        }
        Snapshot.VerifyText(text.ToString());
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        int index = text.IndexOf(find, StringComparison.Ordinal);
        return text.Substring(0, index) + replace + text.Substring(index + find.Length);
    }

    // Random plans: any text, dates, reviews and refresh records; statuses that walk the table of status changes.
    private static readonly Gen<string> Text =
        Gen.String[Gen.Char["abc XYZ'\"\\/&<>–£é\t\u0001\u00a0"], 1, 16].Where(text => !string.IsNullOrWhiteSpace(text));

    private static readonly string[] Priorities = ["domestic-abuse", "road-safety", "substance-misuse"];

    private static Gen<T> Element<T>(IReadOnlyList<T> items) => Gen.Int[0, items.Count - 1].Select(i => items[i]);

    private static readonly LocalDate Epoch = new(2017, 4, 1);

    private static readonly Gen<Func<int, PlanAction>> Actions =
        Gen.Select(Text, Element(Priorities), Gen.Int[0, 200], Gen.Int[-1, 300], Gen.Int[0, 30].Array[1, 4], Element(ActionStatus.All).Array[4], Text.Array[0, 3], Gen.Bool,
            (text, priority, start, due, gaps, statuses, partners, linked) => new Func<int, PlanAction>(i =>
            {
                var startOn = Epoch.PlusDays(start);
                var on = startOn.PlusDays(-5);
                var history = new List<StatusChange>();
                for (int k = 0; k < gaps.Length; k++)
                {
                    var status = statuses[k];
                    if (k > 0)
                    {
                        var next = history[k - 1].Status.NextStatuses;
                        if (next.Count == 0)
                        {
                            break;
                        }
                        status = next[status.Value % next.Count];
                    }
                    on = on.PlusDays(gaps[k]);
                    history.Add(new StatusChange(on, status));
                }
                return new PlanAction(
                    $"action-{i}", priority, text, text + " lead", partners, text + " measure", startOn,
                    due < 0 ? null : startOn.PlusDays(due),
                    partners.Select((partner, k) => new ActionMilestone(partner, startOn.PlusDays(k * 7))),
                    history,
                    linked ? ["early-intervention", "quality-of-life"] : [],
                    linked ? [new FundedProjectLink("kcsp-2017-18", $"bid-{i}")] : []);
            }));

    private static readonly Gen<ActionPlan> Plans =
        Gen.Select(Actions.Array[0, 5], Gen.Int[1, 60].Array[0, 3], Gen.Int[0, 100], Element(ActionStatus.All), Gen.Bool, Gen.Bool, Text, Gen.Int[2000, 2030],
            (makers, reviewGaps, progress, status, illustrated, refreshed, text, year) =>
            {
                var actions = makers.Select((make, i) => make(i)).ToArray();
                var plan = new ActionPlan(
                    new OrganisationId("360G-prop", "csp"), text, new FinancialYear(year),
                    Priorities.Select(id => new PriorityPlan(id, text, [text, text])), actions, new SourceDocument(text, Epoch, "appendix 1"));
                var heldOn = Epoch.PlusDays(400);
                var reviews = new List<WorkingGroupReview>();
                foreach (int gap in reviewGaps)
                {
                    heldOn = heldOn.PlusDays(gap);
                    reviews.Add(new WorkingGroupReview(heldOn, actions.Take(gap % 4).Select(action => new ActionUpdate(action.Id, text, (progress + gap) % 101, gap % 2 == 0 ? status : null))));
                }
                plan = plan.WithReviews(reviews).WithIllustration(illustrated);
                return refreshed
                    ? plan.WithRefresh(new PlanRefresh(new FinancialYear(year - 1), actions.Select(action => new RefreshEntry(action.Id, action.Description, RefreshOutcome.CarriedForward, action.Status, text))))
                    : plan;
            });

    [Fact]
    public void RandomPlans_RoundTripThroughJson()
    {
        Plans.Sample(plan =>
        {
            string json = KentCspJson.Serialize(plan);
            var read = KentCspJson.DeserializeActionPlan(json);
            Assert.Equal(plan, read);
            Assert.Equal(json, KentCspJson.Serialize(read));
        }, iter: 1_000);
    }
}
