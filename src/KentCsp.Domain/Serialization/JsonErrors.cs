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
    internal static JsonException Describe(JsonException exception)
    {
        string path = exception.Path ?? "$";
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

    /// <summary>An exception for a value the domain rejected, at <paramref name="path"/> extended by the rejected parameter.</summary>
    internal static JsonException Rejected(string path, ArgumentException exception)
    {
        string memberPath = exception.ParamName is { Length: > 0 } name ? path + "." + name : path;
        string message = exception.Message;
        int suffix = message.LastIndexOf(" (Parameter '", StringComparison.Ordinal);
        if (suffix >= 0)
        {
            message = message.Substring(0, suffix);
        }
        return new JsonException($"{memberPath}: {message}", memberPath, lineNumber: null, bytePositionInLine: null, exception);
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
