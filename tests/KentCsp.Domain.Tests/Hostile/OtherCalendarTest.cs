using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using KentCsp.Domain.ActionPlans;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Indicators;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Meetings;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Reviews;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Hostile;

/// <summary>
/// Dates in a calendar other than ISO (here the Julian calendar): every public constructor and method of the library
/// that takes a date refuses one with an <see cref="ArgumentRefusedException"/> naming the parameter, before it
/// compares or stores it; never NodaTime's "Only values in the same calendar can be compared".
/// </summary>
/// <remarks>
/// The reflection test finds every public constructor and method of the library's public types with a
/// <see cref="LocalDate"/>, nullable <see cref="LocalDate"/> or <see cref="DateInterval"/> parameter. For each such
/// parameter it first finds arguments the member accepts with an ISO date there (receivers and other arguments from the
/// argument pool of <see cref="PublicRulesHostileTest"/>, simplest first; another date is null where it may be), then
/// calls the member with the same day in the Julian calendar in that parameter only.
/// </remarks>
public class OtherCalendarTest
{
    private static readonly Assembly Library = typeof(Money).Assembly;

    private static readonly LocalDate Julian = new(2017, 7, 19, CalendarSystem.Julian);

    /// <summary>ISO dates tried for a date parameter, until the member accepts one.</summary>
    private static readonly LocalDate[] IsoDates =
    [
        new(2017, 7, 19), new(2020, 1, 1), new(2010, 1, 1), new(2025, 6, 30), new(2000, 1, 1), SupportedDates.Latest,
    ];

    private static readonly DateInterval[] IsoIntervals =
    [
        new(new LocalDate(2017, 4, 1), new LocalDate(2018, 3, 31)), new(new LocalDate(2017, 7, 19), new LocalDate(2017, 7, 19)),
        new(new LocalDate(2010, 1, 1), new LocalDate(2020, 12, 31)),
    ];

    /// <summary>
    /// Members that take a date and answer rather than refuse: <see cref="SupportedDates.Contains"/> is the question
    /// "is this a supported date?", and answers false for a date in another calendar.
    /// </summary>
    private static readonly HashSet<string> Answering = new(StringComparer.Ordinal) { "SupportedDates.Contains" };

    /// <summary>The members named when the ISO calendar was first required, which the reflection must find.</summary>
    private static readonly string[] Known =
    [
        "AgreementHistory.InForceOn", "ResponsibleAuthorityKind.IsInForceOn", "ResponsibleAuthorityKind.DesignationOn", "ResponsibleAuthorityKind.InForceOn",
        "PartnershipRecord.MembersOn", "FinancialYear.Contains", "ReportingPeriod.Contains", "ReviewPolicy.TimetableOn", "ReviewCase.AsAt", "ReviewCase.SignOff",
        "PlanAction.StatusOn", "Allocation..ctor", "ReviewCase..ctor", "FundingRound..ctor", "PartnershipCompliance.Check", "Membership.WithTerm",
    ];

    [Fact]
    public void Check_JulianDate_IsRefusedSayingTheLibrarysDatesAreIso()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => SupportedDates.Check(Julian, "asAt"));

        Assert.Equal("asAt", exception.ParamName);
        Assert.Equal(
            "(2017-07-19 in the Julian calendar) is not in the ISO calendar, which every date of this library is in; "
            + "convert it with date.WithCalendar(CalendarSystem.Iso).",
            exception.Reason);
    }

    [Fact]
    public void Contains_JulianDateOfASupportedDay_IsFalse()
    {
        Assert.False(SupportedDates.Contains(Julian));
        Assert.True(SupportedDates.Contains(Julian.WithCalendar(CalendarSystem.Iso)));
    }

    [Fact]
    public void InForceOn_AgreementHistory_JulianDate_IsRefusedNamingTheDate() =>
        AssertRefused("date", () => KentData.CommunitySafetyAgreements.InForceOn(Julian));

    [Fact]
    public void IsInForceOn_ResponsibleAuthorityKind_JulianDate_IsRefusedNamingTheDate() =>
        AssertRefused("date", () => ResponsibleAuthorityKind.ProbationProvider.IsInForceOn(Julian));

    [Fact]
    public void DesignationOn_ResponsibleAuthorityKind_JulianDate_IsRefusedNamingTheDate() =>
        AssertRefused("date", () => ResponsibleAuthorityKind.ProbationProvider.DesignationOn(Julian));

    [Fact]
    public void InForceOn_ResponsibleAuthorityKinds_JulianDate_IsRefusedNamingTheDate() =>
        AssertRefused("date", () => ResponsibleAuthorityKind.InForceOn(Julian));

    [Fact]
    public void MembersOn_PartnershipRecord_JulianDate_IsRefusedNamingTheDate() =>
        AssertRefused("date", () => KentData.PartnershipRecord.MembersOn(Julian));

    [Fact]
    public void Contains_FinancialYear_JulianDate_IsRefusedNamingTheDate() =>
        AssertRefused("date", () => new FinancialYear(2017).Contains(Julian));

    [Fact]
    public void Contains_ReportingPeriod_JulianDate_IsRefusedNamingTheDate() =>
        AssertRefused("date", () => ReportingPeriod.ForMonth(2017, 7).Contains(Julian));

    [Fact]
    public void TimetableOn_ReviewPolicy_JulianDate_IsRefusedNamingTheDate() =>
        AssertRefused("notifiedOn", () => ReviewPolicy.Default.TimetableOn(Julian));

    [Fact]
    public void AsAt_ReviewCase_JulianDate_IsRefusedNamingTheDate() =>
        AssertRefused("date", () => KentReviews.Elizabeth2015.AsAt(Julian));

    [Fact]
    public void SignOff_ReviewCase_JulianDate_IsRefusedNamingTheDate() =>
        AssertRefused("on", () => KentReviews.Elizabeth2015.SignOff(Julian));

    [Fact]
    public void StatusOn_PlanAction_JulianDate_IsRefusedNamingTheDate() =>
        AssertRefused("date", () => KentActionPlans.Illustration2017To18.Actions[0].StatusOn(Julian));

    [Fact]
    public void Constructor_JulianDateStored_IsRefusedBeforeItEntersTheModel() =>
        AssertRefused("on", () => new StatusChange(Julian, ActionStatus.InProgress));

    [Fact]
    public void Constructor_PartnershipRecordWithAJulianMeetingDate_IsRefusedNamingTheElement()
    {
        var record = KentData.PartnershipRecord;
        AssertRefused("meetingDates[1]", () => new PartnershipRecord(record.Partnership, record.Area, record.TermsOfReference,
            [new LocalDate(2017, 7, 19), Julian], record.InformationSharingSignatories, record.LocalPolicingBodies));
    }

    [Fact]
    public void EveryPublicMemberTakingADate_JulianDate_RefusesThatParameterNamingIt()
    {
        var pool = new PublicRulesHostileTest.ObjectPool();
        foreach (var (_, value) in KentBuiltIns.All)
        {
            pool.AddDocument(value);
        }
        // Objects no built-in document holds: a round with monitoring returns, a reporting period, a rating, a converter,
        // the 360Giving export's options.
        pool.AddDocument(new RoundBuilder().WithGrant(10_000m).WithFundedProject("a", 1_000m).WithAllocation("a-1", "a", 1_000m, RoundBuilder.On(6, 1))
            .WithMonitoringReturn("a-1", RoundBuilder.On(6, 1), RoundBuilder.On(9, 1), RoundBuilder.On(8, 1)).Build());
        pool.AddDocument(ReportingPeriod.ForMonth(2017, 7));
        pool.AddDocument(new RagRating(RagStatus.Green, 50, null, null, "On track."));
        pool.AddDocument(new LocalDateJsonConverter());
        // Builders, whose date setters refuse another calendar as they are called.
        pool.AddDocument(new BidBuilder());
        pool.AddDocument(new FundingRoundBuilder());
        pool.AddDocument(new MeetingBuilder());
        pool.AddDocument(new ReviewCaseBuilder());
        pool.AddDocument(KentThreeSixtyGiving.Options(new LocalDate(2017, 3, 15)));
        pool.AddStatics();

        var members = Select();
        var missing = Known.Where(name => !members.Any(member => Name(member) == name)).ToList();
        Assert.True(missing.Count == 0, "the selection misses: " + string.Join(", ", missing));

        var failures = new List<string>();
        int calls = 0;
        foreach (var member in members.Where(member => !Answering.Contains(Name(member))))
        {
            var parameters = member.GetParameters();
            for (int index = 0; index < parameters.Length; index++)
            {
                if (!PublicRulesHostileTest.IsDate(parameters[index].ParameterType))
                {
                    continue;
                }
                string? failure = Check(member, index, pool);
                calls++;
                if (failure is not null)
                {
                    failures.Add($"{Name(member)}({parameters[index].Name}): {failure}");
                }
            }
        }
        Assert.True(calls > 60, $"only {calls} date parameters found");
        Assert.True(failures.Count == 0, $"{failures.Count} of {calls} date parameters:\n" + string.Join("\n", failures));
    }

    /// <summary>Every public constructor and method of a public type of the library with a date parameter, in a fixed order.</summary>
    private static List<MethodBase> Select() =>
        Library.GetExportedTypes()
            .Where(type => !type.ContainsGenericParameters)
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly).Cast<MethodBase>()
                .Concat(type.IsAbstract ? [] : type.GetConstructors()))
            .Where(member => !member.ContainsGenericParameters
                && member.GetParameters().Any(parameter => PublicRulesHostileTest.IsDate(parameter.ParameterType)))
            .OrderBy(Name, StringComparer.Ordinal)
            .ToList();

    private static string Name(MethodBase member) => member.DeclaringType!.Name + "." + member.Name;

    /// <summary>
    /// Finds arguments <paramref name="member"/> accepts with an ISO date in parameter <paramref name="index"/>, then
    /// calls it with that day in the Julian calendar; null if it refused that parameter, else what went wrong.
    /// </summary>
    private static string? Check(MethodBase member, int index, PublicRulesHostileTest.ObjectPool pool)
    {
        // A constructor is tried first with the members of objects it made (a review case with its decision), then with
        // the simplest arguments.
        var templates = member is ConstructorInfo ? pool.Of(member.DeclaringType!).Take(6).Append(null).ToList() : [null];
        string? failure = null;
        foreach (var template in templates)
        {
            failure = Check(member, index, pool, template);
            if (failure is null)
            {
                return null;
            }
        }
        return failure;
    }

    private static string? Check(MethodBase member, int index, PublicRulesHostileTest.ObjectPool pool, object? template)
    {
        var parameters = member.GetParameters();
        // Position 0 is the receiver; each other position holds the candidates for its parameter, simplest first.
        var lists = new List<object?>[parameters.Length + 1];
        lists[0] = member.IsStatic || member is ConstructorInfo ? [null] : pool.Of(member.DeclaringType!).Cast<object?>().ToList();
        if (lists[0].Count == 0)
        {
            return $"no instance of {member.DeclaringType!.Name} to call it on";
        }
        for (int i = 0; i < parameters.Length; i++)
        {
            lists[i + 1] = Simplest(parameters[i], i == index, pool);
            if (template?.GetType().GetProperty(char.ToUpperInvariant(parameters[i].Name![0]) + parameters[i].Name!.Substring(1)) is { } property
                && property.GetValue(template) is var value && (value is null ? i != index && lists[i + 1].Count > 0 && lists[i + 1][0] is null : parameters[i].ParameterType.IsInstanceOfType(value)))
            {
                lists[i + 1].Insert(0, value);
            }
            if (lists[i + 1].Count == 0)
            {
                return $"no argument for {parameters[i].Name}";
            }
        }

        // Coordinate search: start with every first candidate; when the call refuses a parameter (or fails on the
        // receiver), move that one on to its next candidate.
        var at = new int[lists.Length];
        string lastFailure = "";
        for (int attempt = 0; attempt < 200; attempt++)
        {
            var arguments = Enumerable.Range(0, lists.Length).Select(i => lists[i][at[i]]).ToArray();
            var outcome = Invoke(member, arguments);
            // A rule about the tested date itself (set only with an outcome, or after another date) that no candidate
            // meets: the date is still checked first, so the Julian day must be refused for its calendar.
            bool ruleOnTheDate = outcome is ArgumentException { ParamName: { } named } && named == parameters[index].Name && at[index + 1] + 1 >= lists[index + 1].Count;
            if (outcome is null || ruleOnTheDate)
            {
                arguments[index + 1] = ToJulian(arguments[index + 1]!);
                var refusal = Invoke(member, arguments);
                string expected = parameters[index].Name!;
                if (refusal is ArgumentRefusedException refused && Names(expected, refused.ParamName)
                    && refused.Reason.Contains("not in the ISO calendar", StringComparison.Ordinal))
                {
                    return null;
                }
                return refusal is null
                    ? $"accepted {Julian.Calendar.Id} date {arguments[index + 1]}"
                    : $"{refusal.GetType().Name} ({(refusal as ArgumentException)?.ParamName}): {refusal.Message}";
            }
            lastFailure = $"{outcome!.GetType().Name} ({(outcome as ArgumentException)?.ParamName}): {outcome.Message}";
            int move = outcome is ArgumentException { ParamName: { } name } ? Array.FindIndex(parameters, parameter => Names(parameter.Name!, name)) + 1 : 0;
            if (move == 0 && lists[0].Count == 1)
            {
                move = Enumerable.Range(1, parameters.Length).FirstOrDefault(i => at[i] + 1 < lists[i].Count);
            }
            if (at[move] + 1 >= lists[move].Count)
            {
                break;
            }
            at[move]++;
        }
        return "no arguments found that it accepts with an ISO date; last: " + lastFailure;
    }

    private static Exception? Invoke(MethodBase member, object?[] arguments)
    {
        try
        {
            if (member is ConstructorInfo constructor)
            {
                constructor.Invoke(BindingFlags.DoNotWrapExceptions, null, PublicRulesHostileTest.Made(arguments.Skip(1)), System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                member.Invoke(arguments[0], BindingFlags.DoNotWrapExceptions, null, PublicRulesHostileTest.Made(arguments.Skip(1)), System.Globalization.CultureInfo.InvariantCulture);
            }
            return null;
        }
        catch (Exception exception)
        {
            return exception;
        }
    }

    /// <summary>The candidates for a parameter, simplest first: for a date, ISO dates (after null, for another date that may be null).</summary>
    private static List<object?> Simplest(ParameterInfo parameter, bool tested, PublicRulesHostileTest.ObjectPool pool)
    {
        var type = parameter.ParameterType;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        bool nullable = new NullabilityInfoContext().Create(parameter).WriteState == NullabilityState.Nullable;
        var list = new List<object?>();
        if (!tested && nullable)
        {
            list.Add(null);
        }
        if (underlying == typeof(LocalDate))
        {
            list.AddRange(IsoDates.Cast<object?>());
            return list;
        }
        if (underlying == typeof(DateInterval))
        {
            list.AddRange(IsoIntervals.Cast<object?>());
            return list;
        }
        if (underlying == typeof(string))
        {
            // A JSON text (a 360Giving package) is refused as JSON, not by parameter name: give an object first.
            list.AddRange(parameter.Name == "json" ? ["{}"] : ["a", "A reason", "KCSP"]);
        }
        else if (underlying == typeof(System.Threading.CancellationToken))
        {
            list.Add(System.Threading.CancellationToken.None);
        }
        else if (underlying == typeof(System.Text.Json.Utf8JsonWriter))
        {
            list.Add(new System.Text.Json.Utf8JsonWriter(new System.IO.MemoryStream()));
        }
        else if (underlying == typeof(System.Text.Json.JsonSerializerOptions))
        {
            list.Add(new System.Text.Json.JsonSerializerOptions());
        }
        var candidates = PublicRulesHostileTest.Candidates(parameter, pool).Where(candidate => candidate.Family is not "null" and not "string").Select(candidate => candidate.Value);
        if (underlying == typeof(int) || underlying == typeof(long) || underlying == typeof(decimal))
        {
            candidates = candidates.OrderBy(value => Math.Abs(Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture)) == 1 ? 0 : 1);
        }
        if (underlying == typeof(Period))
        {
            candidates = candidates.Where(value => SupportedDates.IsWithinLongestPeriod((Period)value!)).Reverse();
        }
        list.AddRange(candidates);
        return list;
    }

    private static object ToJulian(object date) => date switch
    {
        LocalDate day => day.WithCalendar(CalendarSystem.Julian),
        DateInterval interval => new DateInterval(interval.Start.WithCalendar(CalendarSystem.Julian), interval.End.WithCalendar(CalendarSystem.Julian)),
        _ => throw new ArgumentException("not a date", nameof(date)),
    };

    private static bool Names(string parameter, string? paramName) =>
        paramName is not null && (paramName == parameter || paramName.StartsWith(parameter + "[", StringComparison.Ordinal) || paramName.StartsWith(parameter + ".", StringComparison.Ordinal));

    private static void AssertRefused(string paramName, Action call)
    {
        var exception = Assert.Throws<ArgumentRefusedException>(call);
        Assert.Equal(paramName, exception.ParamName);
        Assert.Contains("not in the ISO calendar", exception.Reason, StringComparison.Ordinal);
        Assert.Contains("date.WithCalendar(CalendarSystem.Iso)", exception.Reason, StringComparison.Ordinal);
    }
}
