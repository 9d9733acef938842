using Ardalis.SmartEnum;

namespace KentCsp.Domain.Recording;

/// <summary>An inspectorate's graded judgement of a force's crime recording.</summary>
/// <remarks>
/// <para>A grade is a recorded judgement, not a threshold: the library never derives a grade from an accuracy rate.
/// <see cref="Adequate"/> exists from the PEEL 2021 framework onwards.</para>
/// <para>Equality is by value; the name is the wire key. Values run from best to worst.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class InspectionGrade : Catalogue<InspectionGrade>
{
    /// <summary>Outstanding.</summary>
    public static readonly InspectionGrade Outstanding = new(nameof(Outstanding), 1, "outstanding");

    /// <summary>Good.</summary>
    public static readonly InspectionGrade Good = new(nameof(Good), 2, "good");

    /// <summary>Adequate (PEEL 2021 onwards).</summary>
    public static readonly InspectionGrade Adequate = new(nameof(Adequate), 3, "adequate");

    /// <summary>Requires improvement.</summary>
    public static readonly InspectionGrade RequiresImprovement = new(nameof(RequiresImprovement), 4, "requires improvement");

    /// <summary>Inadequate.</summary>
    public static readonly InspectionGrade Inadequate = new(nameof(Inadequate), 5, "inadequate");

    private InspectionGrade(string name, int value, string description)
        : base(name, value)
    {
        Description = description;
    }

    /// <summary>The grade as the inspectorate words it, e.g. "requires improvement".</summary>
    public string Description { get; }
}
