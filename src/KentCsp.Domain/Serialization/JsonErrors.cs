using System;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace KentCsp.Domain.Serialization;

/// <summary>
/// Turns the serializer's failures into messages for the person who wrote the document: every message starts with the
/// JSON path, says what is wrong in the document's own terms (no .NET type names), and ends with the line number where
/// the reader knows it. The original exception is kept as the inner exception.
/// </summary>
internal static class JsonErrors
{
    private static readonly (Regex Pattern, string Replacement)[] Rewrites =
    [
        (new Regex(@"^The JSON property '(?<name>[^']*)' could not be mapped to any \.NET member contained in type '[^']*'\.$"),
            "'${name}' is not a member of this object; unknown members are refused."),
        (new Regex(@"^JSON deserialization for type '[^']*' was missing required properties including: (?<names>.*)\.$"),
            "missing required member(s) ${names}."),
        (new Regex(@"^The (?:constructor parameter|property or field) '[^']*' on type '[^']*' doesn't allow null values\..*$"),
            "must not be null."),
        (new Regex(@"^Duplicate property '(?<name>[^']*)' encountered during deserialization of type '[^']*'\.$"),
            "'${name}' appears more than once; duplicate members are refused."),
        (new Regex(@"^Duplicate properties not allowed during deserialization\.?$"),
            "the member appears more than once; duplicate members are refused."),
        (new Regex(@"^Expected depth to be zero at the end of the JSON payload\..*$", RegexOptions.Singleline),
            "the document ends before every object and array in it is closed; it may be cut short."),
        (new Regex(@"^Expected the input to start with a valid JSON token.*$", RegexOptions.Singleline),
            "the document holds no JSON value."),
        (new Regex(@"^Cannot read incomplete UTF-16 JSON text.*$", RegexOptions.Singleline),
            "the text ends in half a character (an unpaired surrogate)."),
        (new Regex(@"^The maximum configured depth of (?<depth>\d+) has been exceeded.*$", RegexOptions.Singleline),
            "objects and arrays are nested more than ${depth} deep."),
        (new Regex(@"^CurrentDepth \((?<depth>\d+)\) is equal to or larger than the maximum allowed depth.*$", RegexOptions.Singleline),
            "objects and arrays are nested more than ${depth} deep."),
    ];

    private static readonly Regex Conversion = new(@"^The JSON value could not be converted to (?<type>[^ ]+?)\.(?: |$)", RegexOptions.Singleline);

    // What a .NET type the serializer wanted is, in JSON: the serializer names the type, not the JSON it reads. For a
    // member of a document it may name the document's type instead of the member's, and then nothing is known (null).
    private static string? Expected(string type)
    {
        string name = type.StartsWith("System.Nullable`1[", StringComparison.Ordinal) ? type.Substring(18).TrimEnd(']') : type;
        return name switch
        {
            "System.Int16" or "System.Int32" or "System.Int64" or "System.UInt16" or "System.UInt32" or "System.UInt64"
                or "System.Byte" or "System.SByte" or "System.Decimal" or "System.Double" or "System.Single" => "a number",
            "System.String" or "System.Char" => "a string",
            "System.Boolean" => "true or false",
            _ when name.EndsWith("[]", StringComparison.Ordinal) || name.Contains("List`1") || name.Contains("IEnumerable`1")
                || name.Contains("Collection`1") => "an array",
            _ when name.Contains("Dictionary`2") => "an object",
            _ => null,
        };
    }

    // The reader's own phrase for "at the end of the text", which means nothing to the person who wrote the document.
    private static readonly Regex FinalBlock = new(@",?\s*when isFinalBlock is true", RegexOptions.IgnoreCase);

    /// <summary>The longest message a reader exception carries; anything longer is cut, so a message never grows with the document.</summary>
    private const int MaxMessageLength = 1_000;

    private static readonly Regex PathSuffix = new(@"\s*Path: .*$", RegexOptions.Singleline);

    /// <summary>A new exception whose message names the path and the problem; <paramref name="exception"/> becomes its inner exception.</summary>
    internal static JsonException Describe(JsonException exception) => Describe(exception, exception.Path ?? "$");

    /// <summary>As <see cref="Describe(JsonException)"/>, at <paramref name="path"/>: for an error of the reader, which knows no path.</summary>
    internal static JsonException Describe(JsonException exception, string path)
    {
        string message = PathSuffix.Replace(exception.Message, "");
        bool rewritten = false;
        var conversion = Conversion.Match(message);
        if (conversion.Success)
        {
            message = Expected(conversion.Groups["type"].Value) is { } expected
                ? $"expected {expected} here, but found a value of another JSON type."
                : "the value here is of the wrong JSON type for this member.";
            rewritten = true;
        }
        foreach (var (pattern, replacement) in Rewrites)
        {
            if (!rewritten && pattern.IsMatch(message))
            {
                message = pattern.Replace(message, replacement);
                rewritten = true;
                break;
            }
        }
        if (!rewritten)
        {
            message = FinalBlock.Replace(message, "");
        }
        if (exception.LineNumber is { } line)
        {
            message = message.TrimEnd('.') + $" (line {line + 1}, byte {exception.BytePositionInLine + 1}).";
        }
        return new JsonException($"{path}: {Safe(message)}", path, exception.LineNumber, exception.BytePositionInLine, exception);
    }

    /// <summary>
    /// <paramref name="message"/> made safe to print: control characters, line and paragraph separators and unpaired
    /// surrogates written as <c>\uXXXX</c>, and at most <see cref="MaxMessageLength"/> characters (then "…"). Values are
    /// already quoted as short excerpts where the message is built; this is the last guard, so that no message can carry a
    /// raw newline or terminal escape sequence, or grow with the document.
    /// </summary>
    internal static string Safe(string message)
    {
        bool clean = message.Length <= MaxMessageLength;
        for (int i = 0; clean && i < message.Length; i++)
        {
            clean = !NeedsEscape(message, i);
        }
        if (clean)
        {
            return message;
        }
        var text = new System.Text.StringBuilder(Math.Min(message.Length, MaxMessageLength) + 16);
        for (int i = 0; i < message.Length && text.Length < MaxMessageLength; i++)
        {
            if (NeedsEscape(message, i))
            {
                text.Append("\\u").Append(((int)message[i]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                text.Append(message[i]);
            }
        }
        if (text.Length >= MaxMessageLength)
        {
            text.Append('…');
        }
        return text.ToString();
    }

    private static bool NeedsEscape(string text, int i)
    {
        char c = text[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]);
        }
        if (char.IsLowSurrogate(c))
        {
            return i == 0 || !char.IsHighSurrogate(text[i - 1]);
        }
        return char.IsControl(c) || c == '\u2028' || c == '\u2029';
    }

    /// <summary>
    /// An exception for the first unpaired surrogate in <paramref name="json"/> (half of a character, which no UTF-8 text
    /// can hold), or null if there is none. The serializer would otherwise fail with an <see cref="ArgumentException"/>
    /// that names no place in the document. One pass over the text.
    /// </summary>
    internal static JsonException? CheckSurrogates(string json)
    {
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < json.Length; i++)
        {
            char c = json[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < json.Length && char.IsLowSurrogate(json[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return new JsonException(
                    $"$: the text holds half a character (the unpaired surrogate \\u{(int)c:X4}), which a JSON document cannot hold (line {line + 1}, character {i - lineStart + 1}).",
                    "$", line, i - lineStart);
            }
        }
        return null;
    }

    /// <summary>
    /// The first thing wrong with the shape of <paramref name="json"/> as a whole, or null if it starts as a JSON object:
    /// "the document is empty", "… but found an array", and so on, as one sentence. Looks at the first value only, so it
    /// costs no more than the white space before it.
    /// </summary>
    internal static JsonException? CheckStartsWithObject(string json, int start, string kind)
    {
        int i = start;
        while (i < json.Length && IsWhiteSpace(json[i]))
        {
            i++;
        }
        return i == json.Length ? Empty(kind) : NotAnObject(json[i], kind);
    }

    /// <summary>
    /// As <see cref="CheckStartsWithObject(string, int, string)"/>, for UTF-8 after any byte-order mark. When the bytes
    /// are only the start of a longer document (<paramref name="complete"/> false: a stream cut at the size limit), white
    /// space to their end says nothing about the rest, and gives null.
    /// </summary>
    internal static JsonException? CheckStartsWithObject(ReadOnlySpan<byte> utf8, bool complete, string kind)
    {
        int i = 0;
        while (i < utf8.Length && IsWhiteSpace((char)utf8[i]))
        {
            i++;
        }
        if (i == utf8.Length)
        {
            return complete ? Empty(kind) : null;
        }
        // A byte of 0x80 or over starts no JSON token, as a character of U+0080 or over does not.
        return NotAnObject((char)utf8[i], kind);
    }

    private static bool IsWhiteSpace(char c) => c == ' ' || c == '\t' || c == '\r' || c == '\n';

    private static JsonException Empty(string kind) =>
        At("$", $"the document is empty: expected {WireMapper.Article(kind)} {kind} document (a JSON object).");

    private static JsonException? NotAnObject(char first, string kind)
    {
        JsonTokenType? found = first switch
        {
            '[' => JsonTokenType.StartArray,
            '"' => JsonTokenType.String,
            't' or 'f' => JsonTokenType.True,
            'n' => JsonTokenType.Null,
            '-' or (>= '0' and <= '9') => JsonTokenType.Number,
            _ => null,
        };
        return found is { } token ? At("$", $"expected {WireMapper.Article(kind)} {kind} document (a JSON object), but found {Token(token)}.") : null;
    }

    /// <summary>
    /// An exception for the first byte of <paramref name="utf8"/> that is not part of a well-formed UTF-8 character (a
    /// file saved as Latin-1 or UTF-16, or cut in the middle of a character), or null if the bytes are UTF-8: the
    /// counterpart for bytes of <see cref="CheckSurrogates"/>, one sentence at <c>$</c> naming the line and the byte
    /// in it, or saying that the document is UTF-16 when it starts with a UTF-16 byte-order mark. One pass over the
    /// bytes; the line is counted only when a byte is wrong.
    /// </summary>
    internal static JsonException? CheckUtf8(ReadOnlySpan<byte> utf8)
    {
#if NET
        if (System.Text.Unicode.Utf8.IsValid(utf8))
        {
            return null;
        }
#endif
        int at = FirstInvalidUtf8(utf8);
        if (at < 0)
        {
            return null;
        }
        if (at == 0 && utf8.Length >= 2 && ((utf8[0] == 0xFF && utf8[1] == 0xFE) || (utf8[0] == 0xFE && utf8[1] == 0xFF)))
        {
            // A text editor's "Unicode": name it, rather than its first byte.
            return At("$", "the document is UTF-16 (it starts with a UTF-16 byte-order mark), but a JSON document is UTF-8 text.");
        }
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < at; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        string position = string.Format(System.Globalization.CultureInfo.InvariantCulture, "line {0}, byte {1}", line + 1, at - lineStart + 1);
        return new JsonException(
            $"$: the document is not valid UTF-8: the byte 0x{utf8[at].ToString("X2", System.Globalization.CultureInfo.InvariantCulture)} ({position}) is not part of a well-formed character, and a JSON document is UTF-8 text.",
            "$", line, at - lineStart);
    }

    /// <summary>
    /// The index of the first byte that starts no well-formed UTF-8 sequence (Unicode, chapter 3, table 3-7: no overlong
    /// forms, no surrogates, nothing above U+10FFFF), or -1.
    /// </summary>
    private static int FirstInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        int i = 0;
        while (i < utf8.Length)
        {
            byte lead = utf8[i];
            if (lead < 0x80)
            {
                i++;
                continue;
            }
            int following;
            byte low = 0x80;
            byte high = 0xBF;
            switch (lead)
            {
                case >= 0xC2 and <= 0xDF:
                    following = 1;
                    break;
                case 0xE0:
                    following = 2;
                    low = 0xA0;
                    break;
                case 0xED:
                    following = 2;
                    high = 0x9F;
                    break;
                case >= 0xE1 and <= 0xEF:
                    following = 2;
                    break;
                case 0xF0:
                    following = 3;
                    low = 0x90;
                    break;
                case >= 0xF1 and <= 0xF3:
                    following = 3;
                    break;
                case 0xF4:
                    following = 3;
                    high = 0x8F;
                    break;
                default:
                    return i;
            }
            if (i + following >= utf8.Length || utf8[i + 1] < low || utf8[i + 1] > high)
            {
                return i;
            }
            for (int k = 2; k <= following; k++)
            {
                if (utf8[i + k] < 0x80 || utf8[i + k] > 0xBF)
                {
                    return i;
                }
            }
            i += following + 1;
        }
        return -1;
    }

    /// <summary>
    /// An exception for a value the domain rejected, at <paramref name="path"/> extended by the rejected parameter, e.g.
    /// <c>$.allocations[0].bidId: allocations[0].bidId refers to bid 'no-such-bid', which is not in the round.</c>
    /// The path and the text come from the refusal's <see cref="ArgumentException.ParamName"/> and
    /// <see cref="ArgumentRefusedException.Reason"/>, never from its message.
    /// </summary>
    internal static JsonException Rejected(string path, ArgumentException exception)
    {
        string memberPath = exception.ParamName is { Length: > 0 } name ? path + "." + name : path;
        return new JsonException($"{memberPath}: {Safe(Sentence(exception))}", memberPath, lineNumber: null, bytePositionInLine: null, exception);
    }

    /// <summary>
    /// Why <paramref name="exception"/> refused its value, as a sentence that starts with the parameter:
    /// <c>pounds must not be negative, but was -1.</c>
    /// </summary>
    internal static string Sentence(ArgumentException exception) => exception switch
    {
        ArgumentRefusedException refused => refused.ParamName + " " + refused.Reason,
        ArgumentNullException { ParamName: { Length: > 0 } name } => name + " " + NullReason,
        _ => WithoutParameterNote(exception),
    };

    /// <summary>
    /// Why <paramref name="exception"/> refused its value, without the parameter: <c>must not be negative, but was -1.</c>
    /// </summary>
    internal static string Reason(ArgumentException exception)
    {
        switch (exception)
        {
            case ArgumentRefusedException refused:
                return refused.Reason;
            case ArgumentNullException { ParamName: { Length: > 0 } }:
                return NullReason;
            default:
                string sentence = WithoutParameterNote(exception);
                string prefix = exception.ParamName + " ";
                return exception.ParamName is { Length: > 0 } && sentence.StartsWith(prefix, StringComparison.Ordinal) ? sentence.Substring(prefix.Length) : sentence;
        }
    }

    // The library reports a null with ArgumentNullException and "{name} must not be null."; a null refused elsewhere is
    // reported in the same words, whatever the text of its message.
    private const string NullReason = "must not be null.";

    // The message of an ArgumentException that is not a refusal (one from NodaTime or the runtime), without the note of
    // the parameter that ArgumentException.Message appends. The note's layout depends on the runtime (" (Parameter 'x')"
    // on .NET, "\r\nParameter name: x" on .NET Framework) and on its language, so it is not parsed: the runtime is asked
    // for the note itself (the message of an ArgumentException with empty text), and the message is cut where the note
    // starts. Whatever follows the note goes too, such as ArgumentOutOfRangeException's "Actual value was …" line.
    private static string WithoutParameterNote(ArgumentException exception)
    {
        string message = exception.Message;
        if (exception.ParamName is not { Length: > 0 } name)
        {
            return message;
        }
        string note = new ArgumentException(string.Empty, name).Message;
        int at = note.Length > 0 ? message.LastIndexOf(note, StringComparison.Ordinal) : -1;
        return at >= 0 ? message.Substring(0, at) : message;
    }

    /// <summary>A JSON token in the document's own terms: "a string", "a number", "null", …</summary>
    internal static string Token(JsonTokenType token) => token switch
    {
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => "no value",
    };

    /// <summary>An exception for a problem found after reading, at <paramref name="path"/>.</summary>
    internal static JsonException At(string path, string message) =>
        new($"{path}: {Safe(message)}", path, lineNumber: null, bytePositionInLine: null);
}
