using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using Xunit;

namespace KentCsp.Domain.Tests.Serialization;

/// <summary>Pins the exact message a person sees for each kind of bad document, so that a change to one is deliberate.</summary>
public class JsonErrorMessagesTest
{
    private static readonly string Kent = KentCspJson.Serialize(KentData.Partnership);

    private static readonly (string Case, string Find, string Replace)[] Cases =
    [
        ("unknown member", "\"area\": \"Kent\",", "\"area\": \"Kent\",\n  \"chair\": \"x\","),
        ("missing member", "\"area\": \"Kent\",\n", ""),
        ("null member", "\"area\": \"Kent\"", "\"area\": null"),
        ("null array element", "\"members\": [", "\"members\": [\n    null,"),
        ("duplicate member", "\"level\": \"County\",", "\"level\": \"County\",\n  \"level\": \"District\","),
        ("wrong JSON type", "\"schemaVersion\": 2", "\"schemaVersion\": \"2\""),
        ("unknown catalogue name", "\"CountyCouncil\"", "\"ParishCouncil\""),
        ("catalogue name of the wrong case", "\"role\": \"Invitee\"", "\"role\": \"invitee\""),
        ("catalogue given as a number", "\"level\": \"County\"", "\"level\": 1"),
        ("other schema version", "\"schemaVersion\": 2", "\"schemaVersion\": 3"),
        ("blank name", "\"name\": \"Kent Police\"", "\"name\": \"  \""),
        ("white space in an identifier", "\"identifier\": \"kfrs\"", "\"identifier\": \"k frs\""),
        ("organisation seated twice", "\"identifier\": \"kfrs\"", "\"identifier\": \"kcc\""),
        ("responsible authority without a kind", "\"role\": \"Invitee\"", "\"role\": \"ResponsibleAuthority\""),
        ("truncated document", "\n}", ""),
    ];

    private static readonly string Round = KentCspJson.Serialize(FundingBuilders.EveryMember());

    private static readonly (string Case, string Find, string Replace)[] FundingCases =
    [
        ("negative amount", "\"amount\": 6000.00", "\"amount\": -6000.00"),
        ("sub-penny amount", "\"amount\": 156.37", "\"amount\": 0.005"),
        ("amount as a string", "\"amount\": 10000.00", "\"amount\": \"10000.00\""),
        ("amount beyond the range of decimal", "\"amount\": 156.37", "\"amount\": 1e30"),
        ("amount with more digits than decimal holds", "\"amount\": 156.37", "\"amount\": 156.3700000000000000000000000001"),
        ("currency EUR", "\"currency\": \"GBP\"", "\"currency\": \"EUR\""),
        ("missing currency", "  \"currency\": \"GBP\",\n", ""),
        ("allocation to an unknown bid", "\"bidId\": \"county-project\",\n      \"amount\"", "\"bidId\": \"no-such-bid\",\n      \"amount\""),
        ("duplicate bid id", "\"id\": \"gangs-training\"", "\"id\": \"county-project\""),
        ("monitoring return received before it was issued", "\"receivedOn\": \"2017-09-20\"", "\"receivedOn\": \"2017-08-20\""),
        ("monitoring return due before it was issued", "\"dueOn\": \"2017-12-31\"", "\"dueOn\": \"2017-11-30\""),
        ("unknown outcome", "\"outcome\": \"FundedInPart\"", "\"outcome\": \"Approved\""),
        ("unknown grant condition", "\"NoDuplication\"", "\"NoDuplicates\""),
        ("malformed year", "\"year\": \"2017/18\"", "\"year\": \"2016-17\""),
        ("year whose halves do not follow", "\"year\": \"2017/18\"", "\"year\": \"2016/18\""),
        ("bid window ending before it starts", "\"end\": \"2017-05-31\"", "\"end\": \"2017-03-31\""),
        ("local scope without a district", "\"kind\": \"Local\",\n        \"district\": \"Thanet\"", "\"kind\": \"Local\""),
        ("county-wide scope with a district", "\"kind\": \"CountyWide\"", "\"kind\": \"CountyWide\",\n        \"district\": \"Thanet\""),
        ("unknown member", "\"purpose\": \"Street lighting in Margate.\",", "\"purpose\": \"Street lighting in Margate.\",\n      \"budget\": 1,"),
        ("null where a list is required", "\"planObjectives\": []", "\"planObjectives\": null"),
        ("null list element", "\"payments\": [", "\"payments\": [\n    null,"),
        ("other schema version", "\"schemaVersion\": 2", "\"schemaVersion\": 3"),
    ];

    // Names a reader of the document has no use for: the library's own types (catalogue names excepted, since they
    // are the document's vocabulary) and .NET's.
    private static readonly Regex TypeName = new(
        @"\b(" + string.Join("|", typeof(Money).Assembly.GetTypes()
            .Where(type => !type.Name.Contains('<') && !IsCatalogue(type))
            .Select(type => Regex.Escape(type.Name.Split('`')[0]))
            .Concat(["String", "Int32", "Int64", "Decimal", "Boolean", "Nullable", "System", "LocalDate", "DateInterval"])
            .Distinct()) + @")\b");

    [Fact]
    public void FundingRound_BadDocuments_Messages()
    {
        var text = new StringBuilder();
        foreach (var (name, find, replace) in FundingCases)
        {
            Assert.Contains(find, Round);
            var exception = Assert.Throws<JsonException>(() => KentCspJson.DeserializeFundingRound(ReplaceFirst(Round, find, replace)));
            Assert.StartsWith("$", exception.Path);
            Assert.StartsWith(exception.Path + ": ", exception.Message);
            Assert.False(TypeName.IsMatch(exception.Message), $"{name}: names a type: {TypeName.Match(exception.Message).Value}");
            text.Append(name).Append('\n').Append("  ").Append(exception.Message).Append('\n');
        }
        Snapshot.VerifyText(text.ToString());
    }

    private static bool IsCatalogue(Type type)
    {
        for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            if (baseType.IsGenericType && baseType.GetGenericTypeDefinition().Name.StartsWith("SmartEnum", StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    [Fact]
    public void Partnership_BadDocuments_Messages()
    {
        var text = new StringBuilder();
        foreach (var (name, find, replace) in Cases)
        {
            Assert.Contains(find, Kent);
            var exception = Assert.Throws<JsonException>(() => KentCspJson.DeserializePartnership(ReplaceFirst(Kent, find, replace)));
            Assert.StartsWith(exception.Path + ": ", exception.Message);
            text.Append(name).Append('\n').Append("  ").Append(exception.Message).Append('\n');
        }
        Snapshot.VerifyText(text.ToString());
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        int index = text.IndexOf(find, System.StringComparison.Ordinal);
        return text.Substring(0, index) + replace + text.Substring(index + find.Length);
    }
}
