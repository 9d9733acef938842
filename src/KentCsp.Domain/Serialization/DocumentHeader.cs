using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace KentCsp.Domain.Serialization;

/// <summary>
/// What one pass over a document finds before anything is built: whether it keeps within the <see cref="JsonReadLimits"/>
/// (a refusal is thrown at once), and its top-level facts: <c>schemaVersion</c>, <c>kind</c>, and which kinds' marker
/// members it has (<see cref="DocumentKind.Marker"/>). The pass costs time linear in the document: each token is read
/// once and compared with at most the markers, one for each kind.
/// </summary>
internal sealed class DocumentHeader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly byte[] SchemaVersionName = Encoding.UTF8.GetBytes("schemaVersion");
    private static readonly byte[] KindName = Encoding.UTF8.GetBytes("kind");

    // The marker of each kind, in the order of DocumentKind.All.
    private static readonly byte[][] MarkerNames = MarkersOf(DocumentKind.All);

    private readonly List<DocumentKind> markedKinds = [];

    private DocumentHeader()
    {
    }

    /// <summary>The root token: an object for every document.</summary>
    internal JsonTokenType Root { get; private set; } = JsonTokenType.None;

    /// <summary>The syntax error that ended the pass, if the text is not well-formed JSON; the facts are those found before it.</summary>
    internal JsonException? SyntaxError { get; private set; }

    /// <summary>Whether the document has a top-level <c>schemaVersion</c> member.</summary>
    internal bool HasVersion { get; private set; }

    /// <summary>The value of <c>schemaVersion</c> when it is a whole number that fits an <see cref="int"/>; otherwise null.</summary>
    internal int? Version { get; private set; }

    /// <summary>The token of <c>schemaVersion</c>'s value.</summary>
    internal JsonTokenType VersionToken { get; private set; } = JsonTokenType.None;

    /// <summary>Whether the document has a top-level <c>kind</c> member.</summary>
    internal bool HasKind { get; private set; }

    /// <summary>The token of <c>kind</c>'s value.</summary>
    internal JsonTokenType KindToken { get; private set; } = JsonTokenType.None;

    /// <summary>The value of <c>kind</c> when it is a string; otherwise null.</summary>
    internal string? Kind { get; private set; }

    /// <summary>The kinds whose marker member the document has at the top level, in catalogue order.</summary>
    internal IReadOnlyList<DocumentKind> MarkedKinds => markedKinds;

    /// <summary>
    /// The document as UTF-8, refused with a <see cref="JsonException"/> at <c>$</c> when it is longer than
    /// <see cref="JsonReadLimits.MaxDocumentBytes"/> or is not valid Unicode. A string longer in characters than the
    /// limit is refused before it is measured: UTF-8 takes at least one byte for each UTF-16 character.
    /// </summary>
    internal static byte[] Encode(string json, JsonReadLimits limits)
    {
        if (json.Length > limits.MaxDocumentBytes)
        {
            throw TooLarge($"at least {Number(json.Length)}", limits);
        }
        int bytes;
        try
        {
            bytes = StrictUtf8.GetByteCount(json);
        }
        catch (EncoderFallbackException exception)
        {
            throw new JsonException(
                $"$: the text is not valid Unicode: it has a lone surrogate (character {Number(exception.Index + 1)}), which JSON cannot carry.",
                "$", lineNumber: null, bytePositionInLine: null, exception);
        }
        if (bytes > limits.MaxDocumentBytes)
        {
            throw TooLarge(Number(bytes), limits);
        }
        return StrictUtf8.GetBytes(json);
    }

    /// <summary>
    /// Reads <paramref name="utf8"/> once, refusing it with a <see cref="JsonException"/> that names the limit and the
    /// path when it nests deeper than <see cref="JsonReadLimits.MaxDepth"/> or has a string or member name longer than
    /// <see cref="JsonReadLimits.MaxStringBytes"/>. Malformed JSON is not refused here: the pass stops, keeps the
    /// error in <see cref="SyntaxError"/>, and leaves the serializer to report it at its path.
    /// </summary>
    internal static DocumentHeader Scan(ReadOnlySpan<byte> utf8, JsonReadLimits limits)
    {
        var header = new DocumentHeader();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = limits.MaxDepth + 1 });
        var pending = TopLevel.Other;
        long refusedAt = -1;
        string? refusal = null;
        try
        {
            while (refusal is null && reader.Read())
            {
                var token = reader.TokenType;
                int depth = reader.CurrentDepth;
                switch (token)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        if (depth + 1 > limits.MaxDepth)
                        {
                            refusedAt = reader.TokenStartIndex;
                            refusal = $"the document nests deeper than the reading limit MaxDepth ({Number(limits.MaxDepth)} levels).";
                        }
                        break;
                    case JsonTokenType.PropertyName:
                        if (TooLong(ref reader, limits.MaxStringBytes) is { } nameLength)
                        {
                            refusedAt = reader.TokenStartIndex;
                            refusal = $"a member name is {nameLength} bytes long, over the reading limit MaxStringBytes ({Number(limits.MaxStringBytes)} bytes).";
                        }
                        else if (depth == 1)
                        {
                            pending = header.TopLevelMember(ref reader);
                        }
                        continue;
                    case JsonTokenType.String:
                        if (TooLong(ref reader, limits.MaxStringBytes) is { } length)
                        {
                            refusedAt = reader.TokenStartIndex;
                            refusal = $"the string is {length} bytes long, over the reading limit MaxStringBytes ({Number(limits.MaxStringBytes)} bytes).";
                        }
                        break;
                }
                if (depth == 0 && header.Root == JsonTokenType.None)
                {
                    header.Root = token;
                }
                if (pending != TopLevel.Other && refusal is null)
                {
                    header.TopLevelValue(ref reader, pending);
                }
                pending = TopLevel.Other;
            }
        }
        catch (JsonException exception)
        {
            header.SyntaxError = exception;
        }
        catch (InvalidOperationException)
        {
            // Decoding an escaped string whose \u escapes leave half a character (\uD800 without its pair): no JSON
            // text may hold it, and System.Text.Json reports it as an invalid operation rather than a JsonException.
            refusedAt = reader.TokenStartIndex;
            refusal = "the string has a \\u escape for half a character (an unpaired surrogate), which is not valid Unicode.";
        }
        if (refusal is not null)
        {
            string path = PathOf(utf8, refusedAt, limits.MaxDepth);
            throw new JsonException($"{path}: {refusal}", path, lineNumber: null, bytePositionInLine: null);
        }
        return header;
    }

    /// <summary>
    /// The JSON path of the token that starts at byte <paramref name="target"/> (of the object holding it, for a member
    /// name), or, with a target of -1, of the place where the text stops being well-formed JSON. Used only to report a
    /// problem, so its second pass costs nothing on a good document.
    /// </summary>
    internal static string PathOf(ReadOnlySpan<byte> utf8, long target, int maxDepth)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth + 1 });
        var frames = new List<(bool IsArray, int Index, string? Name)>();
        try
        {
            while (reader.Read())
            {
                var token = reader.TokenType;
                bool atTarget = reader.TokenStartIndex == target;
                if (token == JsonTokenType.PropertyName)
                {
                    if (atTarget)
                    {
                        frames[frames.Count - 1] = (false, 0, null);
                        return Format(frames);
                    }
                    frames[frames.Count - 1] = (false, 0, reader.GetString());
                    continue;
                }
                if (token is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    frames.RemoveAt(frames.Count - 1);
                    continue;
                }
                if (frames.Count > 0 && frames[frames.Count - 1].IsArray)
                {
                    var top = frames[frames.Count - 1];
                    frames[frames.Count - 1] = (true, top.Index + 1, null);
                }
                if (atTarget)
                {
                    return Format(frames);
                }
                if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    frames.Add((token == JsonTokenType.StartArray, -1, null));
                }
            }
        }
        catch (JsonException)
        {
            // The text stops being well-formed here: the path so far is where.
        }
        return Format(frames);
    }

    /// <summary>
    /// Checks the top-level <c>schemaVersion</c> and <c>kind</c> against <paramref name="expected"/> before the
    /// document is read, so that a document of another kind or version is named as such rather than by its first
    /// unknown member. What the pass did not see (a missing <c>schemaVersion</c>, a value of the wrong JSON type, text
    /// that is not an object) is left to the serializer, which reports it at its path.
    /// </summary>
    internal void Check(DocumentKind expected)
    {
        if (Root != JsonTokenType.StartObject || Version is not { } version)
        {
            return;
        }
        if (version == KentCspJson.SchemaVersion && HasKind && KindToken != JsonTokenType.String)
        {
            throw JsonErrors.At("$.kind", $"must be a string naming the kind of document, here \"{expected.WireName}\", but was {JsonErrors.Token(KindToken)}.");
        }
        if (SyntaxError is not null && !HasKind)
        {
            WireMapper.CheckVersion(version, "$");
            return;
        }
        WireMapper.CheckVersionAndKind(version, HasKind ? Kind ?? "" : null, expected, "$");
    }

    /// <summary>
    /// The kind of the document, from its <c>kind</c> member (schema version 2) or its marker members (schema version 1);
    /// a <see cref="JsonException"/> at the member that is missing, unknown or ambiguous.
    /// </summary>
    internal DocumentKind Detect()
    {
        if (Root != JsonTokenType.StartObject)
        {
            throw JsonErrors.At("$", $"a document is a JSON object, but this is {JsonErrors.Token(Root)}.");
        }
        if (!HasVersion)
        {
            throw JsonErrors.At("$", "missing required member 'schemaVersion'; every document names its schema version.");
        }
        if (Version is not { } version)
        {
            throw JsonErrors.At("$.schemaVersion", $"must be a whole number, the schema version (1 or {KentCspJson.SchemaVersion}), but was {JsonErrors.Token(VersionToken)}.");
        }
        WireMapper.CheckVersion(version, "$");
        if (version == KentCspJson.SchemaVersion)
        {
            if (!HasKind)
            {
                throw JsonErrors.At("$.kind", $"missing: a schema version {KentCspJson.SchemaVersion} document names its kind, one of {WireNames()}.");
            }
            if (KindToken != JsonTokenType.String)
            {
                throw JsonErrors.At("$.kind", $"must be a string naming the kind of document, one of {WireNames()}, but was {JsonErrors.Token(KindToken)}.");
            }
            if (!DocumentKind.TryFromWireName(Kind, out var named))
            {
                throw JsonErrors.At("$.kind", $"\"{Kind}\" is not a kind of document this library reads; the kinds are {WireNames()}.");
            }
            return named;
        }
        if (HasKind)
        {
            throw JsonErrors.At("$.kind", $"'kind' is not a member of a schema version {version} document; unknown members are refused.");
        }
        var kinds = new List<DocumentKind>(markedKinds);
        if (kinds.Count > 1 && kinds.Contains(DocumentKind.Findings))
        {
            // A crime count document lists findings too; findings alone is the findings document.
            kinds.Remove(DocumentKind.Findings);
        }
        if (kinds.Count == 1)
        {
            return kinds[0];
        }
        if (kinds.Count == 0)
        {
            throw JsonErrors.At("$", $"the document has no 'kind' (schema version {version}) and none of the members that mark a kind of document: "
                + string.Join(", ", ListOf(DocumentKind.All)) + ".");
        }
        throw JsonErrors.At("$", $"the document has no 'kind' (schema version {version}) and the members that mark more than one kind of document: "
            + string.Join(", ", ListOf(kinds)) + ".");
    }

    private static byte[][] MarkersOf(IReadOnlyList<DocumentKind> kinds)
    {
        var names = new byte[kinds.Count][];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = Encoding.UTF8.GetBytes(kinds[i].Marker);
        }
        return names;
    }

    private static IEnumerable<string> ListOf(IEnumerable<DocumentKind> kinds)
    {
        foreach (var kind in kinds)
        {
            yield return $"'{kind.Marker}' ({kind.Description})";
        }
    }

    private static string WireNames()
    {
        var names = new List<string>();
        foreach (var kind in DocumentKind.All)
        {
            names.Add($"\"{kind.WireName}\"");
        }
        return string.Join(", ", names);
    }

    private TopLevel TopLevelMember(ref Utf8JsonReader reader)
    {
        if (reader.ValueTextEquals(SchemaVersionName))
        {
            HasVersion = true;
            return TopLevel.SchemaVersion;
        }
        if (reader.ValueTextEquals(KindName))
        {
            HasKind = true;
            return TopLevel.Kind;
        }
        var all = DocumentKind.All;
        for (int i = 0; i < all.Count; i++)
        {
            if (reader.ValueTextEquals(MarkerNames[i]) && !markedKinds.Contains(all[i]))
            {
                markedKinds.Add(all[i]);
            }
        }
        return TopLevel.Other;
    }

    private void TopLevelValue(ref Utf8JsonReader reader, TopLevel member)
    {
        var token = reader.TokenType;
        if (member == TopLevel.SchemaVersion)
        {
            VersionToken = token;
            Version = token == JsonTokenType.Number && reader.TryGetInt32(out int version) ? version : null;
        }
        else
        {
            KindToken = token;
            Kind = token == JsonTokenType.String ? reader.GetString() : null;
        }
    }

    /// <summary>The length in bytes of the current string or member name when it is over <paramref name="max"/>; otherwise null.</summary>
    private static string? TooLong(ref Utf8JsonReader reader, int max)
    {
        long raw = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (raw <= max)
        {
            // Decoding escapes only shortens a string.
            return null;
        }
        long length = reader.ValueIsEscaped ? Encoding.UTF8.GetByteCount(reader.GetString()!) : raw;
        return length > max ? Number(length) : null;
    }

    private static string Format(List<(bool IsArray, int Index, string? Name)> frames)
    {
        var path = new StringBuilder("$");
        foreach (var (isArray, index, name) in frames)
        {
            if (isArray && index >= 0)
            {
                path.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else if (!isArray && name is not null)
            {
                path.Append('.').Append(name);
            }
        }
        return path.ToString();
    }

    internal static JsonException TooLarge(string size, JsonReadLimits limits) =>
        JsonErrors.At("$", $"the document is {size} bytes of UTF-8, over the reading limit MaxDocumentBytes ({Number(limits.MaxDocumentBytes)} bytes).");

    internal static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private enum TopLevel
    {
        Other,
        SchemaVersion,
        Kind,
    }
}
