using System.Reflection;
using System.Runtime.Versioning;
using KentCsp.Domain.Partnership;
using Xunit;

namespace KentCsp.Domain.Tests.Library;

/// <summary>Shows which build of the library these tests ran against: this file runs in both test projects.</summary>
public class TargetFrameworkTest
{
    [Fact]
    public void Library_IsTheBuildThisProjectTargets()
    {
        var framework = typeof(ResponsibleAuthorityKind).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName;
#if LIBRARY_NETSTANDARD
        Assert.Equal(".NETStandard,Version=v2.0", framework);
#else
        Assert.Equal(".NETCoreApp,Version=v10.0", framework);
#endif
    }
}
