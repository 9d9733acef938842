using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;

namespace KentCsp.Domain.Utility;

/// <summary>
/// Argument checks for public constructors and factories. Each check names the parameter it rejects, so that the
/// message (and, through the JSON reader, the JSON path) tells the caller which field was wrong. A refused value is
/// reported with <see cref="ArgumentRefusedException"/>, which keeps the parameter and the reason apart; a null with
/// <see cref="ArgumentNullException"/>.
/// </summary>
internal static class Preconditions
{
    /// <summary>
    /// The longest identifier a check accepts, in UTF-16 code units: organisation identifier parts, factor identifiers,
    /// slugs and other machine-readable keys.
    /// </summary>
    internal const int MaxIdentifierLength = 200;

    /// <summary>The longest name a check accepts, in UTF-16 code units: the name of an organisation, a factor or a person's role.</summary>
    internal const int MaxNameLength = 1_000;

    /// <summary>
    /// The longest text a check accepts, in UTF-16 code units: any other free text (a purpose, a minute, a resolution).
    /// Every text checked by <see cref="CheckNotBlank(string?, string?)"/> is held to it unless the caller names a shorter limit.
    /// </summary>
    internal const int MaxTextLength = 100_000;

    /// <summary>The most characters of a refused value that <see cref="Quote"/> shows.</summary>
    internal const int MaxExcerptLength = 40;

    /// <summary>Returns <paramref name="argument"/>, or throws <see cref="ArgumentNullException"/> if it is null.</summary>
    internal static T CheckNotNull<T>([NotNull] T? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        where T : class
    {
        if (argument is null)
        {
            ThrowArgumentNull(paramName);
        }
        return argument;
    }

    /// <summary>
    /// Returns <paramref name="argument"/> with surrounding white space removed, or throws <see cref="ArgumentNullException"/>
    /// if it is null and <see cref="ArgumentRefusedException"/> if it is empty or only white space, or longer than
    /// <see cref="MaxTextLength"/> characters.
    /// </summary>
    internal static string CheckNotBlank([NotNull] string? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null) =>
        CheckNotBlank(argument, MaxTextLength, paramName);

    /// <summary>
    /// Returns <paramref name="argument"/> with surrounding white space removed, or throws <see cref="ArgumentNullException"/>
    /// if it is null and <see cref="ArgumentRefusedException"/> if it is empty or only white space, or longer than
    /// <paramref name="maxLength"/> characters (checked before anything else is done with it, so a huge value costs no more
    /// than its length).
    /// </summary>
    internal static string CheckNotBlank([NotNull] string? argument, int maxLength, string? paramName)
    {
        CheckNotNull(argument, paramName);
        CheckLength(argument, maxLength, paramName);
        var trimmed = argument.Trim();
        if (trimmed.Length == 0)
        {
            ThrowArgument(paramName, "must not be empty or white space");
        }
        return trimmed;
    }

    /// <summary>
    /// Returns <paramref name="argument"/>, an identifier: not null, 1 to <see cref="MaxIdentifierLength"/> characters, and
    /// without white space. The check looks at each character once and builds its message only when it fails.
    /// </summary>
    internal static string CheckIdentifier([NotNull] string? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
    {
        CheckNotNull(argument, paramName);
        CheckLength(argument, MaxIdentifierLength, paramName);
        if (argument.Length == 0)
        {
            ThrowArgument(paramName, "must not be empty or white space");
        }
        for (int i = 0; i < argument.Length; i++)
        {
            if (char.IsWhiteSpace(argument[i]))
            {
                ThrowArgument(paramName, argument.Trim().Length == 0
                    ? "must not be empty or white space"
                    : $"must not contain white space, but was {Quote(argument)}");
            }
        }
        return argument;
    }

    /// <summary>
    /// Throws <see cref="ArgumentRefusedException"/> if <paramref name="argument"/> is longer than
    /// <paramref name="maxLength"/>; the message gives the limit and the length, and an excerpt of the value.
    /// </summary>
    internal static void CheckLength(string argument, int maxLength, string? paramName)
    {
        if (argument.Length > maxLength)
        {
            ThrowArgument(paramName, $"must be at most {Count(maxLength)} characters long, but was {Count(argument.Length)} characters: {Quote(argument)}");
        }
    }

    /// <summary>
    /// A value for an error message: in double quotes, at most <see cref="MaxExcerptLength"/> characters of it followed by
    /// "…" when it is longer, with quotes and backslashes escaped and control characters, line and paragraph separators and
    /// unpaired surrogates written as <c>\uXXXX</c>, so a message never holds a raw newline or terminal escape and never
    /// grows with the value. Costs time proportional to the excerpt, not to the value.
    /// </summary>
    internal static string Quote(string? value)
    {
        if (value is null)
        {
            return "null";
        }
        var text = new System.Text.StringBuilder(MaxExcerptLength + 8).Append('"');
        int end = Math.Min(value.Length, MaxExcerptLength);
        if (end < value.Length && char.IsHighSurrogate(value[end - 1]) && char.IsLowSurrogate(value[end]))
        {
            end--;
        }
        for (int i = 0; i < end; i++)
        {
            char c = value[i];
            bool paired = char.IsHighSurrogate(c) ? i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])
                : char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(value[i - 1]);
            if (c == '"' || c == '\\')
            {
                text.Append('\\').Append(c);
            }
            else if (char.IsControl(c) || c == '\u2028' || c == '\u2029' || (char.IsSurrogate(c) && !paired))
            {
                text.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                text.Append(c);
            }
        }
        text.Append('"');
        if (end < value.Length)
        {
            text.Append('…');
        }
        return text.ToString();
    }

    /// <summary>
    /// Throws <see cref="ArgumentRefusedException"/> for <paramref name="paramName"/> unless <paramref name="expression"/>
    /// holds; <paramref name="message"/> is the reason without its full stop, e.g. "must not be negative, but was -1".
    /// </summary>
    internal static void CheckArgument(bool expression, string? paramName, string message)
    {
        if (!expression)
        {
            ThrowArgument(paramName, message);
        }
    }

    /// <summary>
    /// Throws <see cref="ArgumentRefusedException"/> for <paramref name="paramName"/> unless <paramref name="expression"/>
    /// holds. <paramref name="message"/> is an interpolated string, the reason without its full stop, e.g.
    /// <c>$"must not be negative, but was {value}"</c>: it is formatted only when the check fails, so a check that holds
    /// costs no string, no boxing and no formatting. The text is the one the same interpolated string gives as a string.
    /// </summary>
    internal static void CheckArgument(bool expression, string? paramName, [InterpolatedStringHandlerArgument(nameof(expression))] ref FailureMessage message)
    {
        if (!expression)
        {
            ThrowArgument(paramName, message.ToStringAndClear());
        }
    }

    /// <summary>
    /// Throws <see cref="ArgumentRefusedException"/> for the parameter <paramref name="paramName"/> names unless
    /// <paramref name="expression"/> holds. <paramref name="paramName"/> is an interpolated string such as
    /// <c>$"subGroups[{i}].id"</c>, formatted only when the check fails; <paramref name="message"/> is the reason without
    /// its full stop.
    /// </summary>
    internal static void CheckArgument(bool expression, [InterpolatedStringHandlerArgument(nameof(expression))] ref FailureMessage paramName, string message)
    {
        if (!expression)
        {
            ThrowArgument(paramName.ToStringAndClear(), message);
        }
    }

    /// <summary>
    /// Throws <see cref="ArgumentRefusedException"/> for the parameter <paramref name="paramName"/> names unless
    /// <paramref name="expression"/> holds. Both <paramref name="paramName"/> (e.g. <c>$"subGroups[{i}].id"</c>) and
    /// <paramref name="message"/> (the reason without its full stop) are interpolated strings, formatted only when the
    /// check fails.
    /// </summary>
    internal static void CheckArgument(
        bool expression,
        [InterpolatedStringHandlerArgument(nameof(expression))] ref FailureMessage paramName,
        [InterpolatedStringHandlerArgument(nameof(expression))] ref FailureMessage message)
    {
        if (!expression)
        {
            ThrowArgument(paramName.ToStringAndClear(), message.ToStringAndClear());
        }
    }

    /// <summary>
    /// Copies <paramref name="items"/> into a <see cref="ValueList{T}"/>, rejecting a null sequence and null elements
    /// (named by index). A list that is already a value list is checked and shared, not copied, since it cannot change.
    /// </summary>
    internal static ValueList<T> CheckItems<T>([NotNull] IEnumerable<T>? items, [CallerArgumentExpression(nameof(items))] string? paramName = null)
        where T : class
    {
        CheckNotNull(items, paramName);
        var list = ValueList<T>.CopyOf(items);
        for (int i = 0; i < list.Count; i++)
        {
            if (list[i] is null)
            {
                ThrowArgument(paramName, $"element {i} is null");
            }
        }
        return list;
    }

    /// <summary>
    /// Checks that no element of <paramref name="items"/> is null, as <see cref="CheckItems{T}"/> does, and keeps the
    /// array itself: for an array made for the one value that holds it and never written again.
    /// </summary>
    internal static ValueList<T> CheckOwnedItems<T>(T[] items, string paramName)
        where T : class
    {
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i] is null)
            {
                ThrowArgument(paramName, $"element {i} is null");
            }
        }
        return ValueList<T>.Own(items);
    }

    private static string Count(int value) => value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    [DoesNotReturn]
    private static void ThrowArgumentNull(string? paramName)
    {
        paramName = Named(paramName);
        throw new ArgumentNullException(paramName, $"{paramName} must not be null.");
    }

    /// <summary>
    /// The parameter's name as callers and reflection see it: a C# verbatim identifier such as <c>@case</c>, which
    /// [CallerArgumentExpression] captures as written, without its <c>@</c>.
    /// </summary>
    private static string? Named(string? paramName) =>
        paramName is { Length: > 1 } && paramName[0] == '@' ? paramName.Substring(1) : paramName;

    /// <summary>
    /// Throws <see cref="ArgumentRefusedException"/> for <paramref name="paramName"/>; <paramref name="message"/> is the
    /// reason without its full stop. The exception's message reads "{paramName} {message}." before the runtime's note
    /// of the parameter.
    /// </summary>
    [DoesNotReturn]
    internal static void ThrowArgument(string? paramName, string message) =>
        throw new ArgumentRefusedException(Named(paramName) ?? "argument", message + ".");
}

/// <summary>
/// The text of a check's failure (its reason, or the name of the parameter it refuses) written as an interpolated string,
/// formatted only when the check fails. A check that holds gets <c>shouldAppend</c> false from the constructor, so the
/// compiler skips every hole: nothing is formatted, boxed or allocated.
/// </summary>
/// <remarks>
/// The text is the one the same interpolated string gives as a <see cref="string"/>: each value is formatted with
/// <see cref="IFormattable.ToString(string, IFormatProvider)"/> and no provider (the current culture, as string
/// interpolation does), a null value is empty, and an alignment pads with spaces on the left (positive) or the right
/// (negative). Call sites do not change: <c>Preconditions.CheckArgument(ok, name, $"… {x} …")</c> binds here.
/// </remarks>
[InterpolatedStringHandler]
internal ref struct FailureMessage
{
    private StringBuilder? text;

    /// <summary>Starts the text of a check; <paramref name="shouldAppend"/> is true only when the check fails.</summary>
    /// <param name="literalLength">The length of the literal parts.</param>
    /// <param name="formattedCount">The number of holes.</param>
    /// <param name="expression">The check's condition: the text is wanted only when it is false.</param>
    /// <param name="shouldAppend">Whether the compiler is to append the parts.</param>
    public FailureMessage(int literalLength, int formattedCount, bool expression, out bool shouldAppend)
    {
        shouldAppend = !expression;
        text = expression ? null : new StringBuilder(literalLength + (formattedCount * 16));
    }

    /// <summary>Appends a literal part.</summary>
    /// <param name="value">The literal.</param>
    public readonly void AppendLiteral(string value) => text?.Append(value);

    /// <summary>Appends a value, formatted as string interpolation formats it.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    public readonly void AppendFormatted<T>(T value) => Append(Format(value, null), 0);

    /// <summary>Appends a value with a format string, e.g. <c>{count:N0}</c>.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="format">The format string.</param>
    public readonly void AppendFormatted<T>(T value, string? format) => Append(Format(value, format), 0);

    /// <summary>Appends a value padded to a width, e.g. <c>{name,10}</c>.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="alignment">The width: positive pads on the left, negative on the right.</param>
    public readonly void AppendFormatted<T>(T value, int alignment) => Append(Format(value, null), alignment);

    /// <summary>Appends a value with a format string, padded to a width, e.g. <c>{amount,10:N2}</c>.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="alignment">The width: positive pads on the left, negative on the right.</param>
    /// <param name="format">The format string.</param>
    public readonly void AppendFormatted<T>(T value, int alignment, string? format) => Append(Format(value, format), alignment);

    /// <summary>Appends a value of no particular type, e.g. the literal <c>{null}</c>.</summary>
    /// <param name="value">The value.</param>
    /// <param name="alignment">The width: positive pads on the left, negative on the right.</param>
    /// <param name="format">The format string.</param>
    public readonly void AppendFormatted(object? value, int alignment = 0, string? format = null) => Append(Format(value, format), alignment);

    /// <summary>The text, once the check has failed; empty if it held.</summary>
    /// <returns>The formatted text.</returns>
    public string ToStringAndClear()
    {
        string result = text?.ToString() ?? "";
        text = null;
        return result;
    }

    private static string? Format<T>(T value, string? format) =>
        value is IFormattable formattable ? formattable.ToString(format, null) : value?.ToString();

    private readonly void Append(string? value, int alignment)
    {
        if (text is null)
        {
            return;
        }
        int padding = Math.Abs(alignment) - (value?.Length ?? 0);
        if (alignment > 0 && padding > 0)
        {
            text.Append(' ', padding);
        }
        text.Append(value);
        if (alignment < 0 && padding > 0)
        {
            text.Append(' ', padding);
        }
    }
}
