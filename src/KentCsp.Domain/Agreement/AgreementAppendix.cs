using System;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Agreement;

/// <summary>An appendix of a Community Safety Agreement edition, e.g. "A: Strategic assessment outcomes".</summary>
/// <remarks>Two appendices are equal when their labels and titles are equal (ordinal).</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record AgreementAppendix
{
    /// <summary>Creates an appendix.</summary>
    /// <param name="label">The appendix's label, e.g. "A".</param>
    /// <param name="title">Its title, e.g. "Strategic assessment outcomes".</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is blank.</exception>
    public AgreementAppendix(string label, string title)
    {
        Label = Preconditions.CheckNotBlank(label);
        Title = Preconditions.CheckNotBlank(title);
    }

    /// <summary>The label, e.g. "A".</summary>
    public string Label { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>Formats the appendix: "A: Strategic assessment outcomes".</summary>
    /// <returns>The label and title.</returns>
    public override string ToString() => Label + ": " + Title;
}
