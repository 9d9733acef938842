using System;
using System.Collections.Generic;
using KentCsp.Domain.Utility;
using Xunit;

namespace KentCsp.Domain.Tests.Utility;

/// <summary>
/// The append-only index keeps its keys and values in pages: with more keys and values than one page holds, every
/// length still reads the value recorded at the highest position below it, after the table of keys has grown several
/// times and the values have spread over many pages.
/// </summary>
public sealed class AppendOnlyIndexTest
{
    [Fact]
    public void ManyPages_EveryLength_SeesTheValuesAsOfItsLength()
    {
        // 6,000 keys (the table of keys grows past several pages), each recorded twice: 12,000 values over 12 pages.
        const int Keys = 6_000;
        var index = new AppendOnlyIndex<int>(new Dictionary<string, int>(StringComparer.Ordinal) { ["start"] = -1 });
        for (int position = 0; position < 2 * Keys; position++)
        {
            index.Record("k" + (position % Keys), position, position);
        }

        foreach (int count in new[] { 0, 1, 1_023, 1_024, 1_025, Keys - 1, Keys, Keys + 1, 2 * Keys })
        {
            Assert.True(index.TryGetValue("start", count, out int start));
            Assert.Equal(-1, start);
            for (int key = 0; key < Keys; key++)
            {
                bool found = index.TryGetValue("k" + key, count, out int value);
                int expected = key + Keys < count ? key + Keys : key < count ? key : int.MinValue;
                Assert.True(found == (expected != int.MinValue), $"k{key} at length {count}: found {found}");
                if (found)
                {
                    Assert.Equal(expected, value);
                }
            }
            Assert.False(index.TryGetValue("absent", count, out _));
        }
    }
}
