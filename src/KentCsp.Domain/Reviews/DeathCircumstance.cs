using Ardalis.SmartEnum;

namespace KentCsp.Domain.Reviews;

/// <summary>How the death has, or appears to have, come about, as far as the review criteria need to know.</summary>
/// <remarks>
/// <para>A DHR covers a death that has, or appears to have, resulted from violence, abuse or neglect (2004 Act
/// s.9(1)); the 2016 statutory guidance adds that a suicide where domestic abuse is a factor should also be reviewed. A
/// DARDR covers a death that has, or appears to have, resulted from domestic abuse, suicide included.</para>
/// <para>The catalogue is closed; <see cref="SmartEnum{TEnum, TValue}.Name"/> is the stable JSON name.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class DeathCircumstance : Catalogue<DeathCircumstance>
{
    /// <summary>The death has, or appears to have, resulted from violence, abuse or neglect.</summary>
    public static readonly DeathCircumstance ViolenceAbuseOrNeglect = new(nameof(ViolenceAbuseOrNeglect), 1, "resulted, or appears to have resulted, from violence, abuse or neglect", isReviewable: true);

    /// <summary>The victim took their own life and domestic abuse is a factor.</summary>
    public static readonly DeathCircumstance SuicideWhereAbuseIsAFactor = new(nameof(SuicideWhereAbuseIsAFactor), 2, "a suicide where domestic abuse is a factor", isReviewable: true);

    /// <summary>Any other death.</summary>
    public static readonly DeathCircumstance Other = new(nameof(Other), 3, "neither resulted from violence, abuse or neglect nor a suicide where abuse is a factor", isReviewable: false);

    private DeathCircumstance(string name, int value, string description, bool isReviewable)
        : base(name, value)
    {
        Description = description;
        IsReviewable = isReviewable;
    }

    /// <summary>The circumstance in words, e.g. "a suicide where domestic abuse is a factor".</summary>
    public string Description { get; }

    /// <summary>Whether a death in this circumstance falls within the review criteria (under either regime).</summary>
    public bool IsReviewable { get; }
}
