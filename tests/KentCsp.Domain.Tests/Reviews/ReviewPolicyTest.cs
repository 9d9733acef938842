using System;
using KentCsp.Domain.Reviews;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Reviews;

public class ReviewPolicyTest
{
    [Fact]
    public void Default_EveryCaseIsADhr()
    {
        Assert.Equal(ReviewRegime.DomesticHomicideReview, ReviewPolicy.Default.RegimeOn(new LocalDate(2099, 1, 1)));
        Assert.Equal("DHR Alex/2024", ReviewPolicy.Default.DisplayName(ReviewBuilders.Open()));
    }

    [Fact]
    public void WithDardrCommencement_CasesNotifiedFromThatDateAreDardrs()
    {
        var policy = ReviewPolicy.Default.WithDardrCommencement(new LocalDate(2026, 4, 1));
        Assert.Equal(ReviewRegime.DomesticHomicideReview, policy.RegimeOn(new LocalDate(2026, 3, 31)));
        Assert.Equal(ReviewRegime.DomesticAbuseRelatedDeathReview, policy.RegimeOn(new LocalDate(2026, 4, 1)));
        var notifiedAfter = ReviewCase.Open(new ReviewCaseName("Sam", 2026), "dardr-sam-2026", ReviewBuilders.Notification(new LocalDate(2026, 4, 1)));
        Assert.Equal("DARDR Sam/2026", policy.DisplayName(notifiedAfter));
        Assert.Equal("DHR Alex/2024", policy.DisplayName(ReviewBuilders.Open()));
        Assert.Equal("Domestic Abuse Related Death Review", policy.RegimeOf(notifiedAfter).Title);
        Assert.Equal("the Secretary of State and the Domestic Abuse Commissioner", policy.RegimeOf(notifiedAfter).ReportRecipients);
        Assert.Equal(ReviewPolicy.RoyalAssent2024, ReviewPolicy.Default.WithDardrCommencement(ReviewPolicy.RoyalAssent2024).DardrCommencement);
        Assert.Equal(ReviewPolicy.Default, policy.WithDardrCommencement(null));
    }

    [Fact]
    public void WithDardrCommencement_BeforeRoyalAssent_IsRefused()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => ReviewPolicy.Default.WithDardrCommencement(new LocalDate(2024, 5, 23)));
        Assert.Equal("commencement", exception.ParamName);
        Assert.StartsWith("commencement (2024-05-23) must not be before the Act received Royal Assent (2024-05-24).", exception.Message);
    }
}
