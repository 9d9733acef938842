using System;
using System.IO;
using System.Text;
using KentCsp.Domain.Tests.TestSupport;
using Xunit;

namespace KentCsp.Domain.Tests.Library;

/// <summary>The snapshot helper compares exact bytes: nothing in an approved file is forgiven or normalised.</summary>
public sealed class SnapshotTest : IDisposable
{
    private const string Written = "{\n  \"schemaVersion\": 1\n}";

    private readonly string folder = Path.Combine(Path.GetTempPath(), $"kentcsp-snapshot-{Guid.NewGuid():N}");

    public SnapshotTest() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void VerifyAt_SameBytes_Passes()
    {
        Approve(Encoding.UTF8.GetBytes(Written));
        Snapshot.VerifyAt(Written, Approved, Received);
        Assert.False(File.Exists(Received));
    }

    [Theory]
    [InlineData("byte-order mark", "\uFEFF" + Written)]
    [InlineData("CRLF line ends", "{\r\n  \"schemaVersion\": 1\r\n}")]
    [InlineData("trailing newline", Written + "\n")]
    [InlineData("one character changed", "{\n  \"schemaVersion\": 2\n}")]
    public void VerifyAt_ApprovedFileDiffers_FailsAndLeavesTheReceivedFile(string what, string approvedText)
    {
        Approve(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(approvedText));
        var exception = Assert.ThrowsAny<Exception>(() => Snapshot.VerifyAt(Written, Approved, Received));
        Assert.True(exception.Message.StartsWith("snapshot.approved.json: ", StringComparison.Ordinal), what + ": " + exception.Message);
        Assert.Equal(Encoding.UTF8.GetBytes(Written), File.ReadAllBytes(Received));
    }

    [Fact]
    public void VerifyAt_ApprovedFileMissing_Fails()
    {
        var exception = Assert.ThrowsAny<Exception>(() => Snapshot.VerifyAt(Written, Approved, Received));
        Assert.Contains("there is no approved file", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Difference_ByteOrderMark_IsNamed()
    {
        byte[] written = Encoding.UTF8.GetBytes(Written);
        byte[] withMark = [0xEF, 0xBB, 0xBF, .. written];
        Assert.Contains("byte-order mark", Snapshot.Difference(withMark, written), StringComparison.Ordinal);
    }

    [Fact]
    public void ApprovedFiles_InTheRepository_HaveNoByteOrderMarkOrCarriageReturn()
    {
        var offending = new System.Collections.Generic.List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "tests"), "*.approved.*", SearchOption.AllDirectories))
        {
            byte[] bytes = File.ReadAllBytes(file);
            if ((bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) || Array.IndexOf(bytes, (byte)'\r') >= 0)
            {
                offending.Add(Path.GetFileName(file));
            }
        }
        Assert.Empty(offending);
    }

    private string Approved => Path.Combine(folder, "snapshot.approved.json");

    private string Received => Path.Combine(folder, "snapshot.received.json");

    private void Approve(byte[] bytes) => File.WriteAllBytes(Approved, bytes);
}
