using System;

namespace KentCsp.Domain.Utility;

/// <summary>
/// Shares as a tool written in Python reports them, where the library must give the same whole percentage: Python's
/// <c>round(count / total * 100)</c> divides and multiplies in binary floating point, then rounds half to even on the
/// binary result, so 23 of 40 (57.5% exactly) gives 57, not 58. Only the percentage is taken this way; the share itself is
/// exact (<see cref="Share"/>).
/// </summary>
internal static class PythonShares
{
    /// <summary>The share <paramref name="count"/> of <paramref name="total"/>, exactly as a decimal.</summary>
    internal static decimal Share(int count, int total) => (decimal)count / total;

    /// <summary>The whole percentage Python's <c>round(count / total * 100)</c> gives.</summary>
    internal static int Percent(int count, int total) => (int)Math.Round((double)count / total * 100, MidpointRounding.ToEven);
}
