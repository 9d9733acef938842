using System.IO;
using System.Text.Json.Nodes;
using Xunit;

namespace KentCsp.Domain.Tests.Interop;

/// <summary>The schema helper itself: the draft-03 translation, and that the official examples pass and a broken one fails.</summary>
public class StandardSchemasTest
{
    [Theory]
    [InlineData("organization")]
    [InlineData("membership")]
    [InlineData("post")]
    [InlineData("person")]
    [InlineData("contact_detail")]
    [InlineData("area")]
    public void Popolo_TheSpecificationsExample_IsValid(string className)
    {
        string json = File.ReadAllText(Path.Combine(StandardSchemas.Folder, "popolo", "examples", className + ".json"));
        Assert.Empty(StandardSchemas.ValidatePopolo(className, json));
    }

    [Theory]
    [InlineData("embedding-organization", "organization")]
    [InlineData("embedding-membership", "membership")]
    [InlineData("embedding-post", "post")]
    [InlineData("embedding-person", "person")]
    public void Popolo_TheSpecificationsEmbeddingExample_IsValid(string example, string className)
    {
        string json = File.ReadAllText(Path.Combine(StandardSchemas.Folder, "popolo", "examples", example + ".json"));
        Assert.Empty(StandardSchemas.ValidatePopolo(className, json));
    }

    [Fact]
    public void Popolo_ContactDetailWithoutItsRequiredValue_IsInvalid()
    {
        var example = JsonNode.Parse(File.ReadAllText(Path.Combine(StandardSchemas.Folder, "popolo", "examples", "contact_detail.json")))!.AsObject();
        example.Remove("value");
        Assert.NotEmpty(StandardSchemas.ValidatePopolo("contact_detail", example.ToJsonString()));
    }

    [Fact]
    public void TranslateDraft03_MovesPropertyRequiredToTheParentAndIdToDollarId()
    {
        var draft03 = JsonNode.Parse("""
            {
              "$schema": "http://json-schema.org/draft-03/schema#",
              "id": "http://www.popoloproject.com/schemas/x.json#",
              "type": "object",
              "properties": {
                "id": { "type": "string", "required": true },
                "required": { "type": "string", "required": false },
                "list": { "type": "array", "items": { "type": "object", "properties": { "a": { "type": "string", "required": true } } } }
              }
            }
            """)!.AsObject();
        var translated = StandardSchemas.TranslateDraft03(draft03);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", translated["$schema"]!.GetValue<string>());
        Assert.Equal("http://www.popoloproject.com/schemas/x.json", translated["$id"]!.GetValue<string>());
        Assert.Null(translated["id"]);
        Assert.Equal("""["id"]""", translated["required"]!.ToJsonString());
        Assert.Null(translated["properties"]!["id"]!["required"]);
        Assert.Null(translated["properties"]!["required"]!["required"]);
        Assert.NotNull(translated["properties"]!["id"]);
        Assert.Equal("""["a"]""", translated["properties"]!["list"]!["items"]!["required"]!.ToJsonString());
        Assert.Equal("http://www.popoloproject.com/schemas/x.json#", draft03["id"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("Organization-01", "Organization")]
    [InlineData("Person-01", "Person")]
    [InlineData("Paper-01", "Paper")]
    [InlineData("File-01", "File")]
    public void OParl_TheSpecificationsExample_IsValid(string example, string typeName)
    {
        string json = File.ReadAllText(Path.Combine(StandardSchemas.Folder, "oparl", "examples", example + ".json"));
        Assert.Empty(StandardSchemas.ValidateOParl(typeName, json));
    }

    [Fact]
    public void OParl_UrlFormat_RefusesARelativeUrl()
    {
        var example = JsonNode.Parse(File.ReadAllText(Path.Combine(StandardSchemas.Folder, "oparl", "examples", "Person-01.json")))!.AsObject();
        example["id"] = "person/1";
        Assert.NotEmpty(StandardSchemas.ValidateOParl("Person", example.ToJsonString()));
    }
}
