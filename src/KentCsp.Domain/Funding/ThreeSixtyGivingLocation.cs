using System;
using System.Collections.Generic;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Funding;

/// <summary>
/// A place that a 360Giving grant benefits, named and coded from a gazetteer: for example Kent's police force area,
/// "Kent", <c>E23000032</c>, of type <c>PFA</c>.
/// </summary>
/// <remarks>
/// <para><see cref="GeoCodeType"/> must be a code from the 360Giving Data Standard 1.4.3 geographic code type list
/// (<c>geoCodeType.csv</c>), which is closed: for example <c>PFA</c> (police force areas, ONS E23 codes),
/// <c>CSP</c> (community safety partnerships, E22), <c>CTY</c> (counties, E10) or <c>NMD</c> (non-metropolitan
/// districts, E07). Codes are case-sensitive. <see cref="GeoCode"/> is the area's code in that gazetteer, such as an
/// ONS code.</para>
/// <para>Two locations are equal when all three parts are equal (ordinal).</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ThreeSixtyGivingLocation
{
    // The distinct codes of geoCodeType.csv in the 360Giving Data Standard 1.4.3, in the order the list gives them.
    private static readonly HashSet<string> GeoCodeTypes = new(StringComparer.Ordinal)
    {
        "OA", "LSOA", "MSOA", "PAR", "WD", "UA", "NMD", "MD", "LONB", "CTY", "RGN/GOR", "WPC", "EER", "CANNET", "CSP",
        "PFA", "PUA", "NPARK", "REGD", "REGSD", "TTWA", "FRA", "LAC", "WZ", "CMWD", "LEP", "CCG", "NHSAT", "CMLAD",
        "CMCTY", "SA", "DZ", "IG", "CHP", "ROA - CPP", "ROA - Local", "HB", "CA", "SPC", "USOA", "COM", "NAWC", "CDRP",
        "AgricSmall", "CFA",
    };

    /// <summary>Creates a location.</summary>
    /// <param name="name">The place's name, e.g. "Kent".</param>
    /// <param name="geoCode">The place's code, e.g. "E23000032".</param>
    /// <param name="geoCodeType">The type of the code from the 360Giving list, e.g. "PFA".</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="name"/> is blank, <paramref name="geoCode"/> is blank or contains white space, or
    /// <paramref name="geoCodeType"/> is not on the 360Giving geographic code type list.
    /// </exception>
    public ThreeSixtyGivingLocation(string name, string geoCode, string geoCodeType)
    {
        Name = Preconditions.CheckNotBlank(name);
        GeoCode = Preconditions.CheckIdentifier(Preconditions.CheckNotBlank(geoCode), nameof(geoCode));
        Preconditions.CheckNotNull(geoCodeType);
        if (!GeoCodeTypes.Contains(geoCodeType))
        {
            Preconditions.ThrowArgument(nameof(geoCodeType),
                $"must be a code from the 360Giving geographic code type list (e.g. \"PFA\", \"CSP\", \"CTY\"), but was {Preconditions.Quote(geoCodeType)}");
        }
        GeoCodeType = geoCodeType;
    }

    /// <summary>The place's name.</summary>
    public string Name { get; }

    /// <summary>The place's code in its gazetteer.</summary>
    public string GeoCode { get; }

    /// <summary>The type of <see cref="GeoCode"/>, from the 360Giving list.</summary>
    public string GeoCodeType { get; }

    /// <summary>Formats the location: "Kent (PFA E23000032)".</summary>
    /// <returns>The name, code type and code.</returns>
    public override string ToString() => $"{Name} ({GeoCodeType} {GeoCode})";

    /// <summary>The codes on the 360Giving geographic code type list, for tests that compare it with the standard's file.</summary>
    internal static IReadOnlyCollection<string> KnownGeoCodeTypes => GeoCodeTypes;
}
