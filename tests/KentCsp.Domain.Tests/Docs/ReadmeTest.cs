using System;
using System.IO;
using System.Runtime.CompilerServices;
using Xunit;

namespace KentCsp.Domain.Tests.Docs;

/// <summary>Keeps the README's first screen true: the two commands first, and the example (QuickStart.cs, shown verbatim, see DocSnippetsTest) runs.</summary>
public class ReadmeTest
{
    [Fact]
    public void Readme_StartsWithTheTwoCommands()
    {
        string readme = Normalise(File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")));
        int run = readme.IndexOf("dotnet run --project src/KentCsp.Cli", StringComparison.Ordinal);
        int test = readme.IndexOf("dotnet test", StringComparison.Ordinal);
        int example = readme.IndexOf("```csharp", StringComparison.Ordinal);
        Assert.True(run >= 0 && run < test && test < example, "the two commands come first, then the example");
    }

    [Fact]
    public void QuickStart_PrintsTheKindsOf2017AndRoundTrips()
    {
        var output = new StringWriter { NewLine = "\n" };
        QuickStart.Run(output);
        Assert.Equal(
            """
            s.5(1)(a) district or borough council: represented
            s.5(1)(a) county council: represented
            s.5(1)(aa) probation provider: represented
            s.5(1)(b) chief officer of police: represented
            s.5(1)(d) fire and rescue authority: represented
            s.5(1)(e) clinical commissioning group: represented
            round-trip: equal

            """.Replace("\r\n", "\n"),
            output.ToString());
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n");

    private static string ThisDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(ThisDirectory());
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "KentCsp.Domain.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("KentCsp.Domain.sln not found above the tests");
    }
}
