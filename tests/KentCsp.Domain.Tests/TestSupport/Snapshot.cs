using System;
using System.IO;
using System.Text;
using ApprovalTests;

namespace KentCsp.Domain.Tests.TestSupport;

/// <summary>
/// The one place the tests touch the snapshot library. A snapshot is the exact bytes the library wrote (UTF-8, no
/// byte-order mark), compared byte for byte with the committed <c>TestClass.TestMethod.approved.*</c> file beside the
/// test; the snapshot library only names that file. A missing or different approved file fails the test and leaves a
/// <c>*.received.*</c> file to review. Nothing is normalised: a byte-order mark, a different line end or a trailing
/// newline in either fails it.
/// </summary>
internal static class Snapshot
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Checks JSON text exactly as written (no reformatting), against an <c>.approved.json</c> file.</summary>
    public static void VerifyJson(string json) => Verify(json, "json");

    /// <summary>Checks plain text exactly, against an <c>.approved.txt</c> file.</summary>
    public static void VerifyText(string text) => Verify(text, "txt");

    /// <summary>
    /// Checks <paramref name="text"/> against the approved file <paramref name="approvedPath"/>; on a difference writes
    /// <paramref name="receivedPath"/> and throws.
    /// </summary>
    public static void VerifyAt(string text, string approvedPath, string receivedPath)
    {
        byte[] actual = Utf8.GetBytes(text);
        byte[]? approved = File.Exists(approvedPath) ? File.ReadAllBytes(approvedPath) : null;
        string? difference = approved is null ? "there is no approved file" : Difference(approved, actual);
        if (difference is null)
        {
            File.Delete(receivedPath);
            return;
        }
        File.WriteAllBytes(receivedPath, actual);
        throw new SnapshotMismatchException(
            $"{Path.GetFileName(approvedPath)}: {difference}. The output was written to {receivedPath}; if it is right, rename it to the approved file.");
    }

    /// <summary>Where two byte strings first differ, in words, or null when they are the same.</summary>
    public static string? Difference(byte[] approved, byte[] actual)
    {
        int length = Math.Min(approved.Length, actual.Length);
        for (int i = 0; i < length; i++)
        {
            if (approved[i] != actual[i])
            {
                return $"byte {i} differs (approved 0x{approved[i]:x2}, written 0x{actual[i]:x2}){Hint(approved)}";
            }
        }
        if (approved.Length != actual.Length)
        {
            return $"the approved file has {approved.Length} bytes and the output {actual.Length}, the same up to byte {length}{Hint(approved)}";
        }
        return null;
    }

    private static string Hint(byte[] approved)
    {
        if (approved.Length >= 3 && approved[0] == 0xEF && approved[1] == 0xBB && approved[2] == 0xBF)
        {
            return "; the approved file starts with a byte-order mark, which the library never writes";
        }
        if (Array.IndexOf(approved, (byte)'\r') >= 0)
        {
            return "; the approved file has CR LF line ends";
        }
        return "";
    }

    private static void Verify(string text, string extension)
    {
        var namer = Approvals.GetDefaultNamer();
        string stem = Path.Combine(namer.SourcePath, namer.Name);
        VerifyAt(text, $"{stem}.approved.{extension}", $"{stem}.received.{extension}");
    }
}

/// <summary>The output differs from its approved snapshot.</summary>
internal sealed class SnapshotMismatchException(string message) : Exception(message);
