using System.Collections.Generic;
using System.Linq;
using Ardalis.SmartEnum;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Partnership;

/// <summary>The kind of local government area a partnership serves, which decides which responsible authorities it must have.</summary>
/// <remarks>
/// <para>Crime and Disorder Act 1998, s.5(1)(a): the responsible authorities include "the council for the area"; in a
/// two-tier area that is the district or borough council <em>and</em> the county council. A unitary council is the
/// council for its area alone. The county strategy group of a two-tier county (which prepares the Community Safety
/// Agreement, SI 2007/1830 reg 9) brings together the responsible authorities of every district in the county, so it
/// needs both tiers too.</para>
/// <para>The catalogue is closed; <see cref="SmartEnum{TEnum, TValue}.Name"/> is the stable JSON name.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class AreaKind : Catalogue<AreaKind>
{
    /// <summary>A district or borough in a two-tier county, such as each of Kent's districts.</summary>
    public static readonly AreaKind TwoTierDistrict = new(nameof(TwoTierDistrict), 1, "district or borough in a two-tier county", needsCountyCouncil: true);

    /// <summary>A unitary area, such as Medway.</summary>
    public static readonly AreaKind Unitary = new(nameof(Unitary), 2, "unitary area", needsCountyCouncil: false);

    /// <summary>A two-tier county as a whole: the county strategy group, such as the Kent Community Safety Partnership.</summary>
    public static readonly AreaKind TwoTierCounty = new(nameof(TwoTierCounty), 3, "two-tier county", needsCountyCouncil: true);

    private readonly bool needsCountyCouncil;

    private AreaKind(string name, int value, string description, bool needsCountyCouncil)
        : base(name, value)
    {
        Description = description;
        this.needsCountyCouncil = needsCountyCouncil;
    }

    /// <summary>The kind in words, e.g. "unitary area".</summary>
    public string Description { get; }

    /// <summary>The kinds of responsible authority a partnership for this kind of area must have on a date (s.5(1) as in force that day).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The kinds, in statutory order: for a unitary area, every kind in force except the county council.</returns>
    public IReadOnlyList<ResponsibleAuthorityKind> RequiredKindsOn(LocalDate date)
    {
        SupportedDates.CheckCalendar(date);
        return ValueList<ResponsibleAuthorityKind>.Own(ResponsibleAuthorityKind.InForceOn(date).Where(kind => needsCountyCouncil || kind != ResponsibleAuthorityKind.CountyCouncil).ToArray());
    }
}
