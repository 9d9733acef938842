using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace KentCsp.Domain.Utility;

/// <summary>
/// Argument checks for public constructors and factories. Each check names the parameter it rejects, so that the
/// message (and, through the JSON reader, the JSON path) tells the caller which field was wrong. A refused value is
/// reported with <see cref="ArgumentRefusedException"/>, which keeps the parameter and the reason apart; a null with
/// <see cref="ArgumentNullException"/>.
/// </summary>
internal static class Preconditions
{
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
    /// if it is null and <see cref="ArgumentRefusedException"/> if it is empty or only white space.
    /// </summary>
    internal static string CheckNotBlank([NotNull] string? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
    {
        CheckNotNull(argument, paramName);
        var trimmed = argument.Trim();
        if (trimmed.Length == 0)
        {
            ThrowArgument(paramName, "must not be empty or white space");
        }
        return trimmed;
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

    [DoesNotReturn]
    private static void ThrowArgumentNull(string? paramName) =>
        throw new ArgumentNullException(paramName, $"{paramName} must not be null.");

    /// <summary>
    /// Throws <see cref="ArgumentRefusedException"/> for <paramref name="paramName"/>; <paramref name="message"/> is the
    /// reason without its full stop. The exception's message reads "{paramName} {message}." before the runtime's note
    /// of the parameter.
    /// </summary>
    [DoesNotReturn]
    internal static void ThrowArgument(string? paramName, string message) =>
        throw new ArgumentRefusedException(paramName ?? "argument", message + ".");
}
