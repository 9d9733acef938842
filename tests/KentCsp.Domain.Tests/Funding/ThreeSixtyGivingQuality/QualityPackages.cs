using System.Linq;
using System.Text.Json.Nodes;
using KentCsp.Domain.Funding;
using NodaTime;

namespace KentCsp.Domain.Tests.Funding;

/// <summary>
/// Packages for the quality check tests: a clean grant that no check fires on, changed member by member to match an
/// example of the specification (quality-checks.md). Patches are JSON with single quotes for double quotes.
/// </summary>
internal static class QualityPackages
{
    /// <summary>The day the date checks are judged on.</summary>
    public static readonly LocalDate Today = new(2026, 11, 30);

    private const string Clean = """
        {
          "id": "360G-example-1",
          "title": "Youth diversion",
          "description": "Sessions for young people at risk of offending.",
          "currency": "GBP",
          "amountAwarded": 1000,
          "awardDate": "2020-01-01",
          "plannedDates": [{ "startDate": "2020-04-01", "endDate": "2021-03-31", "duration": 12 }],
          "recipientOrganization": [{ "id": "GB-CHC-1234567", "name": "Recipient", "charityNumber": "1234567",
            "companyNumber": "09876543", "postalCode": "ME14 1XX", "location": [{ "geoCode": "E07000110" }] }],
          "beneficiaryLocation": [{ "name": "Maidstone", "geoCode": "E07000110" }],
          "fundingOrganization": [{ "id": "GB-CHC-1111111", "name": "Funder" }],
          "grantProgramme": [{ "title": "Programme" }],
          "dateModified": "2020-01-01T00:00:00Z",
          "dataSource": "https://example.org/data.json"
        }
        """;

    /// <summary>The clean grant with <paramref name="patch"/>'s members set and <paramref name="remove"/> removed.</summary>
    public static string Grant(string patch = "{}", params string[] remove)
    {
        var grant = JsonNode.Parse(Clean)!.AsObject();
        foreach (var (name, value) in JsonNode.Parse(patch.Replace('\'', '"'))!.AsObject().ToList())
        {
            grant[name] = value?.DeepClone();
        }
        foreach (string name in remove)
        {
            grant.Remove(name);
        }
        return grant.ToJsonString();
    }

    /// <summary>A grant to an individual: the clean grant without a recipient organisation, patched.</summary>
    public static string Individual(string patch = "{}", params string[] remove)
    {
        var grant = JsonNode.Parse(Grant(patch))!.AsObject();
        grant.Remove("recipientOrganization");
        grant["recipientIndividual"] ??= new JsonObject { ["id"] = "360G-example-ind-1", ["name"] = "A person" };
        grant["toIndividualsDetails"] ??= new JsonObject { ["primaryGrantReason"] = "GTIR010", ["grantPurpose"] = new JsonArray("GTIP010") };
        foreach (string name in remove)
        {
            grant.Remove(name);
        }
        return grant.ToJsonString();
    }

    /// <summary>A package of <paramref name="grants"/>.</summary>
    public static string Package(params string[] grants) => "{\"grants\":[" + string.Join(",", grants) + "]}";

    /// <summary>Runs the checks on a package of <paramref name="grants"/> as at <see cref="Today"/>.</summary>
    public static ThreeSixtyGivingQualityReport Run(params string[] grants) => ThreeSixtyGivingQuality.Check(Package(grants), Today);

    /// <summary>The finding of <paramref name="check"/> on a package of <paramref name="grants"/>, or null if it did not fire.</summary>
    public static ThreeSixtyGivingQualityFinding? Fired(ThreeSixtyGivingCheck check, params string[] grants) =>
        Run(grants).Findings.SingleOrDefault(finding => finding.Check == check);
}
