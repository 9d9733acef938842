using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using KentCsp.Domain.Partnership;
using Xunit;

namespace KentCsp.Domain.Tests.Library;

/// <summary>Reflection checks that every public type of the library is immutable and sealed, and that value equality is complete.</summary>
public class PublicApiShapeTest
{
    private static readonly Assembly Library = typeof(ResponsibleAuthorityKind).Assembly;

    [Fact]
    public void PublicClasses_AreSealedOrStatic()
    {
        // An abstract base is closed too when no constructor is reachable outside the library (e.g. Catalogue<TSelf>: private protected).
        var open = PublicTypes()
            .Where(type => type.IsClass && !type.IsSealed)
            .Where(type => !type.IsAbstract || type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
                .Any(constructor => constructor.IsPublic || constructor.IsFamily || constructor.IsFamilyOrAssembly))
            .Select(type => type.FullName);
        Assert.Empty(open);
    }

    [Fact]
    public void PublicTypes_HaveNoPublicSetters()
    {
        var setters = PublicTypes()
            .SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(property => property.SetMethod is { IsPublic: true })
            .Select(property => $"{property.DeclaringType!.Name}.{property.Name}");
        Assert.Empty(setters);
    }

    [Fact]
    public void PublicTypes_HaveNoWritablePublicFields()
    {
        var fields = PublicTypes()
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(field => !field.IsInitOnly && !field.IsLiteral)
            .Select(field => $"{field.DeclaringType!.Name}.{field.Name}");
        Assert.Empty(fields);
    }

    [Fact]
    public void EquatableClasses_DeclareEqualityOperators()
    {
        var missing = PublicTypes()
            .Where(type => type.IsClass && type.GetInterfaces().Contains(typeof(IEquatable<>).MakeGenericType(type)))
            .Where(type => type.BaseType == typeof(object))
            .Where(type => type.GetMethod("op_Equality", [type, type]) is null || type.GetMethod("op_Inequality", [type, type]) is null)
            .Select(type => type.FullName);
        Assert.Empty(missing);
    }

    [Fact]
    public void Namespaces_FollowFolders()
    {
        var allowed = new HashSet<string>(StringComparer.Ordinal)
        {
            "KentCsp.Domain", "KentCsp.Domain.Agreement", "KentCsp.Domain.Kent", "KentCsp.Domain.Partnership", "KentCsp.Domain.Serialization",
            "KentCsp.Domain.ActionPlans", "KentCsp.Domain.Funding", "KentCsp.Domain.Reviews", "KentCsp.Domain.Recording", "KentCsp.Domain.Meetings",
            "KentCsp.Domain.Indicators", "KentCsp.Domain.Morile",
            "KentCsp.Domain.Interop",
        };
        Assert.Empty(PublicTypes().Select(type => type.Namespace ?? "").Where(ns => !allowed.Contains(ns)).Distinct());
    }

    private static IEnumerable<Type> PublicTypes() => Library.GetExportedTypes();
}
