using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;
using static KentCsp.Domain.Tests.Funding.QualityPackages;

namespace KentCsp.Domain.Tests.Funding;

/// <summary>The run as a whole: the catalogue, reading, order, headings, the Kent export and the prefix list.</summary>
public class ThreeSixtyGivingQualityTest
{
    [Fact]
    public void Catalogue_Has21QualityChecks9Critical_And15Usefulness()
    {
        var all = ThreeSixtyGivingCheck.All;
        Assert.Equal(36, all.Count);
        Assert.Equal(21, all.Count(check => check.Category == ThreeSixtyGivingCheckCategory.Quality));
        Assert.Equal(15, all.Count(check => check.Category == ThreeSixtyGivingCheckCategory.Usefulness));
        Assert.Equal(
            ["ZeroAmountTest", "OrganizationIdUnexpectedChars", "GrantIdUnexpectedChars", "MoreThanOneFundingOrg", "LooksLikeEmail",
             "ImpossibleDates", "PostDatedAwardDates", "RecipientIndDEI", "GeoCodePostcode"],
            all.Where(check => check.IsCritical).Select(check => check.ToolName));
        Assert.All(all.Where(check => check.IsCritical), check => Assert.Equal(FindingSeverity.Error, check.Severity));
        Assert.Equal("DQT-036", ThreeSixtyGivingCheck.RecipientGeoDataButNoBeneficiary.Id);
        Assert.Equal("360Giving Data Quality Tool (ThreeSixtyGiving/dataquality, commit 783b746f), 2026-05-12, ZeroAmountTest",
            ThreeSixtyGivingCheck.ZeroAmount.Source.ToString());
    }

    [Fact]
    public void Findings_CriticalQualityFirst_ThenOtherQuality_ThenUsefulness()
    {
        var report = Run(Grant("{'amountAwarded': 0, 'awardDate': '2027-01-01', 'fundingOrganization': [{'id': 'XSFAFA', 'name': 'F'}]}", "dataSource"));
        Assert.Equal(["DQT-001", "DQT-017", "DQT-002", "DQT-031"], report.Findings.Select(finding => finding.Check.Id));
        Assert.True(report.HasCritical);
        Assert.False(Run(Grant("{}", "dataSource")).HasCritical);
    }

    [Fact]
    public void Finding_CarriesTheCheckInTheLibrarysShape()
    {
        var finding = Run(Grant("{'amountAwarded': 0}"), Grant()).Findings.Single();
        Assert.Equal("DQT-001", finding.Finding.RuleId);
        Assert.Equal(FindingSeverity.Error, finding.Finding.Severity);
        Assert.Equal("1 grant has a value of £0", finding.Finding.Message);
        Assert.Equal(["count = 1", "share = 50%", "out of = 2 grants", "locations = 1"], finding.Finding.Figures.Select(figure => figure.ToString()));
        Assert.Equal(ThreeSixtyGivingCheck.ZeroAmount.Source, finding.Finding.Source);
        Assert.Equal(0.5m, finding.Fraction);
    }

    [Theory]
    [InlineData(1, 8, "1 grant has")]
    [InlineData(5, 8, "5 grants have")]
    [InlineData(6, 48, "12% of grants have")]
    [InlineData(7, 8, "88% of grants have")]
    public void BandedHeading_UpToFiveCounts_ThenPercentRoundedHalfToEven(int count, int grants, string lead)
    {
        var package = Enumerable.Range(0, grants).Select(i => Grant(i < count ? "{'awardDate': '2027-01-01'}" : "{}")).ToArray();
        Assert.StartsWith(lead + " Award Dates", Fired(ThreeSixtyGivingCheck.PostDatedAwardDates, package)!.Heading);
    }

    [Fact]
    public void AsOfAtEitherEndOfTheCalendar_JudgesWithoutThrowing()
    {
        string grant = Grant("{'awardDate': '9999-12-31', 'plannedDates': [{'startDate': '0001-01-01', 'endDate': '9999-12-31'}]}");
        Assert.Equal(["DQT-016"], ThreeSixtyGivingQuality.Check(Package(grant), LocalDate.MaxIsoValue).Findings.Select(finding => finding.Check.Id));
        Assert.Contains("DQT-017", ThreeSixtyGivingQuality.Check(Package(grant), LocalDate.MinIsoValue).Findings.Select(finding => finding.Check.Id));
    }

    [Fact]
    public void NoGrants_NoFindings()
    {
        Assert.Empty(ThreeSixtyGivingQuality.Check("{}", Today).Findings);
        Assert.Empty(ThreeSixtyGivingQuality.Check("{\"grants\": []}", Today).Findings);
    }

    [Fact]
    public void OneValueOfAnUnexpectedType_SilencesNoOtherCheck()
    {
        // In the tool a grant without an id stops every quality check; here each check runs on its own.
        var report = Run(Grant("{'amountAwarded': 0, 'awardDate': 20200101, 'title': null}", "id"));
        Assert.Equal(["DQT-001"], report.Findings.Select(finding => finding.Check.Id));
    }

    [Theory]
    [InlineData("{\"grants\": [{\"id\": \"a\",}]}", "$.grants[0].id: the package is not valid JSON")]
    [InlineData("{\"grants\": [{}, {\"title\": tru}]}", "$.grants[1].title: the package is not valid JSON")]
    [InlineData("{\"grants\": [", "$.grants: the package is not valid JSON")]
    [InlineData("[]", "$: a 360Giving package is a JSON object, but this is an array.")]
    [InlineData("{\"grants\": {}}", "$.grants: the grants of a package are a JSON array, but this is an object.")]
    [InlineData("{\"grants\": [{}, 3]}", "$.grants[1]: a grant is a JSON object, but this is a number.")]
    [InlineData("{\"grants\": [{\"title\": \"\\ud800\"}]}", "$.grants[0].title: a string here is not valid text")]
    public void MalformedPackage_JsonExceptionNamingThePath(string json, string start)
    {
        var exception = Assert.Throws<JsonException>(() => ThreeSixtyGivingQuality.Check(json, Today));
        Assert.StartsWith(start, exception.Message);
    }

    [Fact]
    public void BytesThatAreNotUtf8_JsonExceptionNamingThePath()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("{\"grants\": [{\"title\": \""), 0xFF, .. Encoding.UTF8.GetBytes("\"}]}")];
        var exception = Assert.Throws<JsonException>(() => ThreeSixtyGivingQuality.Check(new ReadOnlyMemory<byte>(bytes), Today));
        Assert.StartsWith("$.grants[0].title:", exception.Message);
    }

    [Fact]
    public void StreamWithByteOrderMark_ReadsAsTheText()
    {
        string package = Package(Grant("{'amountAwarded': 0}"));
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(package)];
        using var stream = new MemoryStream(bytes);
        Assert.Equal(Run(Grant("{'amountAwarded': 0}")), ThreeSixtyGivingQuality.Check(stream, Today));
    }

    [Fact]
    public void Kent2016To17Export_AsAtItsIssueDate_MatchesSnapshot()
    {
        var report = ThreeSixtyGivingQuality.Check(ThreeSixtyGivingTest.Kent2016To17(), ThreeSixtyGivingTest.Issued);
        var text = new StringBuilder();
        text.Append("grants: ").Append(report.GrantCount).Append(", to individuals: ").Append(report.RecipientIndividualCount).Append('\n');
        foreach (var finding in report.Findings)
        {
            text.Append(finding.Check.Id).Append(' ').Append(finding.Check.ToolName).Append(' ').Append(finding.Finding.Severity.Description)
                .Append(finding.IsCritical ? " critical" : "").Append(": ").Append(finding.Heading).Append('\n');
            text.Append("  ").Append(string.Join(", ", finding.Finding.Figures)).Append('\n');
            foreach (string location in finding.Locations.Take(3))
            {
                text.Append("  ").Append(location).Append('\n');
            }
        }
        Snapshot.VerifyText(text.ToString());
    }

    [Fact]
    public void Kent2016To17Export_NoCriticalFinding()
    {
        Assert.False(ThreeSixtyGivingQuality.Check(ThreeSixtyGivingTest.Kent2016To17(), ThreeSixtyGivingTest.Issued).HasCritical);
    }

    [Fact]
    public void LargePackage_EveryGrantIsCountedAndTheLocationsStayBounded()
    {
        // The time the checks take as the package grows is measured in benchmarks/ (ThreeSixtyGivingQualityBenchmarks).
        string package = QualityPackages.Package(Enumerable.Range(0, 8_000)
            .Select(i => Grant($"{{'id': '360G-x-{i}', 'fundingOrganization': [{{'id': 'GB-CHC-{i}', 'name': 'Funder {i}'}}], 'description': 'a@b.com {new string('a', 200)}'}}")).ToArray());
        var finding = ThreeSixtyGivingQuality.Check(package, Today).Findings.Single(each => each.Check == ThreeSixtyGivingCheck.MoreThanOneFundingOrg);
        Assert.Equal(8_000, finding.LocationCount);
        Assert.Equal(ThreeSixtyGivingQuality.MaxLocations, finding.Locations.Count);
    }

    [Fact]
    public void LongTextEndingInAnAtSign_IsNotAnEmailAddress()
    {
        string text = string.Concat(Enumerable.Repeat("a.", 200_000)) + "@";
        Assert.Null(Fired(ThreeSixtyGivingCheck.LooksLikeEmail, Grant($"{{'description': '{text}'}}")));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t")]
    public void Check_EmptyPackage_OneSentenceAtTheRoot(string json)
    {
        var exception = Assert.Throws<System.Text.Json.JsonException>(() => ThreeSixtyGivingQuality.Check(json, Today));
        Assert.Equal("$: the package is empty: a 360Giving package is a JSON object.", exception.Message);
    }

    [Fact]
    public void Check_StreamLargerThanTheLimit_RefusedWithoutReadingTheRest()
    {
        var stream = new EndlessSpaces();
        var exception = Assert.Throws<System.Text.Json.JsonException>(() => ThreeSixtyGivingQuality.Check(stream, Today));
        Assert.StartsWith("$: the package is larger than the 268,435,456 bytes", exception.Message);
        Assert.True(stream.Given <= ThreeSixtyGivingQuality.MaxPackageBytes + 81_920L, $"{stream.Given} bytes read");
    }

    private sealed class EndlessSpaces : System.IO.Stream
    {
        public long Given { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Given; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)' ');
            Given += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, System.IO.SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

/// <summary>The org-id prefix list the checks use, against the copy of the register's list in the repository.</summary>
public class ThreeSixtyGivingOrgIdPrefixesTest
{
    [Fact]
    public void Codes_AreTheCommittedListThen360G()
    {
        var lines = RepositoryPaths.ReadText("src/KentCsp.Domain/Funding/OrgIdPrefixes/org-id-prefixes.txt")
            .Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith('#')).ToList();
        Assert.Equal(823, lines.Count);
        Assert.Equal([.. lines, "360G"], ThreeSixtyGivingOrgIdPrefixes.Codes);
        Assert.Equal(new LocalDate(2026, 7, 31), ThreeSixtyGivingOrgIdPrefixes.Taken);
    }

    [Theory]
    [InlineData("GB-CHC-1234567", true)]
    [InlineData("gb-coh-12345678", true)]
    [InlineData("GB-CHCX", true)]
    [InlineData("GB-SCHOOL-1", true)]
    [InlineData("360giving-x", true)]
    [InlineData("US-EIN-1", true)]
    [InlineData("XSFAFA", false)]
    [InlineData("GB-UNKNOW-RC000000", false)]
    [InlineData("GB-", false)]
    [InlineData("", false)]
    public void IsRecognised_StartsWithACodeIgnoringCase(string identifier, bool recognised)
    {
        Assert.Equal(recognised, ThreeSixtyGivingOrgIdPrefixes.IsRecognised(identifier));
    }
}
