using System;
using System.Linq;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Partnership;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Docs;

/// <summary>The compliance code shown in docs/partnership.md.</summary>
public class PartnershipSnippets
{
    [Fact]
    public void Compliance()
    {
        #region partnership-compliance
        var required = AreaKind.TwoTierDistrict.RequiredKindsOn(new LocalDate(2012, 11, 21)); // includes the police authority
        var findings = PartnershipCompliance.Check(KentData.PartnershipRecord,
                                                   new DateInterval(new LocalDate(2018, 4, 1), new LocalDate(2019, 3, 31)));
        foreach (var finding in findings)
        {
            Console.WriteLine(finding); // CSP-003 warning terms-of-reference/360G-kentcsp-kcsp: The Terms of Reference ...
        }
        #endregion
        Assert.Contains(ResponsibleAuthorityKind.PoliceAuthority, required);
        Assert.Equal("CSP-003", findings[0].RuleId);
    }
}
