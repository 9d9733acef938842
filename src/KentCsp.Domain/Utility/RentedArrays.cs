using System;
using System.Buffers;
using System.Collections.Generic;

namespace KentCsp.Domain.Utility;

/// <summary>
/// Working arrays of integers rented from the shared pool for one computation, each given back when the computation no
/// longer needs it (<see cref="Return"/>) or, at the latest, by <see cref="Dispose"/>.
/// </summary>
/// <remarks>
/// A rented array may be longer than asked for and holds whatever its last user left: the caller clears what it reads
/// before writing. Integers hold no references, so the arrays are returned without clearing. Used by one computation on
/// one thread; not thread-safe.
/// </remarks>
internal sealed class RentedArrays : IDisposable
{
    private readonly List<int[]> outstanding = [];

    /// <summary>An array of at least <paramref name="length"/> integers, not cleared.</summary>
    internal int[] Ints(int length)
    {
        var array = ArrayPool<int>.Shared.Rent(length);
        outstanding.Add(array);
        return array;
    }

    /// <summary>An array of at least twice <paramref name="used"/> integers holding the first <paramref name="used"/> of <paramref name="array"/>, which is given back.</summary>
    internal int[] Grow(int[] array, int used)
    {
        var larger = Ints(Math.Max(16, 2 * used));
        Array.Copy(array, larger, used);
        Return(array);
        return larger;
    }

    /// <summary>Gives an array back to the pool; it must not be used again.</summary>
    internal void Return(int[] array)
    {
        int at = outstanding.LastIndexOf(array);
        if (at >= 0)
        {
            outstanding.RemoveAt(at);
            Give(array);
        }
    }

    /// <summary>Gives back every array not yet returned.</summary>
    public void Dispose()
    {
        for (int i = outstanding.Count - 1; i >= 0; i--)
        {
            Give(outstanding[i]);
        }
        outstanding.Clear();
    }

    private static void Give(int[] array)
    {
        if (array.Length > 0)
        {
            ArrayPool<int>.Shared.Return(array);
        }
    }
}
