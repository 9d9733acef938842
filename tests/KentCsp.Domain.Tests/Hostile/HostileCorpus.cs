using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using KentCsp.Domain.Serialization;

namespace KentCsp.Domain.Tests.Hostile;

/// <summary>One hostile input: the family it belongs to, the document kind it was made from (null for any), its text
/// (null when it exists only as bytes, such as invalid UTF-8) and its bytes.</summary>
internal sealed record HostileInput(string Family, DocumentKind? Kind, string? Text, byte[] Bytes, string Name)
{
    public static HostileInput OfText(string family, DocumentKind? kind, string text, string name) =>
        new(family, kind, text, Encoding.UTF8.GetBytes(text), name);

    public static HostileInput OfBytes(string family, DocumentKind? kind, byte[] bytes, string name) =>
        new(family, kind, null, bytes, name);
}

/// <summary>
/// A small hostile corpus per document kind, for every reader of <see cref="KentCspJson"/> whatever its input (text,
/// UTF-8 bytes or a stream): empty text, a byte-order mark alone, arrays and bare values, truncations, deep nesting,
/// long strings, lone surrogates, invalid UTF-8, NULs, huge, negative, sub-penny and exponent numbers, dates at and
/// past the supported ends, every kind's valid document, and one of each of the campaign's mutations
/// (<see cref="HostileInputCampaignTest.Mutate"/>, with a seed of its own so the campaign's counts do not change).
/// </summary>
internal static class HostileCorpus
{
    /// <summary>The corpus's seed for the campaign's mutations.</summary>
    public const int Seed = 19980731;

    private static readonly Lazy<IReadOnlyList<HostileInput>> AllInputs = new(Build);

    private static readonly Lazy<Dictionary<DocumentKind, List<(string Name, string Json)>>> Valid = new(ValidDocuments);

    /// <summary>Every input, in a fixed order.</summary>
    public static IReadOnlyList<HostileInput> All => AllInputs.Value;

    /// <summary>Every document kind with the valid documents the campaign starts from (built-in and approved snapshots).</summary>
    public static Dictionary<DocumentKind, List<(string Name, string Json)>> ValidByKind => Valid.Value;

    /// <summary>The inputs for a reader of <paramref name="kind"/> (null: the any-kind reader, which gets all of them).</summary>
    public static IEnumerable<HostileInput> For(DocumentKind? kind) =>
        kind is null ? All : All.Where(input => input.Kind is null || input.Kind == kind || input.Family == "valid document");

    private static Dictionary<DocumentKind, List<(string, string)>> ValidDocuments()
    {
        var seeds = HostileInputCampaignTest.SeedDocuments();
        return seeds.ToDictionary(seed => DocumentKind.All.Single(kind => string.Equals(kind.Name, seed.Key.Replace(" ", ""), StringComparison.OrdinalIgnoreCase)), seed => seed.Value);
    }

    private static List<HostileInput> Build()
    {
        var inputs = new List<HostileInput>();
        void Text(string family, string text, string name, DocumentKind? kind = null) => inputs.Add(HostileInput.OfText(family, kind, text, name));
        void Bytes(string family, byte[] bytes, string name, DocumentKind? kind = null) => inputs.Add(HostileInput.OfBytes(family, kind, bytes, name));

        Text("empty", "", "empty text");
        Text("empty", "   \n\t ", "white space");
        Text("byte-order mark", "\uFEFF", "BOM only");
        Bytes("byte-order mark", [0xEF, 0xBB, 0xBF], "UTF-8 BOM bytes only");
        Bytes("byte-order mark", [0xFF, 0xFE, (byte)'{', 0, (byte)'}', 0], "UTF-16 little-endian object");
        foreach (string bare in new[] { "[]", "[{}]", "{}", "1", "-0", "1e400", "\"x\"", "true", "null", "{\"schemaVersion\": 2}", "{\"schemaVersion\": 2, \"kind\": \"partnership\"}" })
        {
            Text("array or bare value", bare, bare);
        }
        Text("deep nesting", new string('[', 100_000), "100,000 open brackets");
        Text("deep nesting", string.Concat(Enumerable.Repeat("{\"a\":", 5_000)) + "1" + new string('}', 5_000), "5,000 nested objects");
        Text("long string", "{\"schemaVersion\": 2, \"kind\": \"findings\", \"x\": \"" + new string('k', 1024 * 1024 + 1) + "\"}", "string over the length limit");
        Text("lone surrogate", "{\"schemaVersion\": 2, \"kind\": \"\ud800\"}", "raw lone surrogate");
        Text("lone surrogate", "{\"schemaVersion\": 2, \"kind\": \"\\udfff\"}", "escaped lone surrogate");
        Bytes("invalid UTF-8", [(byte)'{', 0xFF, (byte)'}'], "0xFF byte");
        Bytes("invalid UTF-8", Encoding.ASCII.GetBytes("{\"schemaVersion\": 2, \"kind\": \"").Concat(new byte[] { 0xC0, 0x80, (byte)'"', (byte)'}' }).ToArray(), "overlong NUL");
        Bytes("invalid UTF-8", Encoding.ASCII.GetBytes("{\"schemaVersion\": 2, \"kind\": \"").Concat(new byte[] { 0xED, 0xA0, 0x80, (byte)'"', (byte)'}' }).ToArray(), "encoded surrogate");
        Text("NUL", "\0", "NUL alone");
        Text("NUL", "{\"schemaVersion\": 2,\0 \"kind\": \"partnership\"}", "NUL between members");

        var random = new Random(Seed);
        foreach (var (kind, documents) in ValidByKind)
        {
            foreach (var (name, json) in documents.Take(2))
            {
                Text("valid document", json, name, kind);
            }
            if (documents.Count == 0)
            {
                continue;
            }
            var (firstName, first) = documents[0];
            byte[] utf8 = Encoding.UTF8.GetBytes(first);
            Text("truncation", first.Substring(0, first.Length / 2), firstName + " cut in half", kind);
            Text("truncation", first.Substring(0, first.Length - 1), firstName + " without its last character", kind);
            Bytes("invalid UTF-8", utf8.Take(utf8.Length / 3).Concat(new byte[] { 0xE2, 0x82 }).ToArray(), firstName + " cut inside a character", kind);
            Bytes("invalid UTF-8", InsideFirstString(utf8, [0xFF, 0xFE]), firstName + " with 0xFF 0xFE in a string", kind);
            Text("byte-order mark", "\uFEFF" + first, firstName + " after a BOM", kind);
            Text("NUL", InsideFirstString(first, "\\u0000"), firstName + " with an escaped NUL", kind);
            Text("lone surrogate", InsideFirstString(first, "\ud83d"), firstName + " with a raw half emoji", kind);
            foreach (string number in new[] { "1e400", "-1", "0.001", "79228162514264337593543950335", "1e-9223372036854775808", "-2147483649" })
            {
                Text("number", EveryNumber.Replace(first, ": " + number), $"{firstName} with every number {number}", kind);
            }
            foreach (string date in new[] { "0001-01-01", "0999-12-31", "1000-01-01", "9998-12-31", "9999-12-31", "2017-02-29" })
            {
                Text("date", EveryDate.Replace(first, "\"" + date + "\""), $"{firstName} with every date {date}", kind);
            }
            foreach (string mutation in HostileInputCampaignTest.Mutations)
            {
                var (name, json) = documents[random.Next(documents.Count)];
                Text("campaign mutation", HostileInputCampaignTest.Mutate(json, mutation, random), $"{name}, {mutation}", kind);
            }
        }
        return inputs;
    }

    private static readonly Regex EveryNumber = new(@"(?<!""schemaVersion""):\s*-?\d[\d.eE+-]*(?=\s*[,}\]\n])", RegexOptions.CultureInvariant);

    private static readonly Regex EveryDate = new("\"\\d{4}-\\d{2}-\\d{2}\"", RegexOptions.CultureInvariant);

    private static string InsideFirstString(string json, string insert)
    {
        int at = json.IndexOf(": \"", StringComparison.Ordinal);
        return at < 0 ? json + insert : json.Insert(at + 3, insert);
    }

    private static byte[] InsideFirstString(byte[] utf8, byte[] insert)
    {
        int at = Encoding.UTF8.GetString(utf8).IndexOf(": \"", StringComparison.Ordinal);
        return at < 0 ? utf8.Concat(insert).ToArray() : utf8.Take(at + 3).Concat(insert).Concat(utf8.Skip(at + 3)).ToArray();
    }
}
