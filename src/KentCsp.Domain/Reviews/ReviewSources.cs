using NodaTime;

namespace KentCsp.Domain.Reviews;

/// <summary>The statutes and guidance behind the review rules, cited by findings and policies.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public static class ReviewSources
{
    /// <summary>Domestic Violence, Crime and Victims Act 2004, section 9 (domestic homicide reviews), in force 13 April 2011.</summary>
    public static SourceDocument DomesticViolenceCrimeAndVictimsAct2004Section9 { get; } =
        new("Domestic Violence, Crime and Victims Act 2004", locator: "section 9");

    /// <summary>The Multi-agency Statutory Guidance for the Conduct of Domestic Homicide Reviews, revised December 2016.</summary>
    /// <remarks>The date is the month of the revision; the guidance names no day.</remarks>
    public static SourceDocument StatutoryGuidance2016 { get; } =
        new("Multi-agency Statutory Guidance for the Conduct of Domestic Homicide Reviews (revised December 2016)");

    /// <summary>Victims and Prisoners Act 2024, section 19 (domestic abuse related death reviews); Royal Assent 24 May 2024, not yet commenced.</summary>
    public static SourceDocument VictimsAndPrisonersAct2024Section19 { get; } =
        new("Victims and Prisoners Act 2024", new LocalDate(2024, 5, 24), "section 19");

    /// <summary>Domestic Abuse Act 2021, sections 1 and 2 (the definition of domestic abuse; "personally connected").</summary>
    public static SourceDocument DomesticAbuseAct2021Sections1And2 { get; } =
        new("Domestic Abuse Act 2021", locator: "sections 1 and 2");
}
