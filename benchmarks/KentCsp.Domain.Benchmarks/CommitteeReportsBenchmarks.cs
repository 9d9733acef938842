using System;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using KentCsp.Domain.ActionPlans;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Indicators;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Reviews;
using KentCsp.Reports;
using KentCsp.Reports.Tests;
using NodaTime;

namespace KentCsp.Domain.Benchmarks;

/// <summary>
/// Rendering each committee paper with <see cref="CommitteeReports.Default"/>: the CSA update, the action plan and the
/// funding round on the large data of the papers' tests (<see cref="PapersAtScale"/>: 20 years of monthly values in
/// five series, 1,000 actions, 10,000 bids), and the reviews and partnership papers, whose data does not grow with
/// use, on the built-in Kent data. Each measures the library's whole work for one paper: the evaluation it draws on,
/// the template model, the charts and the rendered page.
/// </summary>
[MemoryDiagnoser]
public class CommitteeReportsBenchmarks
{
    private static readonly LocalDate KentMeeting = new(2017, 7, 19);

    private IndicatorSet indicators = null!;
    private ActionPlan plan = null!;
    private FundingRound round = null!;

    [GlobalSetup]
    public void SetUp()
    {
        indicators = PapersAtScale.LargeIndicators();
        plan = PapersAtScale.LargeActionPlan();
        round = PapersAtScale.LargeFundingRound();
        Console.WriteLine("// page characters: csa-update " + Length(CsaUpdate_20YearsMonthly()) + ", action-plan " + Length(ActionPlan_1000Actions())
            + ", funding " + Length(Funding_10000Bids()) + ", reviews " + Length(Reviews_Kent()) + ", partnership " + Length(Partnership_Kent()));
    }

    [Benchmark]
    public string CsaUpdate_20YearsMonthly() => PapersAtScale.CsaUpdatePaper(CommitteeReports.Default, indicators);

    [Benchmark]
    public string ActionPlan_1000Actions() => PapersAtScale.ActionPlanPaper(CommitteeReports.Default, plan);

    [Benchmark]
    public string Funding_10000Bids() => PapersAtScale.FundingPaper(CommitteeReports.Default, round);

    [Benchmark]
    public string Reviews_Kent() => CommitteeReports.Default.Reviews(KentReviews.Register, ReviewPolicy.Default, KentMeeting);

    [Benchmark]
    public string Partnership_Kent() => CommitteeReports.Default.Partnership(KentData.PartnershipRecord, KentMeetings.All, KentMeeting);

    private static string Length(string page) => page.Length.ToString("N0", CultureInfo.InvariantCulture);
}
