using KentCsp.Domain.Tests.TestSupport;
using Xunit;

namespace KentCsp.Domain.Tests.Library;

/// <summary>The public API files that the analyzer checks at build time, compared across the two target frameworks.</summary>
public class PublicApiFilesTest
{
    [Theory]
    [InlineData("PublicAPI.Shipped.txt")]
    [InlineData("PublicAPI.Unshipped.txt")]
    public void PublicApi_IsTheSameOnBothTargetFrameworks(string file)
    {
        // An API that exists on one framework only must be a deliberate choice: change this test when one is added.
        Assert.Equal(
            RepositoryPaths.ReadText($"src/KentCsp.Domain/PublicAPI/net10.0/{file}"),
            RepositoryPaths.ReadText($"src/KentCsp.Domain/PublicAPI/netstandard2.0/{file}"));
    }
}
