using System;
using System.Text.Json;
using CsCheck;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.Indicators;
using Xunit;

namespace KentCsp.Domain.Tests.Recording;

/// <summary>
/// Damaged recording documents — a cut, a deleted span, a replaced character, a duplicated span — either read as a
/// valid object that writes back to a readable document, or fail with a <see cref="JsonException"/> whose message starts
/// with the JSON path. Nothing else escapes.
/// </summary>
public class RecordingDocumentMutationTest
{
    private const string Replacements = "{}[],:\"0-9. aZ\\\u00e9\u0000";

    private static readonly Gen<Func<string, string>> Mutations = Gen.OneOf(
        Gen.Double[0, 1].Select(at => (Func<string, string>)(json => json.Substring(0, (int)(at * json.Length)))),
        Gen.Select(Gen.Double[0, 1], Gen.Int[1, 40], (at, length) => (Func<string, string>)(json =>
        {
            int start = (int)(at * (json.Length - 1));
            return json.Remove(start, Math.Min(length, json.Length - start));
        })),
        Gen.Select(Gen.Double[0, 1], Gen.Int[0, Replacements.Length - 1], (at, c) => (Func<string, string>)(json =>
        {
            int index = (int)(at * (json.Length - 1));
            return json.Substring(0, index) + Replacements[c] + json.Substring(index + 1);
        })),
        Gen.Select(Gen.Double[0, 1], Gen.Int[1, 60], (at, length) => (Func<string, string>)(json =>
        {
            int start = (int)(at * (json.Length - 1));
            string span = json.Substring(start, Math.Min(length, json.Length - start));
            return json.Insert(start, span);
        })));

    private static void Check<T>(string json, Func<string, T> read, Func<T, string> write)
    {
        Mutations.Sample(
            mutate =>
            {
                string damaged = mutate(json);
                T value;
                try
                {
                    value = read(damaged);
                }
                catch (JsonException exception)
                {
                    return exception.Message.StartsWith("$", StringComparison.Ordinal);
                }
                string written = write(value);
                return write(read(written)) == written;
            },
            iter: 2_500);
    }

    [Fact]
    public void IndicatorSet_AnyDamage_ReadsValidOrFailsWithAPath() =>
        Check(KentCspJson.Serialize(IndicatorFixtures.Illustrative()), KentCspJson.DeserializeIndicatorSet, KentCspJson.Serialize);

    [Fact]
    public void Incident_AnyDamage_ReadsValidOrFailsWithAPath() =>
        Check(KentCspJson.Serialize(RecordingBuilders.StreetFight()), KentCspJson.DeserializeIncident, KentCspJson.Serialize);

    [Fact]
    public void CrimeCount_AnyDamage_ReadsValidOrFailsWithAPath() =>
        Check(
            KentCspJson.Serialize(Domain.Recording.CrimeCounter.Count(RecordingBuilders.StreetFight(), Domain.Recording.OffenceRanking.Illustrative, Domain.Recording.CountingMode.VictimBased)),
            KentCspJson.DeserializeCrimeCount,
            KentCspJson.Serialize);

    [Fact]
    public void AccuracyAudit_AnyDamage_ReadsValidOrFailsWithAPath() =>
        Check(KentCspJson.Serialize(new Domain.Recording.AccuracyAudit(1000, 836)), KentCspJson.DeserializeAccuracyAudit, KentCspJson.Serialize);

    [Fact]
    public void MorileRanking_AnyDamage_ReadsValidOrFailsWithAPath() =>
        Check(KentCspJson.Serialize(KentMorile.PilotDistricts[0]), KentCspJson.DeserializeMorileRanking, KentCspJson.Serialize);
}
