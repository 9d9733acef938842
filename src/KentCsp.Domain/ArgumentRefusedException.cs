using System;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain;

/// <summary>
/// A value the domain refuses: a blank name, a negative amount, a repeated identifier, a year outside the supported
/// range. It names the parameter (<see cref="ParamName"/>) and says why (<see cref="Reason"/>) as two separate
/// properties, so that a caller can report the refusal in its own terms without reading them back out of
/// <see cref="Exception.Message"/>.
/// </summary>
/// <remarks>
/// <para>Read it in three parts:</para>
/// <list type="bullet">
/// <item><description><see cref="ParamName"/> is the field that was refused, as the caller wrote it: a constructor
/// parameter (<c>name</c>), an element of a list (<c>priorityIds[1]</c>) or a member of one
/// (<c>allocations[0].bidId</c>). It is never null or blank.</description></item>
/// <item><description><see cref="Reason"/> is the rest of the sentence, ending with a full stop, e.g.
/// <c>must not be negative, but was -1.</c> Put <see cref="ParamName"/> and a space in front of it and it reads as
/// a whole sentence: <c>pounds must not be negative, but was -1.</c></description></item>
/// <item><description><see cref="Exception.Message"/> is that sentence followed by the runtime's own note of the
/// parameter, laid out as the runtime lays out every <see cref="ArgumentException"/>: on .NET
/// <c>pounds must not be negative, but was -1. (Parameter 'pounds')</c>; on .NET Framework the note is on a line of
/// its own (<c>Parameter name: pounds</c>), and it may be translated. Show it to a developer; to build a message of
/// your own, use <see cref="ParamName"/> and <see cref="Reason"/>, which are the same on every runtime.</description></item>
/// </list>
/// <para>The reader of the JSON documents does exactly that: a refused member becomes a <see cref="System.Text.Json.JsonException"/>
/// at the member's JSON path, e.g. <c>$.allocations[0].bidId: allocations[0].bidId refers to bid 'no-such-bid', which
/// is not in the round.</c>, with this exception as its inner exception.</para>
/// <para>A missing value (null) is not a refusal of a value: it is reported with <see cref="ArgumentNullException"/>,
/// as everywhere in .NET. Every refusal of a value the library makes, range checks included, is this type; code that
/// catches <see cref="ArgumentException"/> catches it too.</para>
/// </remarks>
public sealed class ArgumentRefusedException : ArgumentException
{
    /// <summary>Creates a refusal of <paramref name="paramName"/> for <paramref name="reason"/>.</summary>
    /// <param name="paramName">The refused field, e.g. <c>name</c> or <c>priorityIds[1]</c>.</param>
    /// <param name="reason">Why it is refused, as the rest of a sentence that starts with the field, ending with a full stop,
    /// e.g. <c>must not be negative, but was -1.</c></param>
    /// <exception cref="ArgumentNullException"><paramref name="paramName"/> or <paramref name="reason"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="paramName"/> or <paramref name="reason"/> is empty or white space.</exception>
    public ArgumentRefusedException(string paramName, string reason)
        : this(paramName, reason, innerException: null)
    {
    }

    /// <summary>Creates a refusal of <paramref name="paramName"/> for <paramref name="reason"/>, caused by <paramref name="innerException"/>.</summary>
    /// <param name="paramName">The refused field, e.g. <c>name</c> or <c>priorityIds[1]</c>.</param>
    /// <param name="reason">Why it is refused, as the rest of a sentence that starts with the field, ending with a full stop,
    /// e.g. <c>must not be negative, but was -1.</c></param>
    /// <param name="innerException">The error that showed the value to be refused, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="paramName"/> or <paramref name="reason"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="paramName"/> or <paramref name="reason"/> is empty or white space.</exception>
    public ArgumentRefusedException(string paramName, string reason, Exception? innerException)
        : base(Sentence(paramName, reason), paramName, innerException)
    {
        Reason = reason;
    }

    /// <summary>The refused field, as the caller wrote it: <c>name</c>, <c>priorityIds[1]</c>, <c>allocations[0].bidId</c>. Never null or blank.</summary>
    public override string ParamName => base.ParamName!;

    /// <summary>
    /// Why the value is refused: the rest of a sentence that starts with <see cref="ParamName"/>, ending with a full stop,
    /// e.g. <c>must not be negative, but was -1.</c> It does not contain the parameter's name at its start, nor the
    /// runtime's note of the parameter that <see cref="Exception.Message"/> ends with.
    /// </summary>
    public string Reason { get; }

    // "pounds" + "must not be negative, but was -1." -> "pounds must not be negative, but was -1.", the text before the
    // runtime's "(Parameter 'pounds')". A blank argument is refused with this type; its own arguments are never blank.
    private static string Sentence(string paramName, string reason)
    {
        Preconditions.CheckNotNull(paramName);
        Preconditions.CheckNotNull(reason);
        Preconditions.CheckArgument(paramName.Trim().Length > 0, nameof(paramName), "must not be empty or white space");
        Preconditions.CheckArgument(reason.Trim().Length > 0, nameof(reason), "must not be empty or white space");
        return paramName + " " + reason;
    }
}
