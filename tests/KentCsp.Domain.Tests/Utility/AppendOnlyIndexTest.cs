using System;
using System.Collections.Generic;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
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

    // The collector copies a table of slots without scanning it only while a slot holds no reference.
    [Fact]
    public void Slots_HoldNoReferences()
    {
        var slot = typeof(AppendOnlyIndex<>).GetNestedType("Slot", BindingFlags.NonPublic)!.MakeGenericType(typeof(string));
        var holdsReferences = typeof(RuntimeHelpers).GetMethod(nameof(RuntimeHelpers.IsReferenceOrContainsReferences))!.MakeGenericMethod(slot);
        Assert.False((bool)holdsReferences.Invoke(null, null)!);
    }

    [Fact]
    public void StartingValuesOverSeveralPages_AreReadAndRecordedAfter()
    {
        var initial = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int key = 0; key < 3_000; key++)
        {
            initial.Add("s" + key, key);
        }
        var index = new AppendOnlyIndex<int>(initial);
        for (int position = 0; position < 3_000; position++)
        {
            index.Record("s" + (2_999 - position), position, 10_000 + position);
            index.Record("n" + position, position, position);
        }
        for (int key = 0; key < 3_000; key++)
        {
            Assert.True(index.TryGetValue("s" + key, 0, out int start));
            Assert.Equal(key, start);
            Assert.True(index.TryGetValue("s" + key, 3_000, out int latest));
            Assert.Equal(10_000 + 2_999 - key, latest);
            Assert.False(index.TryGetValue("n" + key, key, out _));
            Assert.True(index.TryGetValue("n" + key, key + 1, out int added));
            Assert.Equal(key, added);
        }
    }

    // One writer records keys while readers look up keys already recorded: a reader that sees a key's slot sees the key
    // and its value, across every growth of the table and every new page of keys and values.
    [Fact]
    public void ReadersWhileTheWriterRecords_SeeEveryKeyRecordedBeforeThem()
    {
        const int Keys = 40_000;
        var names = new string[Keys];
        for (int key = 0; key < Keys; key++)
        {
            names[key] = "key-" + key;
        }
        var index = new AppendOnlyIndex<int>(new Dictionary<string, int>(StringComparer.Ordinal));
        int recorded = 0;
        var readers = new Task<int>[2];
        for (int r = 0; r < readers.Length; r++)
        {
            int seed = r;
            readers[r] = Task.Run(() =>
            {
                var random = new Random(seed);
                int failures = 0;
                int seen;
                do
                {
                    seen = Volatile.Read(ref recorded);
                    if (seen == 0)
                    {
                        continue;
                    }
                    int key = random.Next(seen);
                    if (!index.TryGetValue(names[key], seen, out int value) || value != key)
                    {
                        failures++;
                    }
                }
                while (seen < Keys);
                return failures;
            });
        }
        for (int key = 0; key < Keys; key++)
        {
            index.Record(names[key], key, key);
            Volatile.Write(ref recorded, key + 1);
        }
        Assert.All(readers, reader => Assert.Equal(0, reader.Result));
    }
}
