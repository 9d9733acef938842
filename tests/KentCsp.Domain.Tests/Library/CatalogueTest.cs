using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Xml.Linq;
using Ardalis.SmartEnum;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Serialization;
using Xunit;

namespace KentCsp.Domain.Tests.Library;

/// <summary>Library-wide rules for every SmartEnum catalogue, found by reflection so that a new catalogue cannot escape them.</summary>
public class CatalogueTest
{
    public static TheoryData<string> Catalogues()
    {
        var data = new TheoryData<string>();
        foreach (var type in CatalogueTypes())
        {
            data.Add(type.FullName!);
        }
        return data;
    }

    [Fact]
    public void Catalogues_AreFound()
    {
        Assert.Contains(typeof(ResponsibleAuthorityKind), CatalogueTypes());
        Assert.Contains(typeof(MembershipRole), CatalogueTypes());
        Assert.Contains(typeof(PartnershipLevel), CatalogueTypes());
    }

    [Theory]
    [MemberData(nameof(Catalogues))]
    public void Catalogue_IsSealedWithUniqueNamesAndValuesAndRoundTrips(string typeName)
    {
        var method = typeof(CatalogueTest).GetMethod(nameof(CheckCatalogue), BindingFlags.NonPublic | BindingFlags.Static)!;
        method.MakeGenericMethod(Type.GetType(typeName + ", KentCsp.Domain", throwOnError: true)!).Invoke(null, null);
    }

    [Theory]
    [MemberData(nameof(Catalogues))]
    public void Catalogue_IsKeptByTheTrimmingDescriptor(string typeName)
    {
        using var stream = typeof(ResponsibleAuthorityKind).Assembly.GetManifestResourceStream("ILLink.Descriptors.xml");
        Assert.NotNull(stream);
        var kept = XDocument.Load(stream!).Descendants("type")
            .Where(type => (string?)type.Attribute("preserve") == "fields")
            .Select(type => (string?)type.Attribute("fullname"));
        Assert.Contains(typeName, kept);
    }

    private static void CheckCatalogue<T>()
        where T : SmartEnum<T>
    {
        var members = typeof(T).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.FieldType == typeof(T))
            .Select(field => (Field: field, Member: (T)field.GetValue(null)!))
            .ToList();
        Assert.True(typeof(T).IsSealed, $"{typeof(T).Name} is sealed");
        Assert.NotEmpty(members);
        Assert.All(members, pair => Assert.True(pair.Field.IsInitOnly, $"{pair.Field.Name} is readonly"));
        Assert.All(members, pair => Assert.Equal(pair.Field.Name, pair.Member.Name));
        Assert.Equal(members.Count, members.Select(pair => pair.Member.Value).Distinct().Count());
        Assert.Equal(members.Count, SmartEnum<T>.List.Count);

        var all = (IReadOnlyList<T>)typeof(T).GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        Assert.Equal(members.Select(pair => pair.Member).OrderBy(member => member.Value), all);

        var options = new JsonSerializerOptions { Converters = { new SmartEnumNameJsonConverter<T>() } };
        foreach (var (_, member) in members)
        {
            Assert.Same(member, SmartEnum<T>.FromName(member.Name));
            Assert.Same(member, SmartEnum<T>.FromValue(member.Value));
            string json = JsonSerializer.Serialize(member, options);
            Assert.Equal($"\"{member.Name}\"", json);
            Assert.Same(member, JsonSerializer.Deserialize<T>(json, options));
            var dictionary = new Dictionary<T, int> { [member] = member.Value };
            Assert.Equal(dictionary, JsonSerializer.Deserialize<Dictionary<T, int>>(JsonSerializer.Serialize(dictionary, options), options));
        }
    }

    private static IEnumerable<Type> CatalogueTypes() =>
        typeof(ResponsibleAuthorityKind).Assembly.GetExportedTypes()
            .Where(type => type.BaseType is { IsGenericType: true } baseType
                && baseType.GetGenericTypeDefinition() == typeof(SmartEnum<>))
            .OrderBy(type => type.FullName, StringComparer.Ordinal);
}
