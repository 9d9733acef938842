using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using KentCsp.Domain.ActionPlans;
using KentCsp.Domain.Agreement;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Indicators;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Meetings;
using KentCsp.Domain.Morile;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Recording;
using KentCsp.Domain.Reviews;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Hostile;

/// <summary>
/// A seeded campaign of hostile documents against every reader of <see cref="KentCspJson"/>: valid documents (the
/// built-in Kent ones and every approved snapshot document) are cut short, have spans deleted or duplicated, values
/// swapped between members or given another JSON type, huge, negative and sub-penny numbers, impossible dates, lone
/// surrogates, NULs and control characters, deep nesting and long strings. Each case must either read (and the value
/// must write again) or fail with a <see cref="JsonException"/> whose message starts with the JSON path (<c>$</c>), is
/// safe to print and is short. Any other exception is a defect.
/// </summary>
/// <remarks>
/// <para>The random numbers come from <see cref="Random"/> with a fixed seed (<see cref="DefaultSeed"/>, or the
/// environment variable <c>KENTCSP_HOSTILE_SEED</c>), one generator per case seeded from the campaign's seed and the
/// case's number, so a failure names the seed and the case and <c>KENTCSP_HOSTILE_CASE</c> replays that case alone.</para>
/// <para>The counts per document kind and per mutation are written to <c>hostile-input-counts.txt</c> in the test
/// output folder (<c>tests/KentCsp.Domain.Tests/bin/Debug/net10.0/</c>, and the same under
/// <c>KentCsp.Domain.Tests.NetStandard</c>); <c>.ci/run</c> prints them after the tests.</para>
/// </remarks>
public class HostileInputCampaignTest
{
    /// <summary>The campaign's seed when none is given.</summary>
    public const int DefaultSeed = 20170719;

    /// <summary>Cases per document kind and seed document family round: 14 kinds × 800 = 11,200 cases.</summary>
    private const int CasesPerKind = 800;

    private sealed record Kind(string Name, Func<string, object> Read, Func<object, string> Write, Action<object>? Use = null);

    /// <summary>The dates the rules are run on for every document that reads: the Kent meeting and the supported ends.</summary>
    private static readonly LocalDate[] RuleDates = [new(2017, 7, 19), SupportedDates.Earliest, SupportedDates.Latest];

    private static void RunRules(Action<LocalDate> rules)
    {
        foreach (var date in RuleDates)
        {
            rules(date);
        }
    }

    private static void CompareEveryPeriod(IndicatorSet set)
    {
        foreach (var series in set.Series)
        {
            foreach (var value in series.Values)
            {
                series.ChangeFromPreviousPeriod(value.Period);
                series.ChangeFromSamePeriodLastYear(value.Period);
            }
        }
    }

    /// <summary>Asks a history which edition is in force on each edition's dates, the days around them and the supported ends.</summary>
    private static void InForceOnEveryEdge(AgreementHistory history)
    {
        var dates = new List<LocalDate> { SupportedDates.Earliest, SupportedDates.Latest };
        foreach (var edition in history.Editions)
        {
            dates.Add(edition.InForceBy);
        }
        foreach (var edition in history.EditionsKnownByName)
        {
            dates.Add(edition.InForceMonth.ToDateInterval().Start);
            dates.Add(edition.KnownInForceFrom);
        }
        foreach (var date in dates)
        {
            history.InForceOn(date).ToString();
            if (date > SupportedDates.Earliest)
            {
                history.InForceOn(date.PlusDays(-1)).ToString();
            }
        }
    }

    private static readonly Kind[] Kinds =
    [
        new("partnership", json => KentCspJson.DeserializePartnership(json), value => KentCspJson.Serialize((CommunitySafetyPartnership)value)),
        new("agreement edition", json => KentCspJson.DeserializeAgreementEdition(json), value => KentCspJson.Serialize((CommunitySafetyAgreementEdition)value)),
        new("funding round", json => KentCspJson.DeserializeFundingRound(json), value => KentCspJson.Serialize((FundingRound)value),
            value => RunRules(date => FundingRules.Evaluate((FundingRound)value, date, KentPolicies.Funding))),
        new("meeting", json => KentCspJson.DeserializeMeeting(json), value => KentCspJson.Serialize((Meeting)value)),
        new("review case", json => KentCspJson.DeserializeReviewCase(json), value => KentCspJson.Serialize((ReviewCase)value)),
        new("review register", json => KentCspJson.DeserializeReviewRegister(json), value => KentCspJson.Serialize((ReviewRegister)value),
            value => RunRules(date => SteeringGroupView.Of((ReviewRegister)value, date, ReviewPolicy.Default))),
        new("action plan", json => KentCspJson.DeserializeActionPlan(json), value => KentCspJson.Serialize((ActionPlan)value),
            value => RunRules(date => ActionPlanRules.Evaluate((ActionPlan)value, date, KentPolicies.ActionPlans))),
        new("partnership record", json => KentCspJson.DeserializePartnershipRecord(json), value => KentCspJson.Serialize((PartnershipRecord)value),
            value =>
            {
                PartnershipCompliance.Check((PartnershipRecord)value, new DateInterval(new LocalDate(1998, 4, 1), new LocalDate(2018, 3, 31)));
                PartnershipCompliance.Check((PartnershipRecord)value, new DateInterval(SupportedDates.Earliest, new LocalDate(1001, 12, 31)));
                PartnershipCompliance.Check((PartnershipRecord)value, new DateInterval(new LocalDate(9997, 1, 1), SupportedDates.Latest));
            }),
        new("findings", json => KentCspJson.DeserializeFindings(json), value => KentCspJson.SerializeFindings((IReadOnlyList<Finding>)value)),
        new("incident", json => KentCspJson.DeserializeIncident(json), value => KentCspJson.Serialize((Incident)value)),
        new("crime count", json => KentCspJson.DeserializeCrimeCount(json), value => KentCspJson.Serialize((CrimeCount)value)),
        new("accuracy audit", json => KentCspJson.DeserializeAccuracyAudit(json), value => KentCspJson.Serialize((AccuracyAudit)value)),
        new("indicator set", json => KentCspJson.DeserializeIndicatorSet(json), value => KentCspJson.Serialize((IndicatorSet)value),
            value => CompareEveryPeriod((IndicatorSet)value)),
        new("MoRiLE ranking", json => KentCspJson.DeserializeMorileRanking(json), value => KentCspJson.Serialize((MorileRanking)value)),
        new("funding policy", json => KentCspJson.DeserializeFundingPolicy(json), value => KentCspJson.Serialize((FundingPolicy)value),
            value => RunRules(date => FundingRules.Evaluate(KentFunding.Round2017To18, date, (FundingPolicy)value))),
        new("agreement history", json => KentCspJson.DeserializeAgreementHistory(json), value => KentCspJson.Serialize((AgreementHistory)value),
            value => InForceOnEveryEdge((AgreementHistory)value)),
    ];

    /// <summary>The mutation families, in the order the cases cycle through them.</summary>
    internal static readonly string[] Mutations =
    [
        "truncate", "delete span", "duplicate span", "swap values", "retype value", "huge number", "negative number",
        "sub-penny amount", "impossible date", "lone surrogate", "NUL", "control characters", "deep nesting", "long string",
        "range edge",
    ];

    [Fact]
    public void EveryReader_HostileDocuments_ReadOrFailWithAJsonPath()
    {
        int seed = int.TryParse(Environment.GetEnvironmentVariable("KENTCSP_HOSTILE_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int given) ? given : DefaultSeed;
        int? only = int.TryParse(Environment.GetEnvironmentVariable("KENTCSP_HOSTILE_CASE"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int one) ? one : null;
        var seeds = SeedDocuments();
        var byKind = new Dictionary<string, int[]>();
        var byMutation = new Dictionary<string, int[]>();
        var failures = new List<string>();
        var failuresByMutation = new Dictionary<string, int>();
        int total = 0;
        for (int k = 0; k < Kinds.Length; k++)
        {
            var kind = Kinds[k];
            var documents = seeds[kind.Name];
            Assert.True(documents.Count > 0, $"no seed document for {kind.Name}");
            for (int c = 0; c < CasesPerKind; c++)
            {
                int caseNumber = k * CasesPerKind + c;
                if (only is { } wanted && wanted != caseNumber)
                {
                    continue;
                }
                var random = new Random(unchecked(seed * 397 ^ caseNumber * 7919));
                var (name, document) = documents[random.Next(documents.Count)];
                string mutation = Mutations[c % Mutations.Length];
                string input = Mutate(document, mutation, random);
                string? failure = Check(kind, input, out bool read);
                total++;
                Tally(byKind, kind.Name, read);
                Tally(byMutation, mutation, read);
                if (failure is not null)
                {
                    failuresByMutation[mutation] = failuresByMutation.TryGetValue(mutation, out int n) ? n + 1 : 1;
                }
                if (failure is not null && failuresByMutation[mutation] <= 3)
                {
                    failures.Add($"seed {seed}, case {caseNumber} ({kind.Name}, {mutation}, from {name}): {failure}\n    input begins {Excerpt(input, 300)}\n    replay: KENTCSP_HOSTILE_SEED={seed} KENTCSP_HOSTILE_CASE={caseNumber} dotnet test --filter HostileInputCampaignTest");
                }
            }
        }
        WriteCounts(seed, total, failuresByMutation.Values.Sum(), byKind, byMutation);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(only is not null || total >= 10_000, $"only {total} cases");
    }

    private static string? Check(Kind kind, string input, out bool read)
    {
        read = false;
        try
        {
            var value = kind.Read(input);
            kind.Write(value);
            read = true;
            // A document that reads is valid: the rules must then answer for it on any supported date, never throw.
            kind.Use?.Invoke(value);
            return null;
        }
        catch (JsonException exception)
        {
            string message = exception.Message;
            if (!message.StartsWith("$", StringComparison.Ordinal) || exception.Path is not { } path || !path.StartsWith("$", StringComparison.Ordinal))
            {
                return $"message does not start with a JSON path: {Excerpt(message, 300)}";
            }
            if (message.Any(c => char.IsControl(c) || c == '\u2028' || c == '\u2029'))
            {
                return $"message holds a control character: {Excerpt(message, 300)}";
            }
            if (message.Length > 1_200)
            {
                return $"message is {message.Length} characters long: {Excerpt(message, 300)}";
            }
            return null;
        }
        catch (Exception exception)
        {
            return $"{exception.GetType().Name}: {Excerpt(exception.Message, 300)}\n{exception.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}";
        }
    }

    // ---- Seed documents ------------------------------------------------------------------------------------------

    internal static Dictionary<string, List<(string Name, string Json)>> SeedDocuments()
    {
        var seeds = Kinds.ToDictionary(kind => kind.Name, _ => new List<(string, string)>());
        seeds["partnership"].Add(("KentData.Partnership", KentCspJson.Serialize(KentData.Partnership)));
        seeds["agreement edition"].Add(("KentData.CommunitySafetyAgreement2017", KentCspJson.Serialize(KentData.CommunitySafetyAgreement2017)));
        seeds["agreement edition"].Add(("KentData.CommunitySafetyAgreement2023", KentCspJson.Serialize(KentData.CommunitySafetyAgreement2023)));
        seeds["funding round"].Add(("KentFunding.Round2016To17", KentCspJson.Serialize(KentFunding.Round2016To17)));
        seeds["funding round"].Add(("KentFunding.Round2017To18", KentCspJson.Serialize(KentFunding.Round2017To18)));
        seeds["meeting"].Add(("KentMeetings.Kcsp2017July19", KentCspJson.Serialize(KentMeetings.Kcsp2017July19)));
        seeds["review register"].Add(("KentReviews.Register", KentCspJson.Serialize(KentReviews.Register)));
        seeds["review case"].Add(("KentReviews.Register.Cases[0]", KentCspJson.Serialize(KentReviews.Register.Cases[0])));
        seeds["action plan"].Add(("KentActionPlans.Illustration2017To18", KentCspJson.Serialize(KentActionPlans.Illustration2017To18)));
        seeds["incident"].Add(("KentRecording.ThrownFluid", KentCspJson.Serialize(KentRecording.ThrownFluid)));
        seeds["indicator set"].Add(("KentIndicators.July2017", KentCspJson.Serialize(KentIndicators.July2017)));
        seeds["MoRiLE ranking"].Add(("KentMorile.PilotDistricts[0]", KentCspJson.Serialize(KentMorile.PilotDistricts[0])));
        seeds["funding policy"].Add(("KentPolicies.Funding", KentCspJson.Serialize(KentPolicies.Funding)));
        seeds["agreement history"].Add(("KentData.CommunitySafetyAgreements", KentCspJson.Serialize(KentData.CommunitySafetyAgreements)));
        foreach (string path in Directory.EnumerateFiles(RepositoryPaths.Tests, "*.approved.json", SearchOption.AllDirectories).OrderBy(path => path, StringComparer.Ordinal))
        {
            string json = File.ReadAllText(path);
            foreach (var kind in Kinds)
            {
                if (Reads(kind, json))
                {
                    seeds[kind.Name].Add((Path.GetFileName(path), json));
                    break;
                }
            }
        }
        return seeds;
    }

    private static bool Reads(Kind kind, string json)
    {
        try
        {
            kind.Read(json);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    // ---- Mutations -----------------------------------------------------------------------------------------------

    /// <summary>A token of the document: a member name, a string, a number or literal, or a whole object or array.</summary>
    private readonly record struct Token(int Start, int End, char Type)
    {
        public int Length => End - Start;
    }

    internal static string Mutate(string json, string mutation, Random random)
    {
        var tokens = Tokens(json);
        var values = tokens.Where(token => token.Type != 'k' && token.Start > 0).ToList();
        if (values.Count == 0)
        {
            return json.Substring(0, random.Next(json.Length));
        }
        List<Token> Of(Func<Token, bool> wanted) => values.Where(wanted).ToList();
        Token Pick(List<Token> from) => from.Count > 0 ? from[random.Next(from.Count)] : values[random.Next(values.Count)];
        string Replace(Token token, string with) => json.Substring(0, token.Start) + with + json.Substring(token.End);
        string InString(string insert)
        {
            var strings = Of(token => token.Type == 's');
            var target = Pick(strings);
            int at = target.Type == 's' ? target.Start + 1 + random.Next(target.Length - 1) : target.Start;
            return json.Substring(0, at) + insert + json.Substring(at);
        }

        switch (mutation)
        {
            case "truncate":
                return json.Substring(0, random.Next(json.Length));
            case "delete span":
            {
                if (random.Next(2) == 0)
                {
                    var token = Pick(tokens.Where(token => token.Start > 0).ToList());
                    return json.Remove(token.Start, token.Length);
                }
                int start = random.Next(json.Length);
                return json.Remove(start, Math.Min(json.Length - start, 1 + random.Next(64)));
            }
            case "duplicate span":
            {
                // A member (name and value) or a value, written twice; or any short span of the text.
                if (random.Next(2) == 0)
                {
                    var token = Pick(tokens.Where(token => token.Start > 0).ToList());
                    int end = token.End;
                    if (token.Type == 'k')
                    {
                        end = values.FirstOrDefault(value => value.Start > token.End).End;
                    }
                    string span = json.Substring(token.Start, Math.Max(0, end - token.Start));
                    return json.Substring(0, end) + ", " + span + json.Substring(end);
                }
                int start = random.Next(json.Length);
                int length = Math.Min(json.Length - start, 1 + random.Next(64));
                return json.Insert(start, json.Substring(start, length));
            }
            case "swap values":
            {
                var a = Pick(values);
                var candidates = values.Where(b => b.End <= a.Start || b.Start >= a.End).ToList();
                if (candidates.Count == 0)
                {
                    return json;
                }
                var b = Pick(candidates);
                var (first, second) = a.Start < b.Start ? (a, b) : (b, a);
                return json.Substring(0, first.Start) + json.Substring(second.Start, second.Length)
                    + json.Substring(first.End, second.Start - first.End) + json.Substring(first.Start, first.Length) + json.Substring(second.End);
            }
            case "retype value":
            {
                string[] others = ["\"x\"", "\"\"", "0", "1.5", "true", "false", "null", "[]", "{}", "[null]", "{\"x\": 1}", "[1, \"a\"]"];
                return Replace(Pick(values), others[random.Next(others.Length)]);
            }
            case "huge number":
            {
                string[] huge = ["2147483648", "-2147483649", "9223372036854775808", "1e400", "-1e400", "1e28", "1E+300", "123456789012345678901234567890", "4294967296", "1e-400"];
                return Replace(PickNumberOrValue(), huge[random.Next(huge.Length)]);
            }
            case "negative number":
            {
                string[] negative = ["-1", "-0", "-0.01", "-2147483648", "-9223372036854775808", "-1000000", "-0.5"];
                return Replace(PickNumberOrValue(), negative[random.Next(negative.Length)]);
            }
            case "sub-penny amount":
            {
                string[] subPenny = ["0.001", "12.345", "0.005", "0.0000000000000000000000000001", "1.000000000000000000000001", "39661.001", "1e-3"];
                return Replace(PickNumberOrValue(), subPenny[random.Next(subPenny.Length)]);
            }
            case "impossible date":
            {
                string[] dates = ["\"2017-02-30\"", "\"2017-02-29\"", "\"2017-13-01\"", "\"2017-00-10\"", "\"2017-04-31\"", "\"2017-7-19\"", "\"19/07/2017\"", "\"2017-07-19T00:00\"", "\" 2017-07-19\"", "\"\"", "\"10000-01-01\"", "\"0000-01-01\"", "\"-0001-01-01\"", "\"2017-W29\""];
                var dated = Of(token => token.Type == 's' && IsDate(json, token));
                return Replace(dated.Count > 0 ? Pick(dated) : Pick(values), dates[random.Next(dates.Length)]);
            }
            case "range edge":
            {
                // Values at and past the supported ends: dates, amounts near decimal's limits and periods near int's.
                string[] dates = ["\"0001-01-01\"", "\"9999-12-31\"", "\"9999-12-01\"", "\"9998-12-31\"", "\"1000-01-01\"", "\"0999-12-31\""];
                string[] numbers = ["79228162514264337593543950335", "79228162514264337593543950335.00", "999999999999.99", "1000000000000", "1e-9223372036854775808", "1e9223372036854775807", "2147483647", "-2147483648"];
                string[] periods = ["\"P2147483647D\"", "\"P10Y\"", "\"P10Y1D\"", "\"P-1D\"", "\"P0D\"", "\"P9999Y\""];
                switch (random.Next(3))
                {
                    case 0:
                        var dated = Of(token => token.Type == 's' && IsDate(json, token));
                        return Replace(dated.Count > 0 ? Pick(dated) : Pick(values), dates[random.Next(dates.Length)]);
                    case 1:
                        return Replace(PickNumberOrValue(), numbers[random.Next(numbers.Length)]);
                    default:
                        var period = Of(token => token.Type == 's' && token.End - token.Start > 2 && json[token.Start + 1] == 'P');
                        return Replace(period.Count > 0 ? Pick(period) : Pick(values), periods[random.Next(periods.Length)]);
                }
            }
            case "lone surrogate":
            {
                string[] surrogates = ["\\ud800", "\\udfff", "\\udc00x", "\\ud83d", "\ud800", "\udfff", "\\ud83d\\ude00", "\ud83d\ude00"];
                return InString(surrogates[random.Next(surrogates.Length)]);
            }
            case "NUL":
                return random.Next(3) switch
                {
                    0 => InString("\\u0000"),
                    1 => InString("\0"),
                    _ => json.Insert(random.Next(json.Length + 1), "\0"),
                };
            case "control characters":
            {
                string[] controls = ["\u001b[2J", "\\u001b[31m", "\n", "\\n\\r", "\t", "\\u0007", "\u0085", "\u2028", "\\u202e", "\u007f"];
                return InString(controls[random.Next(controls.Length)]);
            }
            case "deep nesting":
            {
                int depth = new[] { 10, 63, 64, 65, 200, 5_000 }[random.Next(6)];
                bool arrays = random.Next(2) == 0;
                var text = new StringBuilder(depth * 6);
                for (int i = 0; i < depth; i++)
                {
                    text.Append(arrays ? "[" : "{\"a\": ");
                }
                text.Append('1');
                for (int i = 0; i < depth; i++)
                {
                    text.Append(arrays ? ']' : '}');
                }
                return Replace(Pick(values), text.ToString());
            }
            case "long string":
            {
                int length = new[] { 201, 1_001, 5_000, 100_001 }[random.Next(4)];
                string unit = new[] { "k", "a b", "\\n", "\\u001b", "é", "\\\"", "😀" }[random.Next(7)];
                var text = new StringBuilder(length + 8).Append('"');
                while (text.Length <= length)
                {
                    text.Append(unit);
                }
                text.Append('"');
                var strings = Of(token => token.Type == 's');
                return Replace(Pick(strings), text.ToString());
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(mutation), mutation, "no such mutation");
        }

        Token PickNumberOrValue()
        {
            var numbers = Of(token => token.Type == 'n' && (char.IsDigit(json[token.Start]) || json[token.Start] == '-'));
            return numbers.Count > 0 && random.Next(4) > 0 ? Pick(numbers) : Pick(values);
        }
    }

    private static bool IsDate(string json, Token token) =>
        token.Length == 12 && char.IsDigit(json[token.Start + 1]) && json[token.Start + 5] == '-' && json[token.Start + 8] == '-';

    /// <summary>The tokens of a valid document, with the span of every object and array.</summary>
    private static List<Token> Tokens(string json)
    {
        var tokens = new List<Token>();
        var open = new Stack<int>();
        int i = 0;
        while (i < json.Length)
        {
            char c = json[i];
            if (c == '"')
            {
                int start = i++;
                while (json[i] != '"')
                {
                    i += json[i] == '\\' ? 2 : 1;
                }
                i++;
                int next = i;
                while (next < json.Length && char.IsWhiteSpace(json[next]))
                {
                    next++;
                }
                tokens.Add(new Token(start, i, next < json.Length && json[next] == ':' ? 'k' : 's'));
            }
            else if (c == '{' || c == '[')
            {
                open.Push(i++);
            }
            else if (c == '}' || c == ']')
            {
                int start = open.Pop();
                tokens.Add(new Token(start, ++i, c == '}' ? 'o' : 'a'));
            }
            else if (c == ',' || c == ':' || char.IsWhiteSpace(c))
            {
                i++;
            }
            else
            {
                int start = i;
                while (i < json.Length && ",}] \n\r\t".IndexOf(json[i]) < 0)
                {
                    i++;
                }
                tokens.Add(new Token(start, i, 'n'));
            }
        }
        return tokens;
    }

    // ---- Counts --------------------------------------------------------------------------------------------------

    private static void Tally(Dictionary<string, int[]> counts, string key, bool read)
    {
        if (!counts.TryGetValue(key, out var count))
        {
            counts[key] = count = new int[2];
        }
        count[read ? 0 : 1]++;
    }

    private static void WriteCounts(int seed, int total, int failures, Dictionary<string, int[]> byKind, Dictionary<string, int[]> byMutation)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"hostile input campaign: seed {seed}, {total} cases, {failures} failures\n");
        void Table(string heading, Dictionary<string, int[]> counts)
        {
            text.Append(CultureInfo.InvariantCulture, $"{heading,-20} {"cases",7} {"read",7} {"refused",7}\n");
            foreach (var (key, count) in counts)
            {
                text.Append(CultureInfo.InvariantCulture, $"{key,-20} {count[0] + count[1],7} {count[0],7} {count[1],7}\n");
            }
        }
        Table("document kind", byKind);
        Table("mutation", byMutation);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "hostile-input-counts.txt"), text.ToString());
    }

    private static string Excerpt(string text, int length)
    {
        var excerpt = new StringBuilder();
        foreach (char c in text.Length > length ? text.Substring(0, length) : text)
        {
            _ = char.IsControl(c) || char.IsSurrogate(c) ? excerpt.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)) : excerpt.Append(c);
        }
        return text.Length > length ? excerpt.Append('…').ToString() : excerpt.ToString();
    }
}
