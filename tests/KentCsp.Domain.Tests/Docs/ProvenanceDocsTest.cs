using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using KentCsp.Domain.Tests.TestSupport;
using Xunit;

namespace KentCsp.Domain.Tests.Docs;

/// <summary>docs/provenance.md lists every inferred and illustrative value of the built-in data with its reason, as the data marks it.</summary>
public class ProvenanceDocsTest
{
    private const string Start = "<!-- provenance-list:start -->\n";
    private const string End = "<!-- provenance-list:end -->";

    private static readonly Regex Index = new(@"\[(\d+)\]", RegexOptions.CultureInvariant);

    [Fact]
    public void ProvenancePage_ListsEveryInferredAndIllustrativeValueOfTheData()
    {
        string page = RepositoryPaths.ReadText("docs/provenance.md");
        int start = page.IndexOf(Start, StringComparison.Ordinal);
        int end = page.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"docs/provenance.md has no list between '{Start.TrimEnd()}' and '{End}'");
        string listed = page.Substring(start + Start.Length, end - start - Start.Length);

        string generated = Generate();

        Assert.True(
            listed == generated,
            $"docs/provenance.md does not list what the built-in data marks. Paste this between '{Start.TrimEnd()}' and '{End}':\n\n{generated}");
    }

    [Fact]
    public void Generate_FieldsWithOneReason_AreOneLineWithTheirIndicesAsARange()
    {
        string generated = Generate();

        Assert.Contains("- `KentFunding.Round2016To17` `bids[0–7].applicant` — inferred: ", generated);
        Assert.Contains("- `KentActionPlans.Illustration2017To18` — illustrative: ", generated);
        Assert.DoesNotContain("KentFunding.Round2016To17` `grant`", generated);
    }

    /// <summary>
    /// One line for the whole object when it is not sourced, then one line for each reason its inferred or illustrative
    /// fields share, naming the fields (indices that run on as a range, <c>bids[0–7].applicant</c>).
    /// </summary>
    private static string Generate()
    {
        var text = new StringBuilder();
        foreach (var (name, value) in KentBuiltIns.All)
        {
            var record = ProvenanceWalk.ProvenanceOf(value);
            if (record is null)
            {
                continue;
            }
            if (!record.Whole.IsFact)
            {
                text.Append("- `").Append(name).Append("` — ").Append(Line(record.Whole)).Append('\n');
            }
            foreach (var group in record.Fields.Where(field => !field.Provenance.IsFact).GroupBy(field => field.Provenance))
            {
                var keys = Collapse(group.Select(field => field.Field));
                text.Append("- `").Append(name).Append("` ").Append(string.Join(", ", keys.Select(key => "`" + key + "`")))
                    .Append(" — ").Append(Line(group.Key)).Append('\n');
            }
        }
        return text.ToString();
    }

    private static string Line(Provenance provenance) => provenance.ToString().Replace("\n", " ");

    // Keys alike but for one index, with indices that run on (0, 1, 2 …), as one key with the range: bids[0–7].applicant.
    private static List<string> Collapse(IEnumerable<string> keys)
    {
        var shapes = new List<(string Shape, List<int> Indices, string First)>();
        foreach (var key in keys)
        {
            var matches = Index.Matches(key);
            if (matches.Count != 1)
            {
                shapes.Add((key, [], key));
                continue;
            }
            string shape = Index.Replace(key, "[#]");
            int index = int.Parse(matches[0].Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            int at = shapes.FindIndex(candidate => candidate.Shape == shape && candidate.Indices.Count > 0 && candidate.Indices[^1] == index - 1);
            if (at >= 0)
            {
                shapes[at].Indices.Add(index);
            }
            else
            {
                shapes.Add((shape, [index], key));
            }
        }
        return shapes
            .Select(shape => shape.Indices.Count < 2 ? shape.First : shape.Shape.Replace("[#]", $"[{shape.Indices[0]}–{shape.Indices[^1]}]"))
            .ToList();
    }
}
