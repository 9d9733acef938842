using System.IO;
using System.Linq;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Serialization;
using NodaTime;

public static class QuickStart
{
    public static void Run(TextWriter output)
    {
        // The built-in Kent Community Safety Partnership.
        CommunitySafetyPartnership kcsp = KentData.Partnership;

        // Which kinds of responsible authority did s.5 of the 1998 Act name on 19 July 2017?
        var meeting = new LocalDate(2017, 7, 19);
        foreach (var kind in ResponsibleAuthorityKind.InForceOn(meeting))
        {
            var seat = kcsp.RepresentedAuthorityKinds().Contains(kind) ? "represented" : "missing";
            output.WriteLine($"{kind.StatutoryReference} {kind.DesignationOn(meeting)!.Name}: {seat}");
        }

        // Save and read back: the JSON is versioned, and checked on the way in.
        string json = KentCspJson.Serialize(kcsp);
        CommunitySafetyPartnership again = KentCspJson.DeserializePartnership(json);
        output.WriteLine(again == kcsp ? "round-trip: equal" : "round-trip: different");
    }
}
