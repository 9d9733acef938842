using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Indicators;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Hostile;

/// <summary>
/// Every rule evaluation and calculation of the library, found by reflection, called on every document of the hostile
/// corpus that reads and on the built-in Kent data, with dates at the ends of the supported range and past them. Each
/// call must answer (a typed refusal or a "not known" answer counts) or refuse its argument with an
/// <see cref="ArgumentRefusedException"/>, or with an <see cref="ArgumentNullException"/> or
/// <see cref="ArgumentOutOfRangeException"/> naming one of its parameters; never any other exception.
/// </summary>
/// <remarks>
/// <para>The selection: every public method declared by a public type of the library outside
/// <c>KentCsp.Domain.Serialization</c> (the readers, see <see cref="PublicReadersHostileTest"/>) and
/// <c>KentCsp.Domain.Kent</c> (the data), other than accessors, operators, the members every record or comparable type
/// has and the <c>With…</c> copies, that takes a date (<see cref="LocalDate"/>, a nullable one or a
/// <see cref="DateInterval"/>) or whose name is that of an evaluation: it starts with Evaluate, Check, Count, Compare,
/// ChangeFrom, Diff, Rate or Rank, or ends with Of, On or Due.</para>
/// <para>Arguments are found by type: dates and intervals from the edges, numbers and strings from small hostile lists,
/// catalogue members, and every object of the library's types reachable from the documents and the library's static
/// members. A selected method with a parameter no argument can be found for fails the test by name.</para>
/// </remarks>
public class PublicRulesHostileTest
{
    /// <summary>The most calls per method; the documents and dates are crossed first, other arguments cycle.</summary>
    private const int MaxCallsPerMethod = 1_500;

    private static readonly Assembly Library = typeof(Money).Assembly;

    /// <summary>Dates at and past the ends of the supported range (1000-01-01 to 9998-12-31).</summary>
    internal static readonly LocalDate[] EdgeDates =
    [
        new(1, 1, 1), new(999, 12, 31), new(1000, 1, 1), new(1000, 3, 31), new(2017, 7, 19), new(9998, 12, 31), new(9999, 12, 31),
    ];

    private static readonly DateInterval[] EdgeIntervals =
    [
        new(new LocalDate(1, 1, 1), new LocalDate(1, 12, 31)), new(new LocalDate(999, 12, 31), new LocalDate(1000, 1, 1)),
        new(new LocalDate(1000, 1, 1), new LocalDate(1000, 12, 31)), new(new LocalDate(1998, 4, 1), new LocalDate(2018, 3, 31)),
        new(new LocalDate(9998, 1, 1), new LocalDate(9998, 12, 31)), new(new LocalDate(9998, 12, 31), new LocalDate(9999, 12, 31)),
        new(SupportedDates.Earliest, SupportedDates.Latest), new(new LocalDate(1, 1, 1), new LocalDate(9999, 12, 31)),
    ];

    /// <summary>The methods the selection must find, at least: the rules and calculations known when it was written.</summary>
    private static readonly string[] Known =
    [
        "FundingRules.Evaluate", "FundingRules.EvaluateAll", "PartnershipCompliance.Check", "ActionPlanRules.Evaluate", "RagPolicy.Rate",
        "SteeringGroupView.Of", "ReviewCaseStatus.Of", "ReviewTimetable.IsOverdue", "ReviewTimetable.DecisionDue", "ReviewTimetable.CompletionDue",
        "ReviewTimetables.On", "ReviewPolicy.TimetableOn", "CommunitySafetyAgreementEdition.Diff", "AgreementDiff.Of", "ReviewPolicy.RegimeOn", "ReviewStepEntry.Days", "ReviewCase.AsAt",
        "CrimeCounter.Count", "IndicatorSeries.ChangeFromPreviousPeriod", "IndicatorSeries.ChangeFromSamePeriodLastYear", "IndicatorSeries.Compare",
        "RoadCasualtyFigures.Count", "RoadCasualtyFigures.CompareWith", "MorileRanking.RankOf", "MorileAssessment.ScoreOf",
        "AgreementHistory.InForceOn", "PartnershipRecord.MembersOn", "PartnershipRecord.TermsOfReferenceOn", "CommunitySafetyPartnership.MembersOn",
        "ResponsibleAuthorityKind.InForceOn", "ResponsibleAuthorityKind.DesignationOn", "AreaKind.RequiredKindsOn", "PlanAction.StatusOn",
        "FinancialYear.Containing", "ReportingPeriod.Containing", "FundingEvaluation.StateOf",
    ];

    private static readonly Regex EvaluationName = new("^(Evaluate|Check|Count|Compare|ChangeFrom|Diff|Rate|Rank)|(Of|On|Due)$", RegexOptions.CultureInvariant);

    private static readonly HashSet<string> Boilerplate = new(StringComparer.Ordinal) { "Equals", "GetHashCode", "ToString", "CompareTo", "Deconstruct", "PrintMembers", "<Clone>$", "Match", "Switch" };

    /// <summary>The selected methods, in a fixed order.</summary>
    internal static List<MethodInfo> Select() =>
        Library.GetExportedTypes()
            .Where(type => type.Namespace is not "KentCsp.Domain.Serialization" and not "KentCsp.Domain.Kent")
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(method => !method.IsSpecialName && !Boilerplate.Contains(method.Name) && !method.Name.StartsWith("With", StringComparison.Ordinal)
                && !method.Name.StartsWith("TryPick", StringComparison.Ordinal))
            .Where(method => method.GetParameters().Any(parameter => IsDate(parameter.ParameterType)) || EvaluationName.IsMatch(method.Name))
            .OrderBy(Name, StringComparer.Ordinal)
            .ToList();

    internal static bool IsDate(Type type) => type == typeof(LocalDate) || type == typeof(LocalDate?) || type == typeof(DateInterval);

    internal static string Name(MethodInfo method) => $"{method.DeclaringType!.Name}.{PublicReadersHostileTest.Describe(method)}";

    [Fact]
    public void Select_FindsEveryKnownRuleAndCalculation()
    {
        var selected = Select().Select(method => $"{method.DeclaringType!.Name}.{method.Name}").ToHashSet();

        var missing = Known.Where(name => !selected.Contains(name)).ToList();
        Assert.True(missing.Count == 0, "the selection misses: " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryRule_CorpusDocumentsAndEdgeDates_AnswersOrRefusesAnArgument()
    {
        var clock = Stopwatch.StartNew();
        var pool = new ObjectPool();
        var documents = ReadDocuments();
        foreach (var value in documents)
        {
            pool.AddDocument(value);
        }
        pool.AddStatics();

        var counts = new SurfaceCounts("rules and calculations");
        var failures = new List<string>();
        var unsupplied = new List<string>();
        // Two passes: the answers of the first (evaluations, diffs, changes) are arguments and receivers in the second,
        // for the methods that had none the first time.
        var pending = Select();
        var answers = new List<object>();
        for (int pass = 0; pass < 2 && pending.Count > 0; pass++)
        {
            foreach (var answer in answers)
            {
                pool.AddAnswer(answer);
            }
            unsupplied.Clear();
            var again = new List<MethodInfo>();
            foreach (var method in pending)
            {
                if (Supply(method, pool, out var lists, out string? missing))
                {
                    Run(method, lists, counts, failures, answers);
                }
                else
                {
                    unsupplied.Add($"{Name(method)}: no {missing}");
                    again.Add(method);
                }
            }
            pending = again;
        }
        counts.Write(failures.Count + unsupplied.Count + pool.GetterFailures.Count, clock.Elapsed);
        Assert.True(failures.Count == 0 && unsupplied.Count == 0 && pool.GetterFailures.Count == 0, "properties that threw: " + string.Join("; ", pool.GetterFailures.Distinct().Take(20)) + $"\n{unsupplied.Count} selected methods this test cannot call (give it an argument of that type): " + string.Join("; ", unsupplied) + "\n" + $"{failures.Count} failures:\n" + string.Join("\n", failures.GroupBy(failure => failure.Substring(0, failure.IndexOf(" with (", StringComparison.Ordinal))).Select(group => group.First()).Take(40)));
    }

    private static bool Supply(MethodInfo method, ObjectPool pool, out List<(string Family, object? Value)>[] lists, out string? missing)
    {
        var parameters = method.GetParameters();
        lists = new List<(string Family, object? Value)>[parameters.Length + 1];
        lists[0] = method.IsStatic ? [("static", null)] : pool.Of(method.DeclaringType!).Select(value => ("document", (object?)value)).ToList();
        missing = lists[0].Count == 0 ? $"instance of {method.DeclaringType!.Name}" : null;
        for (int i = 0; i < parameters.Length && missing is null; i++)
        {
            lists[i + 1] = Candidates(parameters[i], pool);
            missing = lists[i + 1].Count == 0 ? $"argument for {parameters[i].Name} ({PublicReadersHostileTest.TypeName(parameters[i].ParameterType)})" : null;
        }
        return missing is null;
    }

    private static void Run(MethodInfo method, List<(string Family, object? Value)>[] lists, SurfaceCounts counts, List<string> failures, List<object> answers)
    {
        foreach (var arguments in Cases(lists, method.GetParameters()))
        {
            string family = string.Join(" + ", arguments.Select(argument => argument.Family).Where(each => each is not "static" and not "value").Distinct());
            string? failure = Call(method, arguments.Select(argument => argument.Value).ToArray(), out object? answer);
            counts.Add(Name(method), family.Length == 0 ? "values" : family, answer is not null);
            if (answer is not null && answers.Count < 2_000)
            {
                answers.Add(answer);
            }
            if (failure is not null)
            {
                failures.Add($"{Name(method)} with ({string.Join(", ", arguments.Skip(1).Select(argument => Show(argument.Value)))}) on {Show(arguments[0].Value)}: {failure}");
            }
        }
    }

    /// <summary>Every document of the corpus that one of the text readers reads, and the built-in Kent documents.</summary>
    internal static List<object> ReadDocuments()
    {
        var documents = new List<object>(KentBuiltIns.All.Select(each => each.Value))
        {
            // A round with every kind of record, dated at the last supported day: no built-in round has monitoring returns.
            new RoundBuilder()
                .WithGrant(999_999_999_999.99m)
                .WithFundedProject("a", 999_999_999_999.99m)
                .WithAllocation("a-1", "a", 999_999_999_999.99m, RoundBuilder.On(6, 1))
                .WithPayment("a-1", 999_999_999_999.99m, RoundBuilder.On(6, 2))
                .WithMonitoringReturn("a-1", RoundBuilder.On(6, 1), SupportedDates.Latest, null)
                .WithMonitoringReturn("a-1", RoundBuilder.On(6, 1), RoundBuilder.On(9, 1), RoundBuilder.On(8, 1))
                .WithRepayment("a-1", 0.01m, SupportedDates.Latest)
                .WithBid(RoundBuilder.Bid("c")).WithDecision("c", KentCsp.Domain.Funding.DecisionOutcome.FundedInPrinciple, 999_999_999_999.99m, on: SupportedDates.Latest)
                .Build(),
        };
        // A series with figures at zero and at the largest value, and its changes, which only a comparison makes.
        var series = new IndicatorSeries(KentIndicators.DomesticAbuseIncidents, PeriodKind.Month, null,
            [
                new IndicatorValue(ReportingPeriod.ForMonth(1000, 1), 10m), new IndicatorValue(ReportingPeriod.ForMonth(1000, 2), 0m),
                new IndicatorValue(ReportingPeriod.ForMonth(1001, 2), IndicatorValue.MaxValue), new IndicatorValue(ReportingPeriod.ForMonth(9998, 12), 1m),
            ]);
        documents.Add(series);
        documents.AddRange(series.Values.Select(value => series.ChangeFromPreviousPeriod(value.Period).Value).OfType<IndicatorChange>());
        documents.AddRange(series.Values.Select(value => series.ChangeFromSamePeriodLastYear(value.Period).Value).OfType<IndicatorChange>());
        var (readers, _) = PublicReadersHostileTest.Find(typeof(KentCspJson));
        foreach (var reader in readers.Where(reader => reader.TakesText && reader.Kind is not null && !reader.TakesLimits))
        {
            foreach (var input in HostileCorpus.For(reader.Kind))
            {
                try
                {
                    if (input.Text is not null && reader.Read(input, JsonReadLimits.Default) is { } value)
                    {
                        documents.Add(value);
                    }
                }
                catch (System.Text.Json.JsonException)
                {
                }
            }
        }
        return documents;
    }

    private static IEnumerable<(string Family, object? Value)[]> Cases(List<(string Family, object? Value)>[] lists, ParameterInfo[] parameters)
    {
        // The receiver, the documents and the dates are crossed; every other argument cycles through its candidates.
        var crossed = Enumerable.Range(0, lists.Length).Where(i => i == 0 || IsDate(parameters[i - 1].ParameterType) || lists[i].Any(each => each.Family == "document")).ToList();
        long product = crossed.Aggregate(1L, (total, i) => total * lists[i].Count);
        long cases = Math.Min(MaxCallsPerMethod, Math.Max(product, lists.Max(list => (long)list.Count)));
        for (long n = 0; n < cases; n++)
        {
            var arguments = new (string, object?)[lists.Length];
            long rest = product <= MaxCallsPerMethod ? n : n * product / cases;
            foreach (int i in crossed)
            {
                arguments[i] = lists[i][(int)(rest % lists[i].Count)];
                rest /= lists[i].Count;
            }
            for (int i = 0; i < lists.Length; i++)
            {
                if (!crossed.Contains(i))
                {
                    arguments[i] = lists[i][(int)((n + i) % lists[i].Count)];
                }
            }
            yield return arguments;
        }
    }

    internal static List<(string Family, object? Value)> Candidates(ParameterInfo parameter, ObjectPool pool)
    {
        var type = parameter.ParameterType;
        bool nullable = new NullabilityInfoContext().Create(parameter).WriteState == NullabilityState.Nullable;
        var list = new List<(string, object?)>();
        if (type.IsByRef || type.IsPointer || type.ContainsGenericParameters)
        {
            return list;
        }
        if (!type.IsValueType || Nullable.GetUnderlyingType(type) is not null)
        {
            // A null for every reference: the answer must then name the parameter, or (if it may be null) be an answer.
            list.Add(("null", null));
        }
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(LocalDate))
        {
            list.AddRange(EdgeDates.Select(date => ("date", (object?)date)));
        }
        else if (underlying == typeof(DateInterval))
        {
            list.AddRange(EdgeIntervals.Select(interval => ("date", (object?)interval)));
        }
        else if (underlying == typeof(int) || underlying == typeof(long))
        {
            list.AddRange(new long[] { 0, 1, -1, 50, 100, 101, int.MinValue, int.MaxValue }.Select(number => ("number", (object?)Convert.ChangeType(number, underlying, System.Globalization.CultureInfo.InvariantCulture))));
        }
        else if (underlying == typeof(decimal))
        {
            list.AddRange(new[] { 0m, 1m, -1m, 0.001m, 100m, decimal.MaxValue, decimal.MinValue }.Select(number => ("number", (object?)number)));
        }
        else if (underlying == typeof(bool))
        {
            list.AddRange([("value", false), ("value", true)]);
        }
        else if (underlying == typeof(string))
        {
            list.AddRange(new[] { "", " ", "no-such-id", "\u0000\u001b[2J", new string('x', 5_000), "{}" }.Select(text => ("string", (object?)text)));
            list.AddRange(pool.Strings.Select(text => ("value", (object?)text)));
        }
        else if (underlying == typeof(System.IO.Stream))
        {
            // A new stream for every call: an empty one to write to, and the package texts to read.
            list.Add(("bytes", new Fresh(() => new System.IO.MemoryStream())));
            list.AddRange(PackageBytes.Select(bytes => ("bytes", (object?)new Fresh(() => new System.IO.MemoryStream(bytes, writable: false)))));
        }
        else if (underlying == typeof(System.Threading.CancellationToken))
        {
            list.AddRange([("value", System.Threading.CancellationToken.None), ("value", new System.Threading.CancellationToken(canceled: true))]);
        }
        else if (underlying == typeof(ReadOnlyMemory<byte>))
        {
            list.AddRange(PackageBytes.Select(bytes => ("bytes", (object?)new ReadOnlyMemory<byte>(bytes))));
        }
        else if (underlying == typeof(Period))
        {
            list.AddRange(new[] { Period.Zero, Period.FromDays(1), Period.FromYears(10), Period.FromDays(-1), Period.FromDays(int.MaxValue) }.Select(period => ("number", (object?)period)));
        }
        else if (underlying.IsEnum)
        {
            list.AddRange(Enum.GetValues(underlying).Cast<object>().Append(Enum.ToObject(underlying, 999)).Select(value => ("value", (object?)value)));
        }
        else if (ElementType(underlying) is { } element)
        {
            var items = pool.Of(element).Take(40).ToList();
            list.Add(("value", MakeArray(element, [])));
            if (items.Count > 0)
            {
                list.Add(("document", MakeArray(element, items.Take(1))));
                list.Add(("document", MakeArray(element, items)));
                list.Add(("null", MakeArray(element, items.Take(1).Append(null))));
            }
        }
        else
        {
            var values = pool.Of(underlying).ToList();
            string family = pool.IsDocumentType(underlying) ? "document" : "value";
            list.AddRange(values.Select(value => (family, (object?)value)));
            if (values.Count == 0)
            {
                return [];
            }
        }
        if (!nullable && list.Count == 1 && list[0].Item1 == "null")
        {
            return [];
        }
        return list;
    }

    private static Type? ElementType(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }
        if (type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyCollection<>)))
        {
            return type.GetGenericArguments()[0];
        }
        return null;
    }

    private static Array MakeArray(Type element, IEnumerable<object?> items)
    {
        var list = items.ToList();
        var array = Array.CreateInstance(element, list.Count);
        for (int i = 0; i < list.Count; i++)
        {
            array.SetValue(list[i], i);
        }
        return array;
    }

    private static string? Call(MethodInfo method, object?[] arguments, out object? answer)
    {
        answer = null;
        var parameters = method.GetParameters();
        try
        {
            object?[] made = Made(arguments.Skip(1));
            object? result = method.Invoke(arguments[0], BindingFlags.DoNotWrapExceptions, null, made, System.Globalization.CultureInfo.InvariantCulture);
            if (result is System.Threading.Tasks.Task task)
            {
                // An asynchronous method answers when its task completes, and fails as its task fails.
                task.GetAwaiter().GetResult();
                result = task.GetType().GetProperty("Result")?.GetValue(task);
            }
            _ = result?.ToString();
            answer = result ?? Answered;
            return null;
        }
        catch (ArgumentRefusedException)
        {
            return null;
        }
        catch (OperationCanceledException) when (arguments.Any(argument => argument is System.Threading.CancellationToken { IsCancellationRequested: true }))
        {
            return null;
        }
        catch (ArgumentException exception) when (exception is ArgumentNullException or ArgumentOutOfRangeException && parameters.Any(parameter => Names(parameter, exception.ParamName)))
        {
            return null;
        }
        catch (System.Text.Json.JsonException exception) when (parameters.Any(parameter => parameter.Name is "json" or "utf8Json") && exception.Message.StartsWith('$') && exception.Message.Length <= 1_200)
        {
            // A method that reads JSON (a 360Giving package) refuses bad JSON as the readers do.
            return null;
        }
        catch (Exception exception)
        {
            return $"{exception.GetType().Name} ({(exception as ArgumentException)?.ParamName}): {PublicReadersHostileTest.Excerpt(exception.Message, 200)} at {exception.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}";
        }
    }

    /// <summary>
    /// The bytes given where a method takes a stream or UTF-8 bytes: empty, white space, an array, a bare value, bytes
    /// that are not UTF-8, a byte-order mark alone, an empty object, and a real 360Giving package.
    /// </summary>
    private static readonly byte[][] PackageBytes =
    [
        [], " \n"u8.ToArray(), "[]"u8.ToArray(), "42"u8.ToArray(), [0xC3, 0x28], [0xEF, 0xBB, 0xBF], "{}"u8.ToArray(), "{\"grants\": [1]}"u8.ToArray(),
        System.Text.Encoding.UTF8.GetBytes(ThreeSixtyGiving.Export([KentFunding.Round2016To17], KentThreeSixtyGiving.Options(new LocalDate(2017, 3, 15)))),
    ];

    /// <summary>The arguments of one call, with a new stream made for each <see cref="Fresh"/> one.</summary>
    internal static object?[] Made(IEnumerable<object?> arguments) => arguments.Select(argument => argument is Fresh fresh ? fresh.Make() : argument).ToArray();

    /// <summary>An argument made anew for every call (a stream, which a call reads or writes).</summary>
    private sealed class Fresh(Func<object> make)
    {
        public object Make() => make();

        public override string ToString() => "a new stream";
    }

    /// <summary>Stands for a null answer ("not known"), which is an answer.</summary>
    private static readonly object Answered = new();

    private static bool Names(ParameterInfo parameter, string? paramName) =>
        paramName is not null && (paramName == parameter.Name || paramName.StartsWith(parameter.Name + "[", StringComparison.Ordinal) || paramName.StartsWith(parameter.Name + ".", StringComparison.Ordinal));

    private static string Show(object? value) => value switch
    {
        null => "null",
        LocalDate date => date.Calendar == CalendarSystem.Iso ? date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : date.ToString(),
        string text => "\"" + PublicReadersHostileTest.Excerpt(text, 20) + "\"",
        Array array => $"[{array.Length} items]",
        _ => PublicReadersHostileTest.Excerpt(value.GetType().Name + " " + value, 80),
    };

    /// <summary>
    /// The objects of the library's types reachable from the documents and from the library's public static members, by
    /// type: every document, and up to <see cref="PerType"/> other objects of each type.
    /// </summary>
    internal sealed class ObjectPool
    {
        private const int PerType = 6;
        private const int MaxDepth = 6;

        private readonly Dictionary<Type, List<object>> byType = [];
        private readonly HashSet<object> seen = new(ReferenceEqualityComparer.Instance);
        private readonly HashSet<Type> documentTypes = [];
        private readonly List<string> strings = [];

        /// <summary>The properties that threw when read.</summary>
        public List<string> GetterFailures { get; } = [];

        /// <summary>Identifiers and codes found in the objects, for parameters that take one.</summary>
        public IReadOnlyList<string> Strings => strings;

        public bool IsDocumentType(Type type) => documentTypes.Any(type.IsAssignableFrom);

        public void AddDocument(object document)
        {
            documentTypes.Add(document.GetType());
            Walk(document, 0, document: true);
        }

        /// <summary>Adds an answer of a method, and what it holds, unless the pool has enough of its type.</summary>
        public void AddAnswer(object answer)
        {
            if (answer.GetType().Assembly == Library && (!byType.TryGetValue(answer.GetType(), out var list) || list.Count < PerType))
            {
                Walk(answer, 1, document: false);
            }
        }

        public void AddStatics()
        {
            foreach (var type in Library.GetExportedTypes().Where(type => !type.ContainsGenericParameters))
            {
                foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(field => !field.IsLiteral))
                {
                    Walk(field.GetValue(null), 1, document: false);
                }
                foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(property => property.GetIndexParameters().Length == 0))
                {
                    Walk(property.GetValue(null), 1, document: false);
                }
            }
        }

        /// <summary>The objects assignable to <paramref name="type"/>.</summary>
        public IEnumerable<object> Of(Type type) =>
            byType.Where(each => type.IsAssignableFrom(each.Key)).OrderBy(each => each.Key.FullName, StringComparer.Ordinal).SelectMany(each => each.Value);

        private void Walk(object? value, int depth, bool document)
        {
            if (value is null || value is string || depth > MaxDepth)
            {
                return;
            }
            var type = value.GetType();
            if (!type.IsValueType && !seen.Add(value))
            {
                return;
            }
            if (type.Assembly == Library && type.IsPublic)
            {
                if (!byType.TryGetValue(type, out var list))
                {
                    byType[type] = list = [];
                }
                if (document || (list.Count < PerType && (!type.IsValueType || !list.Contains(value))))
                {
                    list.Add(value);
                }
                else if (type.IsValueType)
                {
                    return;
                }
                foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => property.GetIndexParameters().Length == 0 && !property.Name.StartsWith("AsT", StringComparison.Ordinal)))
                {
                    // AsT0, AsT1… of a OneOf answer throw by design for the cases it is not; its Value is walked instead.
                    object? member;
                    try
                    {
                        member = property.GetMethod!.Invoke(value, BindingFlags.DoNotWrapExceptions, null, null, System.Globalization.CultureInfo.InvariantCulture);
                    }
                    catch (ArgumentRefusedException)
                    {
                        // A refusal at the ends of the range (the period before the first supported month) is an answer.
                        continue;
                    }
                    catch (Exception exception)
                    {
                        // A property of a document that reads is a calculation over it too, and must not throw.
                        GetterFailures.Add($"{type.Name}.{property.Name}: {exception.GetType().Name}: {PublicReadersHostileTest.Excerpt(exception.Message, 200)}");
                        continue;
                    }
                    if (member is string text && (property.Name.EndsWith("Id", StringComparison.Ordinal) || property.Name == "Code") && strings.Count < 12 && !strings.Contains(text))
                    {
                        strings.Add(text);
                    }
                    Walk(member, depth + 1, document: false);
                }
            }
            else if (value is IEnumerable items)
            {
                int n = 0;
                foreach (object? item in items)
                {
                    if (n++ >= 50)
                    {
                        break;
                    }
                    Walk(item is DictionaryEntry entry ? entry.Value : item, depth + 1, document: false);
                }
            }
            else if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>))
            {
                Walk(type.GetProperty("Key")!.GetValue(value), depth + 1, document: false);
                Walk(type.GetProperty("Value")!.GetValue(value), depth + 1, document: false);
            }
        }
    }
}
