using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using KentCsp.Domain.Utility;
using Xunit;

namespace KentCsp.Domain.Tests.Utility;

/// <summary>
/// The position index keeps, for each key, the number of its latest value in pages made when first needed: every length
/// reads the value recorded at the highest position below it, or the starting value, for keys spread over many pages.
/// </summary>
public sealed class PositionIndexTest
{
    [Fact]
    public void ManyPages_EveryLength_SeesTheValuesAsOfItsLength()
    {
        // 6,000 keys over six pages, each recorded twice: 12,000 values over 12 pages; keys 0, 7, 14, … start with a value.
        const int Keys = 6_000;
        var starting = new List<KeyValuePair<int, int>>();
        for (int key = 0; key < Keys; key += 7)
        {
            starting.Add(new(key, -key - 1));
        }
        var index = new PositionIndex<int>(() => starting);
        for (int position = 0; position < 2 * Keys; position++)
        {
            index.Record(position % Keys, position, position);
        }

        foreach (int count in new[] { 0, 1, 1_023, 1_024, 1_025, Keys - 1, Keys, Keys + 1, 2 * Keys })
        {
            for (int key = 0; key < Keys; key++)
            {
                bool found = index.TryGetValue(key, count, out int value);
                int expected = key + Keys < count ? key + Keys : key < count ? key : key % 7 == 0 ? -key - 1 : int.MinValue;
                Assert.True(found == (expected != int.MinValue), $"{key} at length {count}: found {found}");
                if (found)
                {
                    Assert.Equal(expected, value);
                }
            }
            Assert.False(index.TryGetValue(Keys, count, out _));
            Assert.False(index.TryGetValue(1_000_000, count, out _));
        }
    }

    [Fact]
    public void SparseKeys_MakeOnlyTheirPages_AndReadNothingElse()
    {
        var index = new PositionIndex<string>(() => []);
        index.Record(50_000, 0, "far");
        index.Record(3, 1, "near");
        Assert.True(index.TryGetValue(50_000, 1, out var far));
        Assert.Equal("far", far);
        Assert.False(index.TryGetValue(50_000, 0, out _));
        Assert.True(index.TryGetValue(3, 2, out var near));
        Assert.Equal("near", near);
        Assert.False(index.TryGetValue(3, 1, out _));
        Assert.False(index.TryGetValue(4, 2, out _));
        Assert.False(index.TryGetValue(49_999, 2, out _));
    }

    [Fact]
    public void StartingValues_AreBuiltOnFirstUse_AndSeenByEveryLength()
    {
        int builds = 0;
        var index = new PositionIndex<int>(() =>
        {
            Interlocked.Increment(ref builds);
            return [new(2_000, 7), new(0, 3)];
        });
        Assert.Equal(0, builds);
        Assert.True(index.TryGetValue(2_000, 0, out int value));
        Assert.Equal(7, value);
        Assert.True(index.TryGetValue(0, 0, out value));
        Assert.Equal(3, value);
        Assert.Equal(1, builds);
    }

    // One writer records values while readers look up keys already recorded: a reader that sees a key's number sees
    // its value, across every new page of numbers, table of pages and page of values.
    [Fact]
    public void ReadersWhileTheWriterRecords_SeeEveryValueRecordedBeforeThem()
    {
        const int Keys = 40_000;
        var index = new PositionIndex<int>(() => []);
        int recorded = 0;
        var readers = new Task<int>[2];
        for (int r = 0; r < readers.Length; r++)
        {
            int seed = r;
            readers[r] = Task.Run(() =>
            {
                var random = new System.Random(seed);
                int failures = 0;
                int seen;
                do
                {
                    seen = Volatile.Read(ref recorded);
                    if (seen == 0)
                    {
                        continue;
                    }
                    // Keys are recorded in a scattered order: key (i * 7919) % Keys at position i.
                    int i = random.Next(seen);
                    int key = (int)((long)i * 7_919 % Keys);
                    if (!index.TryGetValue(key, seen, out int value) || value != i)
                    {
                        failures++;
                    }
                }
                while (seen < Keys);
                return failures;
            });
        }
        for (int i = 0; i < Keys; i++)
        {
            index.Record((int)((long)i * 7_919 % Keys), i, i);
            Volatile.Write(ref recorded, i + 1);
        }
        Assert.All(readers, reader => Assert.Equal(0, reader.Result));
    }
}
