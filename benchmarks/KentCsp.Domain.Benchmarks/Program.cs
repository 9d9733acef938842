using System;
using System.Globalization;
using System.IO;
using BenchmarkDotNet.Running;
using KentCsp.Domain.Serialization;

using KentCsp.Domain.Tests.TestSupport;

namespace KentCsp.Domain.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/KentCsp.Domain.Benchmarks -- --filter '*'</c>.
/// <c>-- write-round COUNT FILE</c> instead writes a <see cref="LargeFundingRound"/> of COUNT bids as a round document,
/// the input of the peak memory measurements in docs/performance.md.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length == 3 && args[0] == "write-round")
        {
            int count = int.Parse(args[1], NumberStyles.None, CultureInfo.InvariantCulture);
            File.WriteAllText(args[2], KentCspJson.Serialize(LargeFundingRound.Build(count)));
            Console.WriteLine($"{args[2]}: {count} bids, {new FileInfo(args[2]).Length.ToString("N0", CultureInfo.InvariantCulture)} bytes");
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
