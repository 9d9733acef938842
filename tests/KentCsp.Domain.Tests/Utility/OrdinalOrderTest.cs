using System;
using System.Linq;
using KentCsp.Domain.Utility;
using Xunit;

namespace KentCsp.Domain.Tests.Utility;

/// <summary>
/// The ordinal order of identifiers is the order <see cref="string.CompareOrdinal(string, string)"/> gives, on short lists
/// and long ones, with identifiers that share long beginnings, differ only past the twelfth character, are prefixes of
/// one another, or are already in order.
/// </summary>
public sealed class OrdinalOrderTest
{
    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    [InlineData(4_096)]
    [InlineData(30_000)]
    public void Fill_ShuffledIdentifiers_TheOrdinalOrder(int count)
    {
        var random = new Random(count);
        string[] ids = Enumerable.Range(0, count)
            .Select(i => (i % 5) switch
            {
                0 => $"v{i}",
                1 => $"victim-with-a-long-name-{i}",
                2 => $"victim-with-a-long-{i}",
                3 => $"{i % 37}-{i}",
                _ => $"z{random.Next():x}-{i}",
            })
            .OrderBy(_ => random.Next())
            .ToArray();

        AssertOrdinalOrder(ids);
    }

    [Fact]
    public void Fill_LongListAlreadyInOrder_TheSameOrder()
    {
        string[] ids = Enumerable.Range(0, 10_000).Select(i => $"v{i:D6}").ToArray();
        AssertOrdinalOrder(ids);
    }

    [Fact]
    public void Fill_LongListReversed_TheOrdinalOrder()
    {
        string[] ids = Enumerable.Range(0, 10_000).Select(i => $"v{i}").Reverse().ToArray();
        AssertOrdinalOrder(ids);
    }

    private static void AssertOrdinalOrder(string[] ids)
    {
        var order = new int[ids.Length + 3];
        OrdinalOrder.Fill(ids, order);

        string[] expected = ids.OrderBy(id => id, StringComparer.Ordinal).ToArray();
        Assert.Equal(expected, order.Take(ids.Length).Select(position => ids[position]));
    }
}
