namespace KentCsp.Domain.Tests.TestSupport;

/// <summary>
/// The words generated funding data is made of: Kent's twelve districts, project topics and the priority identifiers of
/// the 2023 Community Safety Agreement. Shared by the generators of the tests and the benchmarks, so both describe the
/// same kind of round.
/// </summary>
internal static class GeneratedText
{
    /// <summary>The twelve district and borough councils of Kent, as a local project's scope names them.</summary>
    internal static readonly string[] Districts =
    [
        "Ashford", "Canterbury", "Dartford", "Dover", "Folkestone and Hythe", "Gravesham", "Maidstone", "Sevenoaks",
        "Swale", "Thanet", "Tonbridge and Malling", "Tunbridge Wells",
    ];

    /// <summary>Project topics, the first words of a generated project's name.</summary>
    internal static readonly string[] Topics =
    [
        "Safer Streets", "Youth Diversion", "Domestic Abuse Support", "Scam Awareness", "Road Safety Roadshow",
        "Night-Time Economy", "Hate Crime Reporting", "County Lines Outreach", "Community Wardens", "Online Safety",
    ];

    /// <summary>Priority identifiers a generated bid addresses: the first four and the last four are read as two groups.</summary>
    internal static readonly string[] PriorityIds =
    [
        "anti-social-behaviour", "domestic-abuse", "substance-misuse", "safeguarding-vulnerable-people",
        "serious-and-organised-crime", "extremism-and-hate", "road-safety", "violence-against-women-and-girls",
    ];
}
