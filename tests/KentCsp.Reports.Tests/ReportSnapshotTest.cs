using System.IO;
using KentCsp.Domain.Tests.TestSupport;
using Xunit;

namespace KentCsp.Reports.Tests;

/// <summary>
/// Each paper on the built-in Kent data as at 19 July 2017, byte for byte against its approved
/// <c>ReportSnapshotTest.Paper_BuiltIn_MatchesSnapshot.NAME.approved.html</c> beside this file.
/// </summary>
public sealed class ReportSnapshotTest
{
    [Theory]
    [MemberData(nameof(Papers.NameData), MemberType = typeof(Papers))]
    public void Paper_BuiltIn_MatchesSnapshot(string name)
    {
        string stem = Path.Combine(Papers.Here(), $"{nameof(ReportSnapshotTest)}.{nameof(Paper_BuiltIn_MatchesSnapshot)}.{name}");

        Snapshot.VerifyAt(Papers.BuiltIn(name), stem + ".approved.html", stem + ".received.html");
    }
}
