using System.Collections.Generic;
using System.Linq;
using Ardalis.SmartEnum;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Partnership;

/// <summary>
/// A statutory kind of responsible authority for a local government area in England under section 5(1) of the Crime
/// and Disorder Act 1998, with the dates on which the law made it one.
/// </summary>
/// <remarks>
/// <para>The catalogue is closed: its members are the static fields of this class. The <see cref="SmartEnum{TEnum, TValue}.Name"/>
/// of each member is its stable name in JSON and never changes; <see cref="SmartEnum{TEnum, TValue}.Value"/> is a
/// stable number that is never reused.</para>
/// <para>A police and crime commissioner is not a responsible authority (it is absent from the s.5(1) list); it is the
/// local policing body with a duty to co-operate (Police Reform and Social Responsibility Act 2011, s.10), so this
/// catalogue has no member for it.</para>
/// <para>Dates are half-open: a kind is a responsible authority from <see cref="From"/> up to but excluding
/// <see cref="Until"/> (null: still in force). Start dates are commencement dates, not enactment years: the kinds of the
/// Act as enacted start on <see cref="Section5InForceFrom"/>, 30 September 1998, when sections 5 to 9 came into force
/// (SI 1998/2327, art 2(1)(a)); before that day no kind is a responsible authority. The probation provider's start date (1 April 2010) comes from a secondary source; only a
/// provider whose arrangements under the Offender Management Act 2007, s.3, make it one is a responsible authority,
/// which is a property of the provider, not of this kind.</para>
/// <para>Equality and ordering follow <see cref="SmartEnum{TEnum, TValue}.Value"/>. Do not rely on the order of
/// <see cref="SmartEnum{TEnum, TValue}.List"/> (alphabetical by name); use <see cref="Catalogue{TSelf}.All"/> for the statutory order, the order of s.5(1): (a), (aa), (b), (c), (d), (e).</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ResponsibleAuthorityKind : Catalogue<ResponsibleAuthorityKind>
{
    private static readonly SourceDocument Act1998 = new("Crime and Disorder Act 1998, section 5 (as enacted); SI 1998/2327, article 2(1)(a)");

    /// <summary>
    /// The day sections 5 to 9 of the Crime and Disorder Act 1998 came into force: 30 September 1998 (SI 1998/2327,
    /// art 2(1)(a)). Before it the Act required no responsible authorities and no partnership.
    /// </summary>
    public static LocalDate Section5InForceFrom { get; } = new(1998, 9, 30);

    /// <summary>The commencement order that brought sections 5 to 9 into force on <see cref="Section5InForceFrom"/>.</summary>
    public static SourceDocument Section5Commencement { get; } = new("SI 1998/2327 (commencement order for the Crime and Disorder Act 1998)", locator: "article 2(1)(a)");

    /// <summary>The council for the area: a district or borough council (s.5(1)(a)). In a two-tier area such as Kent each district council is a responsible authority together with the county council.</summary>
    public static readonly ResponsibleAuthorityKind DistrictCouncil = new(
        nameof(DistrictCouncil), 1, "s.5(1)(a)",
        new StatutoryDesignation("district or borough council", Section5InForceFrom, null, Act1998));

    /// <summary>The county council, which in a two-tier area is a responsible authority as well as each district council (s.5(1)(a)).</summary>
    public static readonly ResponsibleAuthorityKind CountyCouncil = new(
        nameof(CountyCouncil), 2, "s.5(1)(a)",
        new StatutoryDesignation("county council", Section5InForceFrom, null, Act1998));

    /// <summary>
    /// A probation provider whose arrangements under the Offender Management Act 2007, s.3, make it a responsible
    /// authority (s.5(1)(aa)), from 1 April 2010. Before that probation boards had only a duty to co-operate.
    /// </summary>
    public static readonly ResponsibleAuthorityKind ProbationProvider = new(
        nameof(ProbationProvider), 3, "s.5(1)(aa)",
        new StatutoryDesignation(
            "probation provider",
            new LocalDate(2010, 4, 1),
            null,
            new SourceDocument("Policing and Crime Act 2009, section 108 (commencement date from a secondary source)")));

    /// <summary>Every chief officer of police any part of whose police area lies in the area (s.5(1)(b)): the chief officer, not the police force.</summary>
    public static readonly ResponsibleAuthorityKind ChiefOfficerOfPolice = new(
        nameof(ChiefOfficerOfPolice), 4, "s.5(1)(b)",
        new StatutoryDesignation("chief officer of police", Section5InForceFrom, null, Act1998));

    /// <summary>
    /// The police authority (s.5(1)(c)): a responsible authority from 1 April 2003 until police authorities were
    /// abolished on 22 November 2012 and replaced by police and crime commissioners. Before 2003 it had only a duty to
    /// co-operate.
    /// </summary>
    public static readonly ResponsibleAuthorityKind PoliceAuthority = new(
        nameof(PoliceAuthority), 5, "s.5(1)(c)",
        new StatutoryDesignation(
            "police authority",
            new LocalDate(2003, 4, 1),
            new LocalDate(2012, 11, 22),
            new SourceDocument("Police Reform Act 2002, section 97; SI 2003/808; Police Reform and Social Responsibility Act 2011, Schedule 11, paragraph 2(2); SI 2012/2892")));

    /// <summary>
    /// Every fire and rescue authority for the area (s.5(1)(d)), from 1 April 2003: the authority, not the fire and
    /// rescue service it runs. The provision first named a "fire authority"; the body became a "fire and rescue
    /// authority" under the Fire and Rescue Services Act 2004. The sources give no date for the renaming, so the one
    /// designation from 1 April 2003 carries both names rather than a guessed date; before 2003 it was not a
    /// responsible authority.
    /// </summary>
    public static readonly ResponsibleAuthorityKind FireAndRescueAuthority = new(
        nameof(FireAndRescueAuthority), 6, "s.5(1)(d)",
        new StatutoryDesignation(
            "fire and rescue authority (a fire authority before the Fire and Rescue Services Act 2004)",
            new LocalDate(2003, 4, 1),
            null,
            new SourceDocument("Police Reform Act 2002, section 97; Hansard, written answer, 16 June 2004")));

    /// <summary>
    /// The health body for the area (s.5(1)(e)): a Primary Care Trust from 30 April 2004, a clinical commissioning
    /// group from 1 April 2013, and an Integrated Care Board from 1 July 2022. <see cref="DesignationOn"/> gives the
    /// name in force on a date.
    /// </summary>
    public static readonly ResponsibleAuthorityKind HealthBody = new(
        nameof(HealthBody), 7, "s.5(1)(e)",
        new StatutoryDesignation(
            "Primary Care Trust",
            new LocalDate(2004, 4, 30),
            new LocalDate(2013, 4, 1),
            new SourceDocument("Hansard, written answer, 16 June 2004")),
        new StatutoryDesignation(
            "clinical commissioning group",
            new LocalDate(2013, 4, 1),
            new LocalDate(2022, 7, 1),
            new SourceDocument("Crime and Disorder Act 1998, section 5 (point-in-time text)", new LocalDate(2013, 4, 1))),
        new StatutoryDesignation(
            "Integrated Care Board",
            new LocalDate(2022, 7, 1),
            null,
            new SourceDocument("SI 2022/634")));

    private readonly ValueList<StatutoryDesignation> designations;

    private ResponsibleAuthorityKind(string name, int value, string statutoryReference, params StatutoryDesignation[] designations)
        : base(name, value)
    {
        StatutoryReference = statutoryReference;
        this.designations = ValueList<StatutoryDesignation>.Own(designations);
        From = designations[0].From;
        Until = designations[designations.Length - 1].Until;
    }

    /// <summary>The provision of the Crime and Disorder Act 1998 that names this kind, e.g. "s.5(1)(e)".</summary>
    public string StatutoryReference { get; }

    /// <summary>The first day this kind is a responsible authority: <see cref="Section5InForceFrom"/> for the kinds of the Act as enacted.</summary>
    public LocalDate? From { get; }

    /// <summary>The first day this kind is no longer a responsible authority, or null if it still is.</summary>
    public LocalDate? Until { get; }

    /// <summary>The statutory names of this kind over time, oldest first; consecutive spans meet without a gap.</summary>
    public IReadOnlyList<StatutoryDesignation> Designations => designations;

    /// <summary>Whether this kind is a responsible authority on <paramref name="date"/>.</summary>
    /// <param name="date">The date to ask about.</param>
    /// <returns>True if one of the <see cref="Designations"/> applies on the date.</returns>
    public bool IsInForceOn(LocalDate date)
    {
        SupportedDates.CheckCalendar(date);
        return DesignationOn(date) is not null;
    }

    /// <summary>The statutory designation of this kind on <paramref name="date"/>.</summary>
    /// <param name="date">The date to ask about.</param>
    /// <returns>The designation that applies on the date, or null if the kind was not a responsible authority then.</returns>
    public StatutoryDesignation? DesignationOn(LocalDate date)
    {
        SupportedDates.CheckCalendar(date);
        foreach (var designation in designations)
        {
            if (designation.AppliesOn(date))
            {
                return designation;
            }
        }
        return null;
    }

    /// <summary>The kinds that are responsible authorities on <paramref name="date"/>, in statutory order.</summary>
    /// <param name="date">The date to ask about.</param>
    /// <returns>A new list; kinds whose dates do not include <paramref name="date"/> are left out.</returns>
    public static IReadOnlyList<ResponsibleAuthorityKind> InForceOn(LocalDate date)
    {
        SupportedDates.CheckCalendar(date);
        return ValueList<ResponsibleAuthorityKind>.Own(All.Where(kind => kind.IsInForceOn(date)).ToArray());
    }
}
