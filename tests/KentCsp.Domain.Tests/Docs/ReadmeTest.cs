using System;
using System.IO;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Tests.TestSupport;
using Xunit;

namespace KentCsp.Domain.Tests.Docs;

/// <summary>Keeps the README's first screen true: the two commands first, and the example (QuickStart.cs, shown verbatim, see DocSnippetsTest) runs.</summary>
public class ReadmeTest
{
    [Fact]
    public void Readme_StartsWithTheTwoCommands()
    {
        string readme = RepositoryPaths.ReadText("README.md");
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
            s.5(1)(d) fire and rescue authority (a fire authority before the Fire and Rescue Services Act 2004): represented
            s.5(1)(e) clinical commissioning group: represented
            round-trip: equal

            """.Replace("\r\n", "\n"),
            output.ToString());
    }
}
