using System;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain;

/// <summary>One figure that a finding rests on, named and formatted for people: "grant" = "£39,661.00".</summary>
/// <remarks>Two figures are equal when their names and values are equal (ordinal).</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record FindingFigure
{
    /// <summary>Creates a figure.</summary>
    /// <param name="name">What the figure is, e.g. "allocated".</param>
    /// <param name="value">The figure as shown to people, e.g. "£40,161.00" or "2017-04-30".</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is empty or white space.</exception>
    public FindingFigure(string name, string value)
    {
        Name = Preconditions.CheckNotBlank(name);
        Value = Preconditions.CheckNotBlank(value);
    }

    /// <summary>What the figure is.</summary>
    public string Name { get; }

    /// <summary>The figure as shown to people.</summary>
    public string Value { get; }

    /// <summary>Formats the figure as "name = value".</summary>
    /// <returns>For example "grant = £39,661.00".</returns>
    public override string ToString() => Name + " = " + Value;
}
