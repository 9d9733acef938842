using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace KentCsp.Domain.Tests.TestSupport;

/// <summary>Paths in the repository, found from this source file (the tests keep real source paths, even under CI).</summary>
internal static class RepositoryPaths
{
    /// <summary>The repository root: the folder that holds KentCsp.Domain.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The KentCsp.Domain.Tests folder.</summary>
    public static string Tests { get; } = Path.GetDirectoryName(Path.GetDirectoryName(ThisFile())!)!;

    /// <summary>Reads a repository file as text with <c>\n</c> line ends.</summary>
    public static string ReadText(string relativePath) =>
        File.ReadAllText(Path.Combine(Root, relativePath)).Replace("\r\n", "\n");

    private static string ThisFile([CallerFilePath] string path = "") => path;

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(Path.GetDirectoryName(ThisFile())!);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "KentCsp.Domain.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("KentCsp.Domain.sln not found above the tests");
    }
}
