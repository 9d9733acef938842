using System.Diagnostics.CodeAnalysis;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Partnership;
using NodaTime;

namespace KentCsp.Domain.Kent;

/// <summary>
/// What a 360Giving export of the Kent funding rounds needs besides the rounds themselves: the Kent Community Safety
/// Partnership as publisher, and Kent as the place a county-wide project benefits.
/// </summary>
/// <remarks>
/// <para><see cref="Options"/> puts them together with Kent's funding policy for <see cref="ThreeSixtyGiving.Export"/>
/// and <see cref="KentFunding.Round2016To17"/>.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public static class KentThreeSixtyGiving
{
    /// <summary>
    /// The Kent Community Safety Partnership as a 360Giving publisher, with the prefix <c>360G-kentcsp</c>.
    /// </summary>
    /// <remarks>
    /// The prefix is the scheme of the built-in Kent organisation identifiers (<see cref="KentOrganisations.Scheme"/>),
    /// so the KCSP's own identifier (<see cref="KentData.KcspId"/>, <c>360G-kentcsp-kcsp</c>) and the grant identifiers
    /// share it. The KCSP's papers record no registered 360Giving prefix and no website: a publisher registers its
    /// prefix with 360Giving (identifier guidance of the 360Giving Data Standard) before publishing, and would use
    /// that prefix in place of this one.
    /// </remarks>
    public static ThreeSixtyGivingPublisher Publisher { get; } =
        new(KentOrganisations.Scheme, KentData.Partnership.Name, null);

    /// <summary>
    /// Kent as a beneficiary location: the Kent police force area, ONS code <c>E23000032</c>, of the 360Giving
    /// geographic code type <c>PFA</c> (police force areas, the ONS E23 codes).
    /// </summary>
    /// <remarks>
    /// The police force area is the area of the local policing body whose grant the KCSP passes on (the Kent Police
    /// and Crime Commissioner, <see cref="KentFunding.PoliceAndCrimeCommissioner"/>). It includes Medway, which has
    /// its own community safety partnership; to describe only the Kent County Council area, pass a location of type
    /// <c>CTY</c> (code <c>E10000016</c>) instead.
    /// </remarks>
    public static ThreeSixtyGivingLocation CountyLocation { get; } = new("Kent", "E23000032", "PFA");

    /// <summary>
    /// The options of a 360Giving export of the Kent rounds: <see cref="Publisher"/>, <see cref="CountyLocation"/> for
    /// county-wide projects, and Kent's funding policy (<see cref="KentPolicies.Funding"/>) for the funding rules,
    /// evaluated on the issue date; each grant names the KCSP as funder and its round's grant as programme, and both
    /// guards refuse.
    /// </summary>
    /// <remarks>
    /// The export of <see cref="KentFunding.Round2016To17"/> with these options is the package the KCSP's export has always
    /// written. Change any part with the options' <c>With…</c> methods, e.g. a registered prefix with
    /// <see cref="ThreeSixtyGivingExportOptions.WithPublisher"/>.
    /// </remarks>
    /// <param name="issued">The date the package is issued.</param>
    /// <returns>The options.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="issued"/> is not an ISO date within <see cref="SupportedDates"/>.</exception>
    public static ThreeSixtyGivingExportOptions Options(LocalDate issued) =>
        new ThreeSixtyGivingExportOptions(Publisher, issued, KentPolicies.Funding).WithCountyLocation(CountyLocation);

    /// <summary>
    /// Gets the publisher of a 360Giving export of a round whose grant <paramref name="recipient"/> holds: Kent's
    /// <see cref="Publisher"/> when the recipient is the KCSP (<see cref="KentData.KcspId"/>).
    /// </summary>
    /// <param name="recipient">The identifier of the grant's recipient.</param>
    /// <param name="publisher">Kent's publisher, or null when the recipient is not the KCSP.</param>
    /// <returns>True when the recipient is the KCSP; a county-wide project then benefits <see cref="CountyLocation"/>.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="recipient"/> is null.</exception>
    public static bool TryGetPublisher(OrganisationId recipient, [NotNullWhen(true)] out ThreeSixtyGivingPublisher? publisher)
    {
        Utility.Preconditions.CheckNotNull(recipient);
        publisher = recipient == KentData.KcspId ? Publisher : null;
        return publisher is not null;
    }
}
