using System;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Cli.Tests;

public class PartnershipCommandsTest
{
    private static readonly FixedClock Clock = FixedClock.AtLondonMidday(new LocalDate(2026, 11, 23));

    private static (int Code, string Output, string Error) Run(params string[] args) => CliRun.Run(Clock, args);

    [Fact]
    public void Partnership_OnTheDayOfTheTermsOfReference_ShowsThatDaysMembers()
    {
        var (code, output, error) = Run("partnership", "--as-at", "2017-07-19");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Snapshot.VerifyText(output);
    }

    [Fact]
    public void Partnership_Today_ShowsTheIcbAndTheOverdueReview()
    {
        var (code, output, _) = Run("partnership");
        Assert.Equal(0, code);
        Assert.Contains("NHS Kent and Medway Integrated Care Board", output);
        // The provenance after the findings names the clinical commissioning groups in its reason; the members do not.
        Assert.DoesNotContain("clinical commissioning groups", output.Substring(0, output.IndexOf("\nProvenance: ", System.StringComparison.Ordinal)));
        Assert.Contains("CSP-003  warning", output);
    }

    [Fact]
    public void Partnership_PrintsTheRecordsProvenanceThenThePartnershipsUnderItsPath()
    {
        var (code, output, error) = Run("partnership", "--as-at", "2017-07-19");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        string provenance = output.Substring(output.IndexOf("\nProvenance: ", StringComparison.Ordinal) + 1);
        // The record's own marks first, then the partnership's, whose fields the record document writes under "partnership.".
        Assert.Contains("\n  membershipKnownFrom: inferred: ", provenance);
        Assert.Contains("\n  partnership.members[5].until, partnership.members[6].from: inferred: ", provenance);
        Assert.True(
            provenance.IndexOf("membershipKnownFrom", StringComparison.Ordinal) < provenance.IndexOf("partnership.members", StringComparison.Ordinal),
            "the record's marks come before the partnership's:\n" + provenance);
        Assert.Equal(1, provenance.Split("Provenance: ").Length - 1);
    }

    [Fact]
    public void Partnership_In2011_ShowsTheKindsRequiredThenSaysMembershipNotKnownAndFindsNoBreach()
    {
        var (code, output, error) = Run("partnership", "--as-at", "2011-06-01");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains("police authority", output);
        Assert.Contains("Primary Care Trust", output);
        Assert.Contains("not known", output);
        Assert.DoesNotContain("MISSING", output);
        // The provenance lines at the end may name the groups when they explain a date; the report above them must not.
        Assert.DoesNotContain("clinical commissioning group", output.Substring(0, output.IndexOf("Provenance:", StringComparison.Ordinal)));
        Assert.DoesNotContain(" error ", output);
        Snapshot.VerifyText(output);
    }

    [Fact]
    public void Partnership_In1990_NoKindsRequiredBecauseSection5WasNotYetInForce()
    {
        var (code, output, error) = Run("partnership", "--as-at", "1990-01-01");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains("not yet in force", output);
        Assert.DoesNotContain("s.5(1)(a) ", output);
        Assert.DoesNotContain("required by s.5(1)", output);
        Snapshot.VerifyText(output);
    }

    [Fact]
    public void Partnership_BadDate_ExitsTwo()
    {
        var (code, output, error) = Run("partnership", "--as-at", "yesterday");
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal("kentcsp: --as-at 'yesterday' is not a date written as YYYY-MM-DD.\n", error);
    }
}
