using System;
using System.Linq;
using KentCsp.Domain.Agreement;
using KentCsp.Domain.Kent;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Docs;

/// <summary>The code shown in docs/agreement.md; each test runs one snippet and checks what the page says it does.</summary>
public class AgreementSnippets
{
    [Fact]
    public void DiffKent()
    {
        #region agreement-diff
        var diff = CommunitySafetyAgreementEdition.Diff(KentData.CommunitySafetyAgreement2017, KentData.CommunitySafetyAgreement2023);
        foreach (var change in diff.Changes.Where(change => change.Kind != LineageKind.Continued))
        {
            Console.WriteLine(change); // e.g. "priority added: Preventing Extremism and Hate"
        }
        #endregion
        Assert.Equal(8, diff.Changes.Count(change => change.Kind != LineageKind.Continued));
    }

    [Fact]
    public void InForceOn()
    {
        #region agreement-in-force-on
        string answer = KentData.CommunitySafetyAgreements.InForceOn(new LocalDate(2019, 6, 1)).Match(
            edition => $"{edition} is in force",
            notKnown => notKnown.Reason,
            notHeld => notHeld.Reason);
        // "Community Safety Agreement version 3.0 (April 2019; the sources give the month, not the day) is the latest
        //  edition known to be in force on 2019-06-01; its content is not held. The latest edition whose content is
        //  held is Community Safety Agreement 2017."
        #endregion
        Assert.StartsWith("Community Safety Agreement version 3.0 (April 2019; the sources give the month, not the day) is the latest edition known to be in force on 2019-06-01", answer);
    }

    [Fact]
    public void Merger()
    {
        #region agreement-lineage
        // An item that keeps its identifier continues; DerivedFrom records what the identifier cannot show.
        var merged = new AgreementItem("neighbourhood-crime", "Neighbourhood crime and ASB",
                                       derivedFrom: ["anti-social-behaviour", "criminal-damage"]);
        #endregion
        Assert.Equal(2, merged.DerivedFrom.Count);
    }
}
