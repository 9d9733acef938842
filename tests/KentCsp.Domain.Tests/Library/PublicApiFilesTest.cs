using System.Collections.Generic;
using System.Linq;
using KentCsp.Domain.Tests.TestSupport;
using Xunit;

namespace KentCsp.Domain.Tests.Library;

/// <summary>
/// The public API files that the analyzer checks at build time. One pair serves both target frameworks: the analyzer
/// checks each build against it, so an API on one framework only fails the build of the other.
/// </summary>
public class PublicApiFilesTest
{
    [Fact]
    public void PublicApi_EveryExportedTypeIsListed()
    {
        var lines = new HashSet<string>(
            RepositoryPaths.ReadText("src/KentCsp.Domain/PublicAPI.Shipped.txt").Split('\n')
                .Concat(RepositoryPaths.ReadText("src/KentCsp.Domain/PublicAPI.Unshipped.txt").Split('\n')));
        var missing = typeof(Money).Assembly.GetExportedTypes()
            .Where(type => !type.IsNested && !type.IsGenericTypeDefinition)
            .Select(type => type.FullName!)
            .Where(name => !lines.Contains(name));
        Assert.Empty(missing);
    }

    [Fact]
    public void PublicApi_IsOnePairForBothFrameworks() =>
        Assert.False(System.IO.Directory.Exists(System.IO.Path.Combine(RepositoryPaths.Root, "src/KentCsp.Domain/PublicAPI")));
}
