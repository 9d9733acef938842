using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;
using Xunit;

namespace KentCsp.Domain.Tests.Library;

/// <summary>
/// The shape of the library, read from its compiled code (signatures and method bodies): each area is a namespace
/// (<c>KentCsp.Domain.Funding</c>, …); the areas depend on one another without a cycle, and no area of the model uses
/// the built-in Kent data (<c>KentCsp.Domain.Kent</c>), which only the command line, tests, docs and benchmarks use.
/// <c>KentCsp.Domain.Utility</c> is the root's internal plumbing (argument checks that throw the root's
/// <see cref="ArgumentRefusedException"/>), so it counts as part of the root area.
/// </summary>
public class ArchitectureTest
{
    private const string Root = "KentCsp.Domain";
    private const string Kent = "Kent";

    private static readonly Assembly Library = typeof(Money).Assembly;

    private static readonly Lazy<Dictionary<string, HashSet<string>>> Graph = new(BuildGraph);

    [Fact]
    public void Areas_AreTheExpectedNamespaces()
    {
        string[] expected =
        [
            "(root)", "ActionPlans", "Agreement", "Funding", "Indicators", "Interop", Kent, "Meetings", "Morile", "Partnership",
            "Recording", "Reviews", "Serialization",
        ];
        Assert.Equal(expected, Graph.Value.Keys.OrderBy(area => area, StringComparer.Ordinal));
    }

    [Fact]
    public void ModelAreas_DoNotUseTheKentArea()
    {
        var users = Graph.Value.Where(pair => pair.Key != Kent && pair.Value.Contains(Kent)).Select(pair => pair.Key);
        Assert.Empty(users);
    }

    [Fact]
    public void Areas_HaveNoDependencyCycle()
    {
        Assert.Null(FindCycle(Graph.Value));
    }

    [Fact]
    public void FindCycle_ReportsACycle()
    {
        var graph = new Dictionary<string, HashSet<string>>
        {
            ["a"] = ["b"],
            ["b"] = ["c"],
            ["c"] = ["a"],
            ["d"] = ["a"],
        };
        Assert.Equal("a -> b -> c -> a", FindCycle(graph));
        graph["c"].Clear();
        Assert.Null(FindCycle(graph));
    }

    [Fact]
    public void Graph_SeesDependenciesInMethodBodies()
    {
        // The Kent area builds funding rounds in its property initialisers, not in any signature.
        Assert.Contains("Funding", Graph.Value[Kent]);
        Assert.Contains("Funding", Graph.Value["Serialization"]);
    }

    /// <summary>The first dependency cycle found, as "a -> b -> a", or null when there is none.</summary>
    private static string? FindCycle(Dictionary<string, HashSet<string>> graph)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 on the path, 2 done
        var path = new List<string>();
        string? Visit(string node)
        {
            state[node] = 1;
            path.Add(node);
            foreach (var next in (graph.TryGetValue(node, out var edges) ? edges : []).OrderBy(edge => edge, StringComparer.Ordinal))
            {
                if (state.TryGetValue(next, out int seen) && seen == 1)
                {
                    return string.Join(" -> ", path.Skip(path.IndexOf(next)).Append(next));
                }
                if (!state.ContainsKey(next) && Visit(next) is { } cycle)
                {
                    return cycle;
                }
            }
            path.RemoveAt(path.Count - 1);
            state[node] = 2;
            return null;
        }
        foreach (var node in graph.Keys.OrderBy(key => key, StringComparer.Ordinal))
        {
            if (!state.ContainsKey(node) && Visit(node) is { } cycle)
            {
                return cycle;
            }
        }
        return null;
    }

    private static string? AreaOf(Type type)
    {
        while (type.IsNested)
        {
            type = type.DeclaringType!;
        }
        string? ns = type.Namespace;
        if (ns == Root)
        {
            return "(root)";
        }
        if (ns is null || !ns.StartsWith(Root + ".", StringComparison.Ordinal) || type.Assembly != Library)
        {
            return null;
        }
        string rest = ns.Substring(Root.Length + 1);
        int dot = rest.IndexOf('.');
        string area = dot < 0 ? rest : rest.Substring(0, dot);
        return area == "Utility" ? "(root)" : area;
    }

    private static Dictionary<string, HashSet<string>> BuildGraph()
    {
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var type in Library.GetTypes())
        {
            if (AreaOf(type) is not { } area)
            {
                continue;
            }
            if (!graph.TryGetValue(area, out var uses))
            {
                graph[area] = uses = new HashSet<string>(StringComparer.Ordinal);
            }
            foreach (var used in ReferencedTypes(type))
            {
                if (AreaOf(used) is { } usedArea && usedArea != area)
                {
                    uses.Add(usedArea);
                }
            }
        }
        return graph;
    }

    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static IEnumerable<Type> ReferencedTypes(Type type)
    {
        var found = new List<Type>();
        if (type.BaseType is { } baseType)
        {
            found.Add(baseType);
        }
        found.AddRange(type.GetInterfaces());
        found.AddRange(type.GetFields(Declared).Select(field => field.FieldType));
        found.AddRange(type.GetProperties(Declared).Select(property => property.PropertyType));
        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            found.AddRange(method.GetParameters().Select(parameter => parameter.ParameterType));
            if (method is MethodInfo info)
            {
                found.Add(info.ReturnType);
            }
            found.AddRange(BodyReferences(method));
        }
        return found.SelectMany(Expand);
    }

    /// <summary>A type with its generic arguments and element types.</summary>
    private static IEnumerable<Type> Expand(Type type)
    {
        if (type.HasElementType)
        {
            foreach (var element in Expand(type.GetElementType()!))
            {
                yield return element;
            }
            yield break;
        }
        if (type.IsGenericParameter)
        {
            yield break;
        }
        yield return type;
        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments().SelectMany(Expand))
            {
                yield return argument;
            }
        }
    }

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (OpCode)field.GetValue(null)!)
        .ToDictionary(code => code.Value);

    /// <summary>The types a method body names: the declaring types of the members it calls or loads, and the types it uses.</summary>
    private static IEnumerable<Type> BodyReferences(MethodBase method)
    {
        byte[]? il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }
        var module = method.Module;
        Type[]? typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        Type[]? methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        int i = 0;
        while (i < il.Length)
        {
            short value = il[i] == 0xFE ? unchecked((short)(0xFE00 | il[i + 1])) : il[i];
            i += il[i] == 0xFE ? 2 : 1;
            var code = OpCodesByValue[value];
            switch (code.OperandType)
            {
                case OperandType.InlineField:
                case OperandType.InlineMethod:
                case OperandType.InlineType:
                case OperandType.InlineTok:
                    int token = BitConverter.ToInt32(il, i);
                    i += 4;
                    MemberInfo? member = null;
                    try
                    {
                        member = module.ResolveMember(token, typeArguments, methodArguments);
                    }
                    catch (ArgumentException)
                    {
                        // A token that needs a generic context this scan cannot give: not a cross-area reference.
                    }
                    if (member is Type used)
                    {
                        yield return used;
                    }
                    else if (member?.DeclaringType is { } declaringType)
                    {
                        yield return declaringType;
                        if (member is MethodInfo { IsGenericMethod: true } generic)
                        {
                            foreach (var argument in generic.GetGenericArguments())
                            {
                                yield return argument;
                            }
                        }
                    }
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget:
                case OperandType.ShortInlineI:
                case OperandType.ShortInlineVar:
                    i += 1;
                    break;
                case OperandType.InlineVar:
                    i += 2;
                    break;
                case OperandType.InlineI8:
                case OperandType.InlineR:
                    i += 8;
                    break;
                case OperandType.InlineSwitch:
                    i += 4 + (4 * BitConverter.ToInt32(il, i));
                    break;
                default:
                    i += 4;
                    break;
            }
        }
    }
}
