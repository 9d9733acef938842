using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Ardalis.SmartEnum;
using KentCsp.Domain.ActionPlans;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Recording;
using KentCsp.Domain.Reviews;
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

    public static TheoryData<string> SharedBaseCatalogues()
    {
        var data = new TheoryData<string>();
        foreach (var type in CatalogueTypes().Where(type => IsBasedOn(type, typeof(Catalogue<>))))
        {
            data.Add(type.FullName!);
        }
        return data;
    }

    public static TheoryData<string> RuleCatalogues()
    {
        var data = new TheoryData<string>();
        foreach (var type in CatalogueTypes().Where(type => IsBasedOn(type, typeof(RuleCatalogue<>))))
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
        Assert.Contains(typeof(FindingSeverity), CatalogueTypes());
    }

    [Fact]
    public void EveryCatalogue_DerivesFromTheSharedBase()
    {
        Assert.Empty(CatalogueTypes().Where(type => !IsBasedOn(type, typeof(Catalogue<>))).Select(type => type.FullName));
        var shared = CatalogueTypes().Where(type => IsBasedOn(type, typeof(Catalogue<>))).ToList();
        Assert.Contains(typeof(ActionStatus), shared);
        Assert.Contains(typeof(ActionPlanRefusalReason), shared);
        Assert.Contains(typeof(ReviewStep), shared);
    }

    [Fact]
    public void RuleCatalogues_AreFound()
    {
        var rules = CatalogueTypes().Where(type => IsBasedOn(type, typeof(RuleCatalogue<>))).ToList();
        Assert.Contains(typeof(FundingRule), rules);
        Assert.Contains(typeof(ComplianceRule), rules);
        Assert.Contains(typeof(ActionPlanRule), rules);
        Assert.Contains(typeof(RecordingRule), rules);
    }

    [Theory]
    [MemberData(nameof(SharedBaseCatalogues))]
    public void SharedBaseCatalogue_ListsAllWithoutAnArrayAndFindsNamesWithoutThrowing(string typeName)
    {
        var method = typeof(CatalogueTest).GetMethod(nameof(CheckSharedBase), BindingFlags.NonPublic | BindingFlags.Static)!;
        method.MakeGenericMethod(Type.GetType(typeName + ", KentCsp.Domain", throwOnError: true)!).Invoke(null, null);
    }

    [Theory]
    [MemberData(nameof(RuleCatalogues))]
    public void RuleCatalogue_HasUniqueWellFormedIdsAndExplainsEveryRule(string typeName)
    {
        var method = typeof(CatalogueTest).GetMethod(nameof(CheckRules), BindingFlags.NonPublic | BindingFlags.Static)!;
        method.MakeGenericMethod(Type.GetType(typeName + ", KentCsp.Domain", throwOnError: true)!).Invoke(null, null);
    }

    [Fact]
    public void PublicMembersOfCatalogues_HandOutNoArrays()
    {
        var date = new NodaTime.LocalDate(2017, 7, 19);
        var offenders = new List<string>();
        foreach (var type in CatalogueTypes().Where(type => IsBasedOn(type, typeof(Catalogue<>))))
        {
            var member = FirstMember(type);
            const BindingFlags Members = BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.FlattenHierarchy;
            foreach (var property in type.GetProperties(Members).Where(DeclaredByTheLibrary))
            {
                if (property.GetIndexParameters().Length == 0 && property.GetValue(property.GetMethod!.IsStatic ? null : member) is Array)
                {
                    offenders.Add($"{type.Name}.{property.Name}");
                }
            }
            foreach (var method in type.GetMethods(Members).Where(DeclaredByTheLibrary))
            {
                if (method.GetParameters() is [{ ParameterType: var parameter }] && parameter == typeof(NodaTime.LocalDate)
                    && method.Invoke(method.IsStatic ? null : member, [date]) is Array)
                {
                    offenders.Add($"{type.Name}.{method.Name}");
                }
            }
        }
        Assert.Empty(offenders);
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

        var all = (IReadOnlyList<T>)typeof(T).GetProperty("All", BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy)!.GetValue(null)!;
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

    private static void CheckSharedBase<T>()
        where T : Catalogue<T>
    {
        var all = Catalogue<T>.All;
        Assert.IsNotType<T[]>(all, exactMatch: false);
        Assert.Same(all, Catalogue<T>.All);
        Assert.Equal(SmartEnum<T>.List.OrderBy(member => member.Value), all);
        foreach (var member in all)
        {
            Assert.True(Catalogue<T>.TryFromName(member.Name, out var found));
            Assert.Same(member, found);
            Assert.False(Catalogue<T>.TryFromName(member.Name.ToUpperInvariant() + "X", out var missing));
            Assert.Null(missing);
        }
        Assert.False(Catalogue<T>.TryFromName(null, out var none));
        Assert.Null(none);
        Assert.False(Catalogue<T>.TryFromName("", out _));
        Assert.False(Catalogue<T>.TryFromName(" ", out _));
    }

    private static void CheckRules<T>()
        where T : RuleCatalogue<T>
    {
        var rules = RuleCatalogue<T>.All;
        string prefix = rules[0].Id.Split('-')[0];
        Assert.Matches(new Regex("^[A-Z]+$"), prefix);
        foreach (var rule in rules)
        {
            Assert.Equal($"{prefix}-{rule.Value:000}", rule.Id);
            Assert.True(RuleCatalogue<T>.TryFromId(rule.Id, out var found));
            Assert.Same(rule, found);
            Assert.NotNull(rule.Severity);
            Assert.False(string.IsNullOrWhiteSpace(rule.Title), $"{rule.Id} has a title");
            Assert.False(string.IsNullOrWhiteSpace(rule.Meaning), $"{rule.Id} has a meaning");
            Assert.False(string.IsNullOrWhiteSpace(rule.Basis), $"{rule.Id} has a basis");
        }
        Assert.Equal(rules.Count, rules.Select(rule => rule.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.False(RuleCatalogue<T>.TryFromId(null, out var none));
        Assert.Null(none);
        Assert.False(RuleCatalogue<T>.TryFromId("", out _));
        Assert.False(RuleCatalogue<T>.TryFromId(rules[0].Id.ToLowerInvariant(), out _));
        Assert.False(RuleCatalogue<T>.TryFromId($"{prefix}-999", out _));
    }

    private static bool DeclaredByTheLibrary(MemberInfo member) => member.DeclaringType!.Assembly == typeof(Catalogue<>).Assembly;

    private static object FirstMember(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static).First(field => field.FieldType == type).GetValue(null)!;

    private static bool IsBasedOn(Type type, Type genericBase)
    {
        for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            if (baseType.IsGenericType && baseType.GetGenericTypeDefinition() == genericBase && baseType.GetGenericArguments()[0] == type)
            {
                return true;
            }
        }
        return false;
    }

    private static IEnumerable<Type> CatalogueTypes() =>
        typeof(ResponsibleAuthorityKind).Assembly.GetExportedTypes()
            .Where(type => !type.IsAbstract && IsBasedOn(type, typeof(SmartEnum<>)))
            .OrderBy(type => type.FullName, StringComparer.Ordinal);
}
