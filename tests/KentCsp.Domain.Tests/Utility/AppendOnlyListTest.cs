using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using KentCsp.Domain.Utility;
using Xunit;

namespace KentCsp.Domain.Tests.Utility;

/// <summary>
/// The append-only list keeps its elements in pages: versions read their own prefix across page boundaries, a branch
/// from an older version shares its full pages without seeing or disturbing the newer version's elements, and only one
/// of several appends on the same version extends the shared buffer.
/// </summary>
public sealed class AppendOnlyListTest
{
    private const int PageSize = AppendOnlyList<int>.PageSize;

    private static AppendOnlyList<int> Appended(AppendOnlyList<int> list, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            list = list.Append(i, out _);
        }
        return list;
    }

    private static List<int> Enumerated(AppendOnlyList<int> list)
    {
        var items = new List<int>();
        foreach (int item in list)
        {
            items.Add(item);
        }
        return items;
    }

    [Fact]
    public void Versions_ReadTheirOwnPrefix_AcrossPages()
    {
        var empty = AppendOnlyList<int>.CopyOf([]);
        var versions = new List<AppendOnlyList<int>> { empty };
        var list = empty;
        for (int i = 0; i < (3 * PageSize) + 5; i++)
        {
            list = list.Append(i, out bool shared);
            Assert.True(shared, $"append {i} did not extend the shared buffer");
            versions.Add(list);
        }

        foreach (int length in new[] { 0, 1, 4, 5, PageSize - 1, PageSize, PageSize + 1, 2 * PageSize, (3 * PageSize) + 5 })
        {
            var version = versions[length];
            Assert.Equal(length, version.Count);
            Assert.Equal(Enumerable.Range(0, length), Enumerated(version));
            Assert.Equal(Enumerable.Range(0, length), version.AsEnumerable());
            for (int i = 0; i < length; i++)
            {
                Assert.Equal(i, version[i]);
            }
            Assert.Throws<ArgumentOutOfRangeException>(() => version[length]);
        }
    }

    [Fact]
    public void CopyOf_MoreThanAPage_HoldsEveryElement_AndGrows()
    {
        var source = Enumerable.Range(0, (2 * PageSize) + 3).ToArray();
        var list = AppendOnlyList<int>.CopyOf(source);
        var longer = Appended(list, source.Length, (3 * PageSize) + 1);

        Assert.Equal(source, Enumerated(list));
        Assert.Equal(Enumerable.Range(0, (3 * PageSize) + 1), Enumerated(longer));
        Assert.Equal(Enumerable.Range(0, PageSize + 1), Enumerated(Appended(AppendOnlyList<int>.CopyOf(Enumerable.Range(0, PageSize).ToArray()), PageSize, PageSize + 1)));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(PageSize)]
    [InlineData(PageSize + 7)]
    [InlineData(2 * PageSize)]
    public void Branch_FromAnOlderVersion_SharesNothingItWrites(int at)
    {
        var older = Appended(AppendOnlyList<int>.CopyOf([]), 0, at);
        var newer = Appended(older, at, at + PageSize + 10);

        var branch = older.Append(-1, out bool shared);
        Assert.False(shared);
        branch = Appended(branch, at + 1, at + PageSize + 20);
        for (int i = at + 1; i < at + PageSize + 20; i++)
        {
            branch = branch.Append(-i, out _);
        }

        Assert.Equal(Enumerable.Range(0, at), Enumerated(older));
        Assert.Equal(Enumerable.Range(0, at + PageSize + 10), Enumerated(newer));
        Assert.Equal(-1, branch[at]);
        Assert.Equal(Enumerable.Range(0, at), branch.Take(at));
        Assert.Equal(at + 1 + (2 * (PageSize + 19)), branch.Count);
        Assert.NotEqual(newer, branch);
        Assert.Equal(older, Appended(AppendOnlyList<int>.CopyOf([]), 0, at));
    }

    [Fact]
    public void ConcurrentAppends_OnOneVersion_OneExtendsTheBuffer_EachSeesOnlyItsOwn()
    {
        var start = Appended(AppendOnlyList<int>.CopyOf([]), 0, PageSize - 2);
        var results = new AppendOnlyList<int>[8];
        var shared = new bool[8];
        Parallel.For(0, results.Length, n =>
        {
            var list = start.Append(1_000_000 + n, out shared[n]);
            // Past the page boundary, so the owner adds a page while the others copy.
            results[n] = Appended(list, PageSize - 1, PageSize + 50);
        });

        Assert.Equal(1, shared.Count(s => s));
        for (int n = 0; n < results.Length; n++)
        {
            Assert.Equal(1_000_000 + n, results[n][PageSize - 2]);
            Assert.Equal(Enumerable.Range(0, PageSize - 2).Concat([1_000_000 + n]).Concat(Enumerable.Range(PageSize - 1, 51)), Enumerated(results[n]));
        }
        Assert.Equal(Enumerable.Range(0, PageSize - 2), Enumerated(start));
    }
}
