using System;
using NodaTime;

namespace KentCsp.Cli;

/// <summary>The <c>kentcsp</c> command.</summary>
internal static class Program
{
    private static int Main(string[] args) => KentCspCommand.Run(args, Console.Out, Console.Error, SystemClock.Instance);
}
