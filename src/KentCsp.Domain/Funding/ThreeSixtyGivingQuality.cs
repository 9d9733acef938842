using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Funding;

/// <summary>
/// Runs the 36 checks of 360Giving's Data Quality Tool (<see cref="ThreeSixtyGivingCheck"/>) on a 360Giving package,
/// in process and offline: a package <see cref="ThreeSixtyGiving"/> wrote, or any JSON file a user gives.
/// </summary>
/// <remarks>
/// <para>The checks follow the tool's behaviour (ThreeSixtyGiving/dataquality at commit 783b746f, 12 May 2026, for
/// 360Giving Data Standard 1.4.3), including its oddities where they decide an outcome: a charity number of
/// <c>SC012345</c> passes because two leading letters are removed; a check that counts organisations or fields can
/// report more "grants" than the package has; more than one funder is reported with a count of 0. The library differs
/// from the tool on purpose in three ways, each explained in docs/360giving.md: each check runs on its own (in the
/// tool, one value of an unexpected type stops every check of its group); a value of a type a check cannot read (a
/// number where text belongs, <c>null</c> dates) is passed over by that check and left to schema validation; and the
/// org-id prefixes are a dated snapshot (<see cref="ThreeSixtyGivingOrgIdPrefixes"/>), not a daily download.</para>
/// <para>Schema validation and code lists are not checked here: the tool runs these checks whether or not the package
/// is valid, and so does the library.</para>
/// <para>Time and memory are linear in the size of the package: one pass reads it, one pass over the grants runs every
/// check, and the checks that compare grants with one another (distinct funders, names and identifiers first seen)
/// use hash tables.</para>
/// </remarks>
/// <threadsafety>This type is thread-safe.</threadsafety>
public static class ThreeSixtyGivingQuality
{
    /// <summary>The version of the 360Giving Data Standard whose checks these are: 1.4.3.</summary>
    public const string StandardVersion = "1.4.3";

    /// <summary>The version of the Data Quality Tool the checks follow: commit 783b746f of ThreeSixtyGiving/dataquality, 12 May 2026.</summary>
    public const string ToolVersion = "ThreeSixtyGiving/dataquality 783b746f, 2026-05-12";

    /// <summary>How many locations a finding keeps (<see cref="ThreeSixtyGivingQualityFinding.Locations"/>): 20.</summary>
    public const int MaxLocations = 20;

    /// <summary>
    /// The largest package the checks read, in bytes: 256 MiB, the size limit of the library's own documents. A larger
    /// package is refused with a <see cref="JsonException"/> before it is parsed (a stream is read no further).
    /// </summary>
    public const int MaxPackageBytes = 256 * 1024 * 1024;

    private const int MaxDepth = 64;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The source every check cites: 360Giving's Data Quality Tool at the commit the checks follow.</summary>
    public static SourceDocument Source { get; } =
        new("360Giving Data Quality Tool (ThreeSixtyGiving/dataquality, commit 783b746f)", new LocalDate(2026, 5, 12));

    /// <summary>Runs the checks on a package given as JSON text.</summary>
    /// <param name="json">The package.</param>
    /// <param name="asOf">The day to judge dates on; the tool uses today's date in UTC.</param>
    /// <returns>The checks that fired, in the tool's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not JSON, or not shaped as a package, or empty, or larger than <see cref="MaxPackageBytes"/>; the message starts with the JSON path.</exception>
    public static ThreeSixtyGivingQualityReport Check(string json, LocalDate asOf)
    {
        Preconditions.CheckNotNull(json);
        SupportedDates.CheckCalendar(asOf);
        byte[] bytes;
        try
        {
            bytes = StrictUtf8.GetBytes(json);
        }
        catch (EncoderFallbackException exception)
        {
            throw new JsonException("$: the text holds half a surrogate pair, which is not text.", "$", null, null, exception);
        }
        return Check(new ReadOnlyMemory<byte>(bytes), asOf);
    }

    /// <summary>Runs the checks on a package read to its end from a stream of UTF-8 bytes.</summary>
    /// <param name="utf8Json">The package as UTF-8 (a byte-order mark is allowed); the stream is read, not closed.</param>
    /// <param name="asOf">The day to judge dates on; the tool uses today's date in UTC.</param>
    /// <returns>The checks that fired, in the tool's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="JsonException">The bytes are not UTF-8 JSON, or not shaped as a package, or empty, or larger than <see cref="MaxPackageBytes"/>; the message starts with the JSON path.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static ThreeSixtyGivingQualityReport Check(Stream utf8Json, LocalDate asOf)
    {
        Preconditions.CheckNotNull(utf8Json);
        SupportedDates.CheckCalendar(asOf);
        if (!utf8Json.CanRead)
        {
            Preconditions.ThrowArgument(nameof(utf8Json), "is a stream that cannot be read.");
        }
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[81_920];
        int read;
        while ((read = utf8Json.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxPackageBytes)
            {
                throw TooLarge();
            }
        }
        return Check(new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length), asOf);
    }

    /// <summary>Runs the checks on a package given as UTF-8 bytes.</summary>
    /// <param name="utf8Json">The package as UTF-8 (a byte-order mark is allowed).</param>
    /// <param name="asOf">The day to judge dates on; the tool uses today's date in UTC.</param>
    /// <returns>The checks that fired, in the tool's order.</returns>
    /// <exception cref="JsonException">The bytes are not UTF-8 JSON, or not shaped as a package, or empty, or larger than <see cref="MaxPackageBytes"/>; the message starts with
    /// the JSON path (<c>$.grants[3]</c>) and ends with the line where the reader knows it.</exception>
    public static ThreeSixtyGivingQualityReport Check(ReadOnlyMemory<byte> utf8Json, LocalDate asOf)
    {
        SupportedDates.CheckCalendar(asOf);
        var bytes = utf8Json.Span;
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            utf8Json = utf8Json.Slice(3);
        }
        if (utf8Json.Length > MaxPackageBytes)
        {
            throw TooLarge();
        }
        if (IsBlank(utf8Json.Span))
        {
            throw new JsonException("$: the package is empty: a 360Giving package is a JSON object.", "$", null, null);
        }
        Validate(utf8Json.Span);
        using var document = JsonDocument.Parse(utf8Json, new JsonDocumentOptions { MaxDepth = MaxDepth });
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"$: a 360Giving package is a JSON object, but this is {Kind(root)}.", "$", null, null);
        }
        var grants = new List<JsonElement>();
        if (root.TryGetProperty("grants", out var grantArray))
        {
            if (grantArray.ValueKind != JsonValueKind.Array)
            {
                throw new JsonException($"$.grants: the grants of a package are a JSON array, but this is {Kind(grantArray)}.", "$.grants", null, null);
            }
            int index = 0;
            foreach (var grant in grantArray.EnumerateArray())
            {
                if (grant.ValueKind != JsonValueKind.Object)
                {
                    string path = "$.grants[" + index.ToString(CultureInfo.InvariantCulture) + "]";
                    throw new JsonException($"{path}: a grant is a JSON object, but this is {Kind(grant)}.", path, null, null);
                }
                grants.Add(grant);
                index++;
            }
        }
        return ThreeSixtyGivingQualityRun.Run(grants, asOf);
    }

    private static JsonException TooLarge() =>
        new($"$: the package is larger than the {MaxPackageBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes the checks read.", "$", null, null);

    private static bool IsBlank(ReadOnlySpan<byte> utf8)
    {
        foreach (byte b in utf8)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }
        return true;
    }

    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        _ => "null",
    };

    // One pass of the reader over the whole package before it is parsed: it finds malformed JSON, bytes that are not
    // UTF-8 and strings that are not text (half a surrogate pair), and names the JSON path where each is, which the
    // parser does not.
    private static void Validate(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = MaxDepth });
        var frames = new List<Frame>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        frames[frames.Count - 1].Member = reader.GetString();
                        break;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        Advance(frames);
                        frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        break;
                    case JsonTokenType.String:
                        Advance(frames);
                        reader.GetString();
                        break;
                    default:
                        Advance(frames);
                        break;
                }
            }
        }
        catch (JsonException exception)
        {
            string path = PathOf(frames);
            string message = exception.Message;
            int suffix = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (suffix >= 0)
            {
                message = message.Substring(0, suffix);
            }
            long line = (exception.LineNumber ?? 0) + 1;
            throw new JsonException($"{path}: the package is not valid JSON: {message.TrimEnd()} (line {line})", path, exception.LineNumber, exception.BytePositionInLine, exception);
        }
        catch (InvalidOperationException exception)
        {
            string path = PathOf(frames);
            throw new JsonException($"{path}: a string here is not valid text (bytes that are not UTF-8, or half a surrogate pair).", path, null, null, exception);
        }
    }

    private static void Advance(List<Frame> frames)
    {
        if (frames.Count > 0 && frames[frames.Count - 1].IsArray)
        {
            frames[frames.Count - 1].Index++;
        }
    }

    private static string PathOf(List<Frame> frames)
    {
        var path = new StringBuilder("$");
        foreach (var frame in frames)
        {
            if (frame.IsArray)
            {
                if (frame.Index >= 0)
                {
                    path.Append('[').Append(frame.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
                }
            }
            else if (frame.Member is { } member)
            {
                path.Append('.').Append(member);
            }
        }
        return path.ToString();
    }

    private sealed class Frame(bool isArray)
    {
        internal bool IsArray { get; } = isArray;

        internal int Index { get; set; } = -1;

        internal string? Member { get; set; }
    }
}
