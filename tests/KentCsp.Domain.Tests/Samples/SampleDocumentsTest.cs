using System;
using System.IO;
using System.Linq;
using System.Text;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.Serialization.Schemas;
using KentCsp.Domain.Tests.TestSupport;
using Xunit;

namespace KentCsp.Domain.Tests.Samples;

/// <summary>
/// The committed files in <c>samples/</c> are exactly what <see cref="SampleDocuments"/> builds and the library writes.
/// A difference fails and writes <c>NAME.received.json</c> beside the committed file; if the change is meant, rename it
/// over the committed file, or run the tests with <c>KENTCSP_UPDATE_SAMPLES=1</c> to rewrite them all.
/// </summary>
public class SampleDocumentsTest
{
    public static TheoryData<string> FileNames() => new(SampleDocuments.All.Select(sample => sample.FileName));

    private static string Folder => Path.Combine(RepositoryPaths.Root, SampleDocuments.Folder);

    [Theory]
    [MemberData(nameof(FileNames))]
    public void CommittedSample_IsWhatTheLibraryWrites(string fileName)
    {
        var sample = SampleDocuments.All.Single(candidate => candidate.FileName == fileName);
        string written = sample.Write();
        string committed = Path.Combine(Folder, fileName);
        if (Environment.GetEnvironmentVariable("KENTCSP_UPDATE_SAMPLES") == "1")
        {
            File.WriteAllBytes(committed, new UTF8Encoding(false).GetBytes(written));
        }
        try
        {
            Snapshot.VerifyAt(written, committed, Path.Combine(Folder, Path.GetFileNameWithoutExtension(fileName) + ".received.json"));
        }
        catch (SnapshotMismatchException exception)
        {
            throw new SnapshotMismatchException(exception.Message + " To rewrite every sample, run the tests with KENTCSP_UPDATE_SAMPLES=1.");
        }
    }

    [Fact]
    public void EveryDocumentKind_HasASample()
    {
        var missing = DocumentKind.All.Where(kind => !SampleDocuments.All.Any(sample => sample.Kind == kind)).Select(kind => kind.WireName).ToList();
        Assert.True(missing.Count == 0, "no sample of: " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryJsonFileInTheFolder_IsASample()
    {
        var files = Directory.EnumerateFiles(Folder, "*.json").Select(Path.GetFileName).Where(name => !name!.EndsWith(".received.json", StringComparison.Ordinal)).OrderBy(name => name, StringComparer.Ordinal);
        Assert.Equal(SampleDocuments.All.Select(sample => sample.FileName).OrderBy(name => name, StringComparer.Ordinal), files);
    }

    [Theory]
    [MemberData(nameof(FileNames))]
    public void CommittedSample_ReadsAsItsKindAndIsValidAgainstTheSchema(string fileName)
    {
        var sample = SampleDocuments.All.Single(candidate => candidate.FileName == fileName);
        string json = File.ReadAllText(Path.Combine(Folder, fileName));

        var read = KentCspJson.ReadDocument(json);

        Assert.True(read.IsRead, $"{fileName}: {read}");
        Assert.Equal(sample.Kind, read.AsT0.Kind);
        Assert.Equal("", SchemaValidator.Errors(sample.Kind, json));
    }

    /// <summary>
    /// No sample names Kent; the folder's README names only the tool and the project (<c>kentcsp</c>,
    /// <c>KentCsp.Domain.Tests</c>), which are left out of its check.
    /// </summary>
    [Fact]
    public void NoFileInTheFolder_NamesKent()
    {
        foreach (string path in Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories))
        {
            string text = File.ReadAllText(path);
            if (!path.EndsWith(".json", StringComparison.Ordinal))
            {
                text = System.Text.RegularExpressions.Regex.Replace(text, "kentcsp", "", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
            }
            int at = text.IndexOf("kent", StringComparison.OrdinalIgnoreCase);
            Assert.True(at < 0, $"{Path.GetFileName(path)} names Kent at character {at}: …{text.Substring(Math.Max(0, at - 40), Math.Min(80, text.Length - Math.Max(0, at - 40)))}…");
        }
    }
}
