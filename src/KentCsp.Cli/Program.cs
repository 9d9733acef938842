using System;
using NodaTime;

namespace KentCsp.Cli;

/// <summary>The <c>kentcsp</c> command.</summary>
internal static class Program
{
    // KentCspCommand.Run reports every error itself; this is the last guard, for a failure outside it (such as one while
    // the command tree is set up), so that even then the exit code is 70 and the message one line.
    private static int Main(string[] args)
    {
        try
        {
            return KentCspCommand.Run(args, Console.OpenStandardInput(), Console.Out, Console.Error, SystemClock.Instance);
        }
        catch (Exception exception)
        {
            return KentCspCommand.ReportInternalError(exception, Console.Error, Array.IndexOf(args, "--verbose") >= 0);
        }
    }
}
