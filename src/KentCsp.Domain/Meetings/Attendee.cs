using System;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Meetings;

/// <summary>A person named in a meeting's attendance: a member present, someone else in attendance, or an apology.</summary>
/// <remarks>
/// <para><see cref="Name"/> is the name exactly as the minutes print it ("Mr P M Hill, OBE", "T/Supt T Cook");
/// <see cref="Post"/> is what the attendance list prints after it in brackets ("Chairman", "KCC Community Safety"), or
/// null where it prints nothing. <see cref="Organisation"/> is the organisation the person represents where the minutes
/// say so, and null where they do not: the model never guesses it. Texts are stored with surrounding white space
/// removed.</para>
/// <para>Two attendees are equal when their names, posts (ordinal) and organisations are equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record Attendee
{
    /// <summary>Creates an attendee.</summary>
    /// <param name="name">The name as the minutes print it.</param>
    /// <param name="post">The post or role the attendance list gives in brackets, or null.</param>
    /// <param name="organisation">The organisation the person represents, where the minutes say so; otherwise null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, or <paramref name="post"/> is given but blank.</exception>
    public Attendee(string name, string? post = null, Organisation? organisation = null)
    {
        Name = Preconditions.CheckNotBlank(name);
        Post = post is null ? null : Preconditions.CheckNotBlank(post);
        Organisation = organisation;
    }

    /// <summary>The name as the minutes print it.</summary>
    public string Name { get; }

    /// <summary>The post or role the attendance list gives in brackets, or null.</summary>
    public string? Post { get; }

    /// <summary>The organisation the person represents, or null where the minutes do not say.</summary>
    public Organisation? Organisation { get; }

    /// <summary>Formats the attendee as the attendance list prints them: "Mr P M Hill, OBE (Chairman)".</summary>
    /// <returns>The name, then the post in brackets where there is one.</returns>
    public override string ToString() => Post is null ? Name : $"{Name} ({Post})";
}
