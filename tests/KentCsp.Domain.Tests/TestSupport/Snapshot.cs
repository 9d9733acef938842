using ApprovalTests;
using ApprovalTests.Writers;

namespace KentCsp.Domain.Tests.TestSupport;

/// <summary>
/// The one place the tests touch the snapshot library. A snapshot is the exact text the library wrote, compared with
/// the committed <c>TestClass.TestMethod.approved.*</c> file beside the test; a missing or different approved file
/// fails the test and leaves a <c>*.received.*</c> file to review. The comparison is exact: a different line end or a
/// trailing newline fails it too.
/// </summary>
internal static class Snapshot
{
    /// <summary>Checks JSON text exactly as written (no reformatting), against an <c>.approved.json</c> file.</summary>
    public static void VerifyJson(string json) => Approvals.Verify(new ApprovalTextWriter(json, "json"));

    /// <summary>Checks plain text exactly, against an <c>.approved.txt</c> file.</summary>
    public static void VerifyText(string text) => Approvals.Verify(new ApprovalTextWriter(text, "txt"));
}
