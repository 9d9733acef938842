using KentCsp.Domain.Partnership;

namespace KentCsp.Domain.Kent;

/// <summary>
/// The organisations that sit on the Kent Community Safety Partnership, as the Terms of Reference approved at minute
/// 152 of 19 July 2017 describe the membership, with today's health body.
/// </summary>
/// <remarks>
/// <para>Identifiers use the scheme <see cref="Scheme"/> (a 360Giving-style publisher prefix), since the source
/// documents give no register codes.</para>
/// <para>The source documents name the district and borough councils and their community safety partnerships only as
/// groups ("KCC/District/Boroughs"; "an invitation is also extended to CSP chairs"), so each group is one entry
/// here.</para>
/// <para>Where an organisation sits for a responsible authority that is not the organisation itself, its seat
/// represents that authority: Kent Police sits for the chief officer of police (s.5(1)(b)) and Kent Fire and Rescue
/// Service for the fire and rescue authority (s.5(1)(d)); neither the force nor the service is the authority. A name
/// marked <b>inferred</b> is not given in that form by the source documents.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public static class KentOrganisations
{
    /// <summary>The identifier scheme of the built-in Kent organisations: <c>360G-kentcsp</c>.</summary>
    public const string Scheme = "360G-kentcsp";

    /// <summary>Kent County Council, the county council for the two-tier area.</summary>
    public static Organisation KentCountyCouncil { get; } =
        new(new OrganisationId(Scheme, "kcc"), "Kent County Council", ResponsibleAuthorityKind.CountyCouncil);

    /// <summary>
    /// The district and borough councils of Kent, each a responsible authority; a nominated representative of the
    /// district chief executives was requested (minute 152). The name is <b>inferred</b>: the documents say
    /// "District/Boroughs".
    /// </summary>
    public static Organisation DistrictAndBoroughCouncils { get; } =
        new(new OrganisationId(Scheme, "kent-district-councils"), "Kent district and borough councils", ResponsibleAuthorityKind.DistrictCouncil);

    /// <summary>
    /// Kent Police, the police force named in the documents. The responsible authority is the chief officer of police
    /// (s.5(1)(b)), not the force: the seat represents the force's chief officer, whom the documents do not name.
    /// </summary>
    public static Organisation KentPolice { get; } =
        new(new OrganisationId(Scheme, "kent-police"), "Kent Police", ResponsibleAuthorityKind.ChiefOfficerOfPolice);

    /// <summary>
    /// Kent Fire and Rescue Service (KFRS), the service named in the documents. The responsible authority is the fire
    /// and rescue authority that runs the service (s.5(1)(d)), not the service: the seat represents that authority,
    /// which the documents do not name.
    /// </summary>
    public static Organisation KentFireAndRescueService { get; } =
        new(new OrganisationId(Scheme, "kfrs"), "Kent Fire and Rescue Service", ResponsibleAuthorityKind.FireAndRescueAuthority);

    /// <summary>The probation provider for Kent. The name is <b>inferred</b>: the source documents do not name the provider.</summary>
    public static Organisation ProbationProvider { get; } =
        new(new OrganisationId(Scheme, "probation"), "Probation provider for Kent", ResponsibleAuthorityKind.ProbationProvider);

    /// <summary>
    /// The clinical commissioning groups of Kent and Medway, the health bodies from 1 April 2013 until the Integrated
    /// Care Board replaced them on 1 July 2022. The name is <b>inferred</b>: the minutes of 19 July 2017 name only West
    /// Kent CCG.
    /// </summary>
    public static Organisation KentAndMedwayClinicalCommissioningGroups { get; } =
        new(new OrganisationId(Scheme, "kent-and-medway-ccgs"), "Kent and Medway clinical commissioning groups", ResponsibleAuthorityKind.HealthBody);

    /// <summary>
    /// NHS Kent and Medway Integrated Care Board, the health body since 1 July 2022. The name is <b>inferred</b>: the
    /// Kent documents do not name it; the statutory summary calls it the Kent and Medway ICB.
    /// </summary>
    public static Organisation KentAndMedwayIntegratedCareBoard { get; } =
        new(new OrganisationId(Scheme, "kent-and-medway-icb"), "NHS Kent and Medway Integrated Care Board", ResponsibleAuthorityKind.HealthBody);

    /// <summary>
    /// The Office of the Kent Police and Crime Commissioner: the local policing body's office, invited but not a
    /// responsible authority. The name is <b>inferred</b>: the documents say "Office of the Police and Crime
    /// Commissioner (OPCC)" and "Kent Police and Crime Commissioner (PCC)".
    /// </summary>
    public static Organisation OfficeOfThePoliceAndCrimeCommissioner { get; } =
        new(new OrganisationId(Scheme, "opcc"), "Office of the Kent Police and Crime Commissioner");

    /// <summary>
    /// The Kent Police and Crime Commissioner, the elected local policing body for Kent (Police Reform and Social
    /// Responsibility Act 2011), who gives the grant the KCSP passes on (Working Group update of 15 March 2017, section
    /// 3.1: "the Kent Police and Crime Commissioner (PCC) allocated £39,661"). Not a responsible authority.
    /// </summary>
    public static Organisation PoliceAndCrimeCommissioner { get; } =
        new(new OrganisationId(Scheme, "pcc"), "Kent Police and Crime Commissioner");

    /// <summary>Medway Community Safety Partnership (Medway is a unitary area with its own partnership), an invitee. The name is <b>inferred</b>: the documents say "Medway CSP".</summary>
    public static Organisation MedwayCommunitySafetyPartnership { get; } =
        new(new OrganisationId(Scheme, "medway-csp"), "Medway Community Safety Partnership");

    /// <summary>The district and borough community safety partnerships of Kent, whose chairs are invited. The name is <b>inferred</b>: the documents say "CSP chairs".</summary>
    public static Organisation DistrictCommunitySafetyPartnerships { get; } =
        new(new OrganisationId(Scheme, "kent-district-csps"), "Kent district and borough community safety partnerships");
}
