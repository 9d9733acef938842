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
        (new Regex(@"^The JSON value could not be converted to (?<type>\S+)\..*$"),
            "the value is not of the expected JSON type."),
    ];

    private static readonly Regex PathSuffix = new(@"\s*Path: .*$", RegexOptions.Singleline);

    /// <summary>A new exception whose message names the path and the problem; <paramref name="exception"/> becomes its inner exception.</summary>
    internal static JsonException Describe(JsonException exception) => Describe(exception, exception.Path ?? "$");

    /// <summary>As <see cref="Describe(JsonException)"/>, at <paramref name="path"/>: for an error of the reader, which knows no path.</summary>
    internal static JsonException Describe(JsonException exception, string path)
    {
        string message = PathSuffix.Replace(exception.Message, "");
        foreach (var (pattern, replacement) in Rewrites)
        {
            if (pattern.IsMatch(message))
            {
                message = pattern.Replace(message, replacement);
                break;
            }
        }
        if (exception.LineNumber is { } line)
        {
            message = message.TrimEnd('.') + $" (line {line + 1}, byte {exception.BytePositionInLine + 1}).";
        }
        return new JsonException($"{path}: {message}", path, exception.LineNumber, exception.BytePositionInLine, exception);
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
        return new JsonException($"{memberPath}: {Sentence(exception)}", memberPath, lineNumber: null, bytePositionInLine: null, exception);
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
        new($"{path}: {message}", path, lineNumber: null, bytePositionInLine: null);
}
