using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Ardalis.SmartEnum;
using KentCsp.Domain.Partnership;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Library;

/// <summary>
/// Reflection checks that the lists the library hands out cannot be changed by a caller, in the spirit of NodaTime's
/// mutability test: every public member of every sample instance is read, and none may return an array or another
/// collection that can be written to (a caller could cast it back and change the object's state).
/// </summary>
/// <remarks>
/// <para>The sample instances are the built-in Kent data (every public static property and field of the public
/// static classes in <c>KentCsp.Domain.Kent</c>) and the other shared values public types publish, the objects the test builders and fixtures make, and, recursively,
/// every public object reachable from them through properties, collection elements and the results of public
/// methods. Method arguments come from a small pool of sample values: dates such as 2017-07-19, financial years,
/// every value of each catalogue, and the sample instances found by reading properties alone.</para>
/// <para>A second check makes sure the samples are complete: every public type that exposes a collection has at
/// least one sample instance, so a new type cannot escape the first check.</para>
/// </remarks>
public class MutabilityTest
{
    private const int MaxDepth = 12;
    private const int MaxInstancesPerType = 250;
    private const int MaxCallsPerMethod = 12;

    private static readonly Assembly Library = typeof(ResponsibleAuthorityKind).Assembly;

    private static readonly Lazy<Survey> Result = new(() => new Survey().Run());

    [Fact]
    public void PublicMembers_NeverReturnMutableCollections()
    {
        var failures = Result.Value.Failures.OrderBy(failure => failure, StringComparer.Ordinal).ToList();
        Assert.True(failures.Count == 0, "Mutable collections handed out:" + Environment.NewLine + string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void TypesExposingCollections_HaveSampleInstances()
    {
        var survey = Result.Value;
        var missing = Library.GetExportedTypes()
            .Where(type => !type.IsAbstract && !type.IsInterface && !type.IsGenericTypeDefinition)
            .Where(ExposesCollection)
            .Where(type => !survey.SampledTypes.Contains(type))
            .Select(type => type.FullName)
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToList();
        Assert.True(missing.Count == 0, "Types that expose a collection but have no sample instance:" + Environment.NewLine + string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public void StaticMethodsReturningCollections_AreCalled()
    {
        var survey = Result.Value;
        var missing = Library.GetExportedTypes()
            .Where(type => !IsSerialization(type))
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(method => !method.IsSpecialName && IsCollectionType(method.ReturnType))
            .Where(method => !survey.CalledStaticMethods.Contains(method))
            .Select(method => $"{method.DeclaringType!.Name}.{method.Name}")
            .ToList();
        Assert.True(missing.Count == 0, "Static methods returning collections that the sample values cannot call:" + Environment.NewLine + string.Join(Environment.NewLine, missing));
    }

    // Members inherited from outside the library (Exception.Data, SmartEnum's own) are not the library's to change.
    private static bool ExposesCollection(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(property => property.DeclaringType!.Assembly == Library && property.GetIndexParameters().Length == 0 && IsCollectionType(property.PropertyType))
        || type.GetMethods(BindingFlags.Public | BindingFlags.Instance).Any(method => method.DeclaringType!.Assembly == Library && !method.IsSpecialName && IsCollectionType(method.ReturnType));

    private static bool IsCollectionType(Type type) => type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type);

    private static bool IsCatalogue(Type type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() is var definition
                && (definition == typeof(SmartEnum<>) || definition == typeof(SmartEnum<,>)))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsSerialization(Type type) => type.Namespace is { } ns && ns.StartsWith("KentCsp.Domain.Serialization", StringComparison.Ordinal);

    private static bool IsLibraryType(Type type) => type.Assembly == Library && type.IsVisible && !type.IsArray;

    /// <summary>Why <paramref name="value"/> could be changed by whoever holds it, or null if it cannot.</summary>
    private static string? Mutability(object value)
    {
        if (value is string)
        {
            return null;
        }
        if (value is Array)
        {
            return "an array";
        }
        if (value is IList { IsReadOnly: false })
        {
            return "a writable IList";
        }
        if (value is IDictionary { IsReadOnly: false })
        {
            return "a writable IDictionary";
        }
        foreach (var face in value.GetType().GetInterfaces())
        {
            if (face.IsGenericType && face.GetGenericTypeDefinition() == typeof(ICollection<>)
                && face.GetProperty(nameof(ICollection<int>.IsReadOnly))!.GetValue(value) is false)
            {
                return $"a writable {face.Name.Split('`')[0]}<{face.GetGenericArguments()[0].Name}>";
            }
        }
        return null;
    }

    /// <summary>Reads every sample instance and records what it hands out.</summary>
    private sealed class Survey
    {
        private static readonly LocalDate[] Dates = [new(2017, 7, 19), new(2024, 3, 14)];

        private readonly Dictionary<Type, List<object>> samples = [];
        private readonly HashSet<object> seen = new(SampleComparer.Instance);
        private readonly Queue<(object Value, int Depth)> queue = new();
        private Dictionary<Type, object[]> pool = [];

        public HashSet<string> Failures { get; } = new(StringComparer.Ordinal);

        public HashSet<Type> SampledTypes { get; } = [];

        public HashSet<MethodInfo> CalledStaticMethods { get; } = [];

        public Survey Run()
        {
            var roots = Roots().Concat(BuilderTypes().SelectMany(BuilderValues)).ToList();

            // First pass: properties and elements only, to gather the argument pool.
            foreach (var root in roots)
            {
                Enqueue(root, 0);
            }
            Drain(callMethods: false);
            pool = samples.ToDictionary(pair => pair.Key, pair => pair.Value.Take(3).ToArray());

            // Second pass: everything, methods included, from the same roots and from the library's static methods.
            samples.Clear();
            seen.Clear();
            foreach (var root in roots)
            {
                Enqueue(root, 0);
            }
            foreach (var type in Library.GetExportedTypes().Where(type => !IsSerialization(type)))
            {
                foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
                {
                    if (method.IsSpecialName || method.IsGenericMethodDefinition)
                    {
                        continue;
                    }
                    foreach (var result in Call(method, null))
                    {
                        CalledStaticMethods.Add(method);
                        Check(type, method.Name, result);
                        Enqueue(result, 1);
                    }
                }
            }
            Drain(callMethods: true);
            return this;
        }

        /// <summary>
        /// The built-in Kent data, and the shared values other public types publish (such as
        /// <c>ReviewPolicy.Default</c>), and every catalogue with its <c>All</c> list (declared once, on the catalogue
        /// base); each value is checked as it is read.
        /// </summary>
        private IEnumerable<object?> Roots()
        {
            foreach (var type in Library.GetExportedTypes().Where(type => !IsSerialization(type) && !type.IsGenericTypeDefinition))
            {
                var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy)
                    .Where(property => property.DeclaringType is { } declaring && declaring.Assembly == Library && property.GetIndexParameters().Length == 0);
                foreach (var property in properties)
                {
                    var value = property.GetValue(null);
                    Check(type, property.Name, value);
                    yield return value;
                }
                foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
                {
                    var value = field.GetValue(null);
                    Check(type, field.Name, value);
                    yield return value;
                }
            }
        }

        /// <summary>The static builder and fixture classes of the tests: *Builders and *Fixtures.</summary>
        private static IEnumerable<Type> BuilderTypes() =>
            typeof(MutabilityTest).Assembly.GetTypes()
                .Where(type => type.IsAbstract && type.IsSealed && !type.IsNested)
                .Where(type => type.Name.EndsWith("Builders", StringComparison.Ordinal) || type.Name.EndsWith("Fixtures", StringComparison.Ordinal));

        private void Drain(bool callMethods)
        {
            while (queue.Count > 0)
            {
                var (value, depth) = queue.Dequeue();
                Examine(value, depth, callMethods);
            }
        }

        /// <summary>What a builder class makes: its static properties and fields, and its methods called with sample arguments.</summary>
        private IEnumerable<object?> BuilderValues(Type builder)
        {
            const BindingFlags Static = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var property in builder.GetProperties(Static))
            {
                yield return property.GetValue(null);
            }
            foreach (var field in builder.GetFields(Static).Where(field => !field.IsLiteral))
            {
                yield return field.GetValue(null);
            }
            foreach (var method in builder.GetMethods(Static))
            {
                if (method.IsSpecialName || method.IsGenericMethodDefinition || method.ReturnType == typeof(void)
                    || method.IsDefined(typeof(ExtensionAttribute)) || method.IsDefined(typeof(CompilerGeneratedAttribute)) || method.Name.Contains('<'))
                {
                    continue;
                }
                foreach (var result in Call(method, null))
                {
                    yield return result;
                }
            }
        }

        private void Enqueue(object? value, int depth)
        {
            if (value is null || depth > MaxDepth || value is string || value.GetType().IsPrimitive || value is Delegate)
            {
                return;
            }
            var type = value.GetType();
            if (value is IEnumerable elements && !IsLibraryType(type))
            {
                foreach (var element in elements)
                {
                    Enqueue(element, depth + 1);
                }
                return;
            }
            if (!IsLibraryType(type) || !seen.Add(value))
            {
                return;
            }
            if (!samples.TryGetValue(type, out var list))
            {
                samples[type] = list = [];
            }
            if (list.Count < MaxInstancesPerType)
            {
                list.Add(value);
                queue.Enqueue((value, depth));
            }
        }

        private void Examine(object sample, int depth, bool callMethods)
        {
            var type = sample.GetType();
            SampledTypes.Add(type);
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                // Exception's own members (Data) are not the library's to change, as in ExposesCollection.
                if (property.GetIndexParameters().Length > 0 || property.DeclaringType == typeof(object) || property.DeclaringType == typeof(Exception))
                {
                    continue;
                }
                object? value;
                try
                {
                    value = property.GetValue(sample);
                }
                catch (TargetInvocationException)
                {
                    continue; // e.g. OneOf's AsT0 on the other case
                }
                Check(type, property.Name, value);
                Enqueue(value, depth + 1);
            }
            if (!callMethods)
            {
                return;
            }
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance))
            {
                if (method.IsSpecialName || method.IsGenericMethodDefinition || method.ReturnType == typeof(void)
                    || method.DeclaringType == typeof(object) || !IsLibraryType(method.DeclaringType!) && !IsCollectionType(method.ReturnType)
                    || method.Name is "GetHashCode" or "ToString" or "Equals" or "Deconstruct" or "<Clone>$" or "GetEnumerator")
                {
                    continue;
                }
                foreach (var result in Call(method, sample))
                {
                    Check(type, method.Name, result);
                    Enqueue(result, depth + 1);
                }
            }
        }

        private void Check(Type type, string member, object? value)
        {
            if (value is null || Mutability(value) is not { } why)
            {
                return;
            }
            Failures.Add($"{type.FullName}.{member} returned {why} ({value.GetType().Name})");
        }

        /// <summary>The results of calling <paramref name="method"/> with each combination of sample arguments (a few at most).</summary>
        private IEnumerable<object?> Call(MethodInfo method, object? target)
        {
            var parameters = method.GetParameters();
            var choices = new object?[parameters.Length][];
            for (int i = 0; i < parameters.Length; i++)
            {
                if (parameters[i].ParameterType.IsByRef || parameters[i].IsOut || Candidates(parameters[i]) is not { Length: > 0 } candidates)
                {
                    yield break;
                }
                choices[i] = candidates;
            }
            int calls = 0;
            foreach (var arguments in Combinations(choices))
            {
                if (calls++ == MaxCallsPerMethod)
                {
                    yield break;
                }
                object? result;
                try
                {
                    result = method.Invoke(target, arguments);
                }
                catch (TargetInvocationException)
                {
                    continue; // the sample arguments do not suit this method
                }
                catch (ArgumentException)
                {
                    continue;
                }
                yield return result;
            }
        }

        private object?[]? Candidates(ParameterInfo parameter)
        {
            if (parameter.IsDefined(typeof(ParamArrayAttribute)))
            {
                return [Array.CreateInstance(parameter.ParameterType.GetElementType()!, 0)];
            }
            if (parameter.HasDefaultValue)
            {
                return [parameter.DefaultValue is DBNull ? null : parameter.DefaultValue];
            }
            var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
            if (type == typeof(LocalDate))
            {
                return Dates.Cast<object?>().ToArray();
            }
            if (type == typeof(FinancialYear))
            {
                return Dates.Select(date => (object?)FinancialYear.Containing(date)).ToArray();
            }
            if (type == typeof(DateInterval))
            {
                return [new DateInterval(new LocalDate(2016, 4, 1), new LocalDate(2018, 3, 31))];
            }
            if (type == typeof(int))
            {
                return [1, 3];
            }
            if (type == typeof(decimal))
            {
                return [1m];
            }
            if (type == typeof(bool))
            {
                return [false, true];
            }
            if (type == typeof(string))
            {
                return ["sample"];
            }
            // A stream to write to, and rounds to export, for the 360Giving writer.
            if (type == typeof(System.IO.Stream))
            {
                return [System.IO.Stream.Null];
            }
            if (type == typeof(IEnumerable<KentCsp.Domain.Funding.FundingRound>) && pool.TryGetValue(typeof(KentCsp.Domain.Funding.FundingRound), out var rounds))
            {
                return [rounds.Cast<KentCsp.Domain.Funding.FundingRound>().Take(1).ToArray()];
            }
            if (type.IsEnum)
            {
                return Enum.GetValues(type).Cast<object?>().ToArray();
            }
            if (IsCatalogue(type))
            {
                var list = type.BaseType!.GetProperty("List", BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy)!.GetValue(null);
                return ((IEnumerable)list!).Cast<object?>().ToArray();
            }
            return pool.TryGetValue(type, out var values) ? values : null;
        }

        private static IEnumerable<object?[]> Combinations(object?[][] choices)
        {
            var indices = new int[choices.Length];
            while (true)
            {
                yield return indices.Select((index, i) => choices[i][index]).ToArray();
                int position = choices.Length - 1;
                while (position >= 0 && ++indices[position] == choices[position].Length)
                {
                    indices[position--] = 0;
                }
                if (position < 0)
                {
                    yield break;
                }
            }
        }
    }

    /// <summary>Objects by identity, values (structs) by equality, so that each sample is read once.</summary>
    private sealed class SampleComparer : IEqualityComparer<object>
    {
        public static readonly SampleComparer Instance = new();

        public new bool Equals(object? x, object? y) =>
            x is not null && x.GetType().IsValueType ? x.Equals(y) : ReferenceEquals(x, y);

        public int GetHashCode(object obj) => obj.GetType().IsValueType ? obj.GetHashCode() : RuntimeHelpers.GetHashCode(obj);
    }
}
