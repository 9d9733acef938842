using System.Collections.Generic;
using System.Text;
using System.Text.Json;
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
        ("wrong JSON type", "\"schemaVersion\": 1", "\"schemaVersion\": \"1\""),
        ("unknown catalogue name", "\"CountyCouncil\"", "\"ParishCouncil\""),
        ("catalogue name of the wrong case", "\"role\": \"Invitee\"", "\"role\": \"invitee\""),
        ("catalogue given as a number", "\"level\": \"County\"", "\"level\": 1"),
        ("other schema version", "\"schemaVersion\": 1", "\"schemaVersion\": 2"),
        ("blank name", "\"name\": \"Kent Police\"", "\"name\": \"  \""),
        ("white space in an identifier", "\"identifier\": \"kfrs\"", "\"identifier\": \"k frs\""),
        ("organisation seated twice", "\"identifier\": \"kfrs\"", "\"identifier\": \"kcc\""),
        ("responsible authority without a kind", "\"role\": \"Invitee\"", "\"role\": \"ResponsibleAuthority\""),
        ("truncated document", "\n}", ""),
    ];

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
