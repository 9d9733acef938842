using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using Xunit;

namespace KentCsp.Domain.Tests.Hostile;

/// <summary>Reads UTF-8 bytes; a reader taking a span is bound to this, as <see cref="MethodInfo.Invoke(object, object[])"/> cannot pass a span.</summary>
internal delegate object SpanReader(ReadOnlySpan<byte> utf8Json);

/// <summary>Reads UTF-8 bytes under limits.</summary>
internal delegate object SpanLimitsReader(ReadOnlySpan<byte> utf8Json, JsonReadLimits limits);

/// <summary>
/// Every public reader of <see cref="KentCspJson"/>, found by reflection (each public static method whose name starts
/// with <c>Deserialize</c> or <c>ReadDocument</c>), whatever it reads from — text, UTF-8 bytes, a stream, synchronously
/// or not, with or without limits or a cancellation token — is fed the hostile corpus (<see cref="HostileCorpus"/>).
/// Each call must give a value (for <see cref="KentCspJson.ReadDocument(string)"/>, a failure whose message starts with
/// the JSON path counts as one) or throw a <see cref="JsonException"/> whose message and path start with <c>$</c>; null
/// input must throw <see cref="ArgumentNullException"/> naming the parameter. A reader with a parameter shape this test
/// cannot call fails it by name, so a new reader cannot escape.
/// </summary>
public class PublicReadersHostileTest
{
    /// <summary>How a reader is called: its method, the kind it reads (null: any kind), and a call taking bytes or text.</summary>
    internal sealed record Reader(MethodInfo Method, DocumentKind? Kind, bool TakesText, bool TakesLimits, Func<HostileInput, JsonReadLimits, object?> Read, Func<object?> ReadNull, Func<object?>? ReadNullLimits)
    {
        public string Name { get; } = Describe(Method);
    }

    /// <summary>The limits given to a reader that takes them: the defaults, and tight ones that refuse most documents.</summary>
    private static readonly JsonReadLimits[] Limits = [JsonReadLimits.Default, new JsonReadLimits(maxDepth: 4, maxDocumentBytes: 4_096, maxStringBytes: 16)];

    /// <summary>The public readers of <paramref name="type"/>, and the names of those with no adapter.</summary>
    internal static (List<Reader> Readers, List<string> Unadapted) Find(Type type)
    {
        var readers = new List<Reader>();
        var unadapted = new List<string>();
        foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static).OrderBy(Describe, StringComparer.Ordinal))
        {
            if (!method.Name.StartsWith("Deserialize", StringComparison.Ordinal) && !method.Name.StartsWith("ReadDocument", StringComparison.Ordinal))
            {
                continue;
            }
            if (Adapt(method) is { } reader)
            {
                readers.Add(reader);
            }
            else
            {
                unadapted.Add(Describe(method));
            }
        }
        return (readers, unadapted);
    }

    /// <summary>The method with its parameter types, e.g. <c>DeserializeMeeting(Stream, CancellationToken)</c>.</summary>
    internal static string Describe(MethodBase method) =>
        $"{method.Name}({string.Join(", ", method.GetParameters().Select(parameter => TypeName(parameter.ParameterType)))})";

    internal static string TypeName(Type type) => type.IsGenericType
        ? $"{type.Name.Substring(0, type.Name.IndexOf('`'))}<{string.Join(", ", type.GetGenericArguments().Select(TypeName))}>"
        : type.Name;

    private static Reader? Adapt(MethodInfo method)
    {
        var parameters = method.GetParameters();
        if (parameters.Length == 0 || parameters.Length > 3 || method.IsGenericMethodDefinition)
        {
            return null;
        }
        var input = parameters[0].ParameterType;
        var rest = parameters.Skip(1).Select(parameter => parameter.ParameterType).ToList();
        bool limits = rest.Contains(typeof(JsonReadLimits));
        bool token = rest.Contains(typeof(CancellationToken));
        if (rest.Count != (limits ? 1 : 0) + (token ? 1 : 0) || (rest.Count == 2 && rest[0] != typeof(JsonReadLimits)))
        {
            return null;
        }
        var result = Awaited(method.ReturnType);
        if (result is null || result.IsValueType)
        {
            return null;
        }
        var kind = KindOf(method.Name);
        string limitsName = limits ? parameters[1].Name! : "";

        object?[] Arguments(object? first, JsonReadLimits? given)
        {
            var arguments = new List<object?> { first };
            if (limits)
            {
                arguments.Add(given);
            }
            if (token)
            {
                arguments.Add(CancellationToken.None);
            }
            return arguments.ToArray();
        }
        object? Call(object?[] arguments) =>
            Await(method.Invoke(null, BindingFlags.DoNotWrapExceptions, null, arguments, CultureInfo.InvariantCulture));

        if (input == typeof(string))
        {
            return new Reader(method, kind, true, limits,
                (hostile, given) => hostile.Text is null ? Skipped : Call(Arguments(hostile.Text, given)),
                () => Call(Arguments(null, JsonReadLimits.Default)),
                limits ? () => Call(Arguments("{}", null)) : null);
        }
        if (input == typeof(Stream))
        {
            return new Reader(method, kind, false, limits,
                (hostile, given) => Call(Arguments(new MemoryStream(hostile.Bytes, writable: false), given)),
                () => Call(Arguments(null, JsonReadLimits.Default)),
                limits ? () => Call(Arguments(new MemoryStream([(byte)'{', (byte)'}']), null)) : null);
        }
        if (input == typeof(ReadOnlySpan<byte>) && !token && method.ReturnType == result)
        {
            if (!limits && Delegate.CreateDelegate(typeof(SpanReader), method, throwOnBindFailure: false) is SpanReader read)
            {
                return new Reader(method, kind, false, false, (hostile, _) => read(hostile.Bytes), () => read(default), null);
            }
            if (limits && Delegate.CreateDelegate(typeof(SpanLimitsReader), method, throwOnBindFailure: false) is SpanLimitsReader readUnder)
            {
                return new Reader(method, kind, false, true, (hostile, given) => readUnder(hostile.Bytes, given), () => readUnder(default, JsonReadLimits.Default), () => readUnder("{}"u8, null!));
            }
        }
        return null;
    }

    /// <summary>Stands for "this input is not for this reader" (bytes that are not text, for a reader of text).</summary>
    private static readonly object Skipped = new();

    /// <summary>The type a method's result gives: itself, or T of <c>Task&lt;T&gt;</c> and <c>ValueTask&lt;T&gt;</c>; null for void and untyped tasks.</summary>
    private static Type? Awaited(Type type)
    {
        if (type == typeof(void) || type == typeof(Task) || type == typeof(ValueTask))
        {
            return null;
        }
        if (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>)))
        {
            return type.GetGenericArguments()[0];
        }
        return type;
    }

    private static object? Await(object? result)
    {
        if (result is null || !result.GetType().IsGenericType)
        {
            return result;
        }
        var definition = result.GetType().GetGenericTypeDefinition();
        if (definition == typeof(ValueTask<>))
        {
            result = result.GetType().GetMethod(nameof(ValueTask<int>.AsTask))!.Invoke(result, null);
        }
        if (result is Task task)
        {
            task.GetAwaiter().GetResult();
            return task.GetType().GetProperty(nameof(Task<int>.Result))!.GetValue(task);
        }
        return result;
    }

    private static DocumentKind? KindOf(string name)
    {
        if (!name.StartsWith("Deserialize", StringComparison.Ordinal))
        {
            return null;
        }
        string kind = name.Substring("Deserialize".Length);
        kind = kind.EndsWith("Async", StringComparison.Ordinal) ? kind.Substring(0, kind.Length - "Async".Length) : kind;
        return DocumentKind.All.FirstOrDefault(each => each.Name == kind);
    }

    [Fact]
    public void EveryPublicReader_HostileInput_ReadsOrFailsWithAJsonPath()
    {
        var clock = Stopwatch.StartNew();
        var (readers, unadapted) = Find(typeof(KentCspJson));
        Assert.True(unadapted.Count == 0, "public readers of KentCspJson this test has no adapter for (give them one): " + string.Join(", ", unadapted));
        Assert.Contains(readers, reader => reader.Name == "DeserializePartnership(String)");
        Assert.Contains(readers, reader => reader.Name == "ReadDocument(String, JsonReadLimits)");
        Assert.True(readers.Count >= DocumentKind.All.Count + 2, $"only {readers.Count} readers found");

        var counts = new SurfaceCounts("public readers of KentCspJson");
        var failures = new List<string>();
        foreach (var reader in readers)
        {
            int n = 0;
            foreach (var input in HostileCorpus.For(reader.Kind))
            {
                if (input.Text is null && reader.TakesText)
                {
                    continue;
                }
                var limits = reader.TakesLimits ? Limits[n++ % Limits.Length] : JsonReadLimits.Default;
                string? failure = Check(() => reader.Read(input, limits), out bool read);
                counts.Add(reader.Name, input.Family, read);
                if (failure is not null)
                {
                    failures.Add($"{reader.Name} on {input.Family} ({Excerpt(input.Name, 120)}): {failure}");
                }
            }
            foreach (var (what, call, parameter) in new[] { ("null input", reader.ReadNull, reader.Method.GetParameters()[0].Name), ("null limits", reader.ReadNullLimits, "limits") })
            {
                if (call is null)
                {
                    continue;
                }
                string? failure = CheckNull(call, parameter!, reader.Method.GetParameters()[0].ParameterType == typeof(ReadOnlySpan<byte>) && what == "null input");
                counts.Add(reader.Name, what, false);
                if (failure is not null)
                {
                    failures.Add($"{reader.Name} on {what}: {failure}");
                }
            }
        }
        counts.Write(failures.Count, clock.Elapsed);
        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join("\n", failures.Take(30)));
    }

    /// <summary>A value, or a JSON exception (or failure) that starts with its path and is safe to print; null if so, else what is wrong.</summary>
    internal static string? Check(Func<object?> call, out bool read)
    {
        read = false;
        try
        {
            object? value = call();
            if (ReferenceEquals(value, Skipped))
            {
                return null;
            }
            if (value is DocumentReadResult { IsRead: false } result)
            {
                return CheckMessage(result.AsT1.Message, result.AsT1.Path);
            }
            read = value is not null;
            return value is null ? "returned null" : null;
        }
        catch (JsonException exception)
        {
            return CheckMessage(exception.Message, exception.Path);
        }
        catch (Exception exception)
        {
            return $"{exception.GetType().Name}: {Excerpt(exception.Message, 200)} at {exception.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}";
        }
    }

    private static string? CheckNull(Func<object?> call, string parameter, bool emptySpan)
    {
        try
        {
            call();
            return emptySpan ? null : "no exception";
        }
        catch (ArgumentNullException exception) when (exception.ParamName == parameter)
        {
            return null;
        }
        catch (JsonException exception) when (emptySpan)
        {
            return CheckMessage(exception.Message, exception.Path);
        }
        catch (Exception exception)
        {
            return $"expected ArgumentNullException naming {parameter}, but {exception.GetType().Name} ({(exception as ArgumentException)?.ParamName}): {Excerpt(exception.Message, 200)}";
        }
    }

    private static string? CheckMessage(string message, string? path)
    {
        if (!message.StartsWith("$", StringComparison.Ordinal) || path is null || !path.StartsWith("$", StringComparison.Ordinal))
        {
            return $"message does not start with a JSON path: {Excerpt(message, 200)}";
        }
        if (message.Any(c => char.IsControl(c) || c == '\u2028' || c == '\u2029'))
        {
            return $"message holds a control character: {Excerpt(message, 200)}";
        }
        return message.Length > 1_200 ? $"message is {message.Length} characters long" : null;
    }

    internal static string Excerpt(string text, int length)
    {
        var excerpt = new System.Text.StringBuilder();
        foreach (char c in text.Length > length ? text.Substring(0, length) : text)
        {
            _ = char.IsControl(c) || char.IsSurrogate(c) ? excerpt.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)) : excerpt.Append(c);
        }
        return text.Length > length ? excerpt.Append('…').ToString() : excerpt.ToString();
    }

    // ---- The adapters, on the shapes the readers take or will take -------------------------------------------------

    [Fact]
    public void Find_EveryShapeOfReader_HasAnAdapterThatCallsIt()
    {
        var (readers, unadapted) = Find(typeof(EveryShape));

        Assert.Empty(unadapted);
        Assert.Equal(
            [
                "DeserializeFindings(ReadOnlySpan<Byte>)", "DeserializeFindings(Stream)", "DeserializeFindings(String)",
                "DeserializeMeeting(ReadOnlySpan<Byte>)", "DeserializeMeeting(Stream)", "DeserializeMeeting(String)",
                "DeserializeMeetingAsync(Stream)", "DeserializeMeetingAsync(Stream, CancellationToken)",
                "ReadDocument(ReadOnlySpan<Byte>)", "ReadDocument(ReadOnlySpan<Byte>, JsonReadLimits)", "ReadDocument(Stream)",
                "ReadDocument(Stream, JsonReadLimits)", "ReadDocument(String)", "ReadDocument(String, JsonReadLimits)",
                "ReadDocumentAsync(Stream)", "ReadDocumentAsync(Stream, CancellationToken)", "ReadDocumentAsync(Stream, JsonReadLimits, CancellationToken)",
            ],
            readers.Select(reader => reader.Name));
        var input = HostileInput.OfText("valid document", null, "{\"schemaVersion\": 2}", "test");
        foreach (var reader in readers)
        {
            object? answer = reader.Read(input, JsonReadLimits.Default);
            Assert.Equal(reader.Name + ": 20 bytes", answer is IReadOnlyList<object> list ? list[0] : answer);
            Assert.Null(CheckNull(reader.ReadNull, reader.Method.GetParameters()[0].Name!, reader.Method.GetParameters()[0].ParameterType == typeof(ReadOnlySpan<byte>)));
        }
        Assert.Equal(DocumentKind.Findings, KindOf("DeserializeFindings"));
        Assert.Equal(DocumentKind.Meeting, KindOf("DeserializeMeetingAsync"));
    }

    [Fact]
    public void Find_AReaderOfAShapeWithNoAdapter_IsNamed()
    {
        var (readers, unadapted) = Find(typeof(UnknownShapes));

        Assert.Empty(readers);
        Assert.Equal(["DeserializeMeeting(TextReader)", "DeserializeMeetingAsync(Stream)", "ReadDocument(String, Int32)"], unadapted);
    }

    /// <summary>Readers of every shape <see cref="KentCspJson"/> has or is to have; each answers what it was given.</summary>
    internal static class EveryShape
    {
        private static string Answer(string name, int bytes) => bytes < 0 ? throw new ArgumentNullException("utf8Json") : $"{name}: {bytes} bytes";

        private static int Length(Stream? stream) => stream is null ? -1 : (int)stream.Length;

        public static object DeserializeMeeting(string json) => Answer("DeserializeMeeting(String)", json is null ? throw new ArgumentNullException(nameof(json)) : json.Length);

        public static object DeserializeMeeting(ReadOnlySpan<byte> utf8Json) => Answer("DeserializeMeeting(ReadOnlySpan<Byte>)", utf8Json.Length);

        public static object DeserializeMeeting(Stream utf8Json) => Answer("DeserializeMeeting(Stream)", Length(utf8Json));

        public static ValueTask<object> DeserializeMeetingAsync(Stream utf8Json) => new(Answer("DeserializeMeetingAsync(Stream)", Length(utf8Json)));

        public static async ValueTask<object> DeserializeMeetingAsync(Stream utf8Json, CancellationToken cancellationToken)
        {
            await Task.Yield();
            return Answer("DeserializeMeetingAsync(Stream, CancellationToken)", Length(utf8Json));
        }

        public static IReadOnlyList<object> DeserializeFindings(string json) => [Answer("DeserializeFindings(String)", json is null ? throw new ArgumentNullException(nameof(json)) : json.Length)];

        public static IReadOnlyList<object> DeserializeFindings(ReadOnlySpan<byte> utf8Json) => [Answer("DeserializeFindings(ReadOnlySpan<Byte>)", utf8Json.Length)];

        public static IReadOnlyList<object> DeserializeFindings(Stream utf8Json) => [Answer("DeserializeFindings(Stream)", Length(utf8Json))];

        public static object ReadDocument(string json) => Answer("ReadDocument(String)", json is null ? throw new ArgumentNullException(nameof(json)) : json.Length);

        public static object ReadDocument(string json, JsonReadLimits limits) => Answer("ReadDocument(String, JsonReadLimits)", json is null ? throw new ArgumentNullException(nameof(json)) : json.Length);

        public static object ReadDocument(ReadOnlySpan<byte> utf8Json) => Answer("ReadDocument(ReadOnlySpan<Byte>)", utf8Json.Length);

        public static object ReadDocument(ReadOnlySpan<byte> utf8Json, JsonReadLimits limits) => Answer("ReadDocument(ReadOnlySpan<Byte>, JsonReadLimits)", utf8Json.Length);

        public static object ReadDocument(Stream utf8Json) => Answer("ReadDocument(Stream)", Length(utf8Json));

        public static object ReadDocument(Stream utf8Json, JsonReadLimits limits) => Answer("ReadDocument(Stream, JsonReadLimits)", Length(utf8Json));

        public static ValueTask<object> ReadDocumentAsync(Stream utf8Json) => new(Answer("ReadDocumentAsync(Stream)", Length(utf8Json)));

        public static ValueTask<object> ReadDocumentAsync(Stream utf8Json, CancellationToken cancellationToken) => new(Answer("ReadDocumentAsync(Stream, CancellationToken)", Length(utf8Json)));

        public static async ValueTask<object> ReadDocumentAsync(Stream utf8Json, JsonReadLimits limits, CancellationToken cancellationToken)
        {
            await Task.Yield();
            return Answer("ReadDocumentAsync(Stream, JsonReadLimits, CancellationToken)", Length(utf8Json));
        }

        public static string Serialize(object value) => value.ToString()!;
    }

    /// <summary>Readers of shapes the test cannot call: from a text reader, with an untyped task, with an extra number.</summary>
    internal static class UnknownShapes
    {
        public static object DeserializeMeeting(TextReader json) => json;

        public static Task DeserializeMeetingAsync(Stream utf8Json) => Task.CompletedTask;

        public static object ReadDocument(string json, int depth) => json + depth;
    }
}
