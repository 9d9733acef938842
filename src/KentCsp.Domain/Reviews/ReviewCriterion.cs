using Ardalis.SmartEnum;

namespace KentCsp.Domain.Reviews;

/// <summary>One of the criteria a death must meet for a review, with its stable rule id.</summary>
/// <remarks>
/// <para>Rule ids (<c>REV-001</c> …) are stable: a criterion keeps its id for good and a retired id is never reused.
/// <see cref="ReviewCriteria.Assess"/> reports one <see cref="Finding"/> per criterion.</para>
/// <para>The catalogue is closed; <see cref="SmartEnum{TEnum, TValue}.Name"/> is the stable name.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ReviewCriterion : Catalogue<ReviewCriterion>
{
    /// <summary>REV-001: the victim was aged 16 or over.</summary>
    public static readonly ReviewCriterion VictimAge = new(nameof(VictimAge), 1, "victim aged 16 or over", "victimAgedSixteenOrOver");

    /// <summary>REV-002: the person whose conduct the death appears to have resulted from had a relationship to the victim that the regime covers.</summary>
    public static readonly ReviewCriterion Relationship = new(nameof(Relationship), 2, "relationship to the victim", "relationship");

    /// <summary>REV-003: the death has, or appears to have, come about in a way the regime covers.</summary>
    public static readonly ReviewCriterion Death = new(nameof(Death), 3, "how the death came about", "death");

    private ReviewCriterion(string name, int value, string title, string fact)
        : base(name, value)
    {
        Id = "REV-" + value.ToString("000", System.Globalization.CultureInfo.InvariantCulture);
        Title = title;
        Fact = fact;
    }

    /// <summary>The stable rule id, e.g. "REV-001".</summary>
    public string Id { get; }

    /// <summary>A short title, e.g. "victim aged 16 or over".</summary>
    public string Title { get; }

    /// <summary>The fact of <see cref="ReviewCircumstances"/> the criterion reads, as its JSON name, e.g. "relationship".</summary>
    public string Fact { get; }
}
