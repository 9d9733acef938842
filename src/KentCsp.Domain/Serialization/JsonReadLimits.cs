using System.Globalization;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Serialization;

/// <summary>
/// How much a reader of <see cref="KentCspJson"/> accepts before it refuses a document unread: how deeply objects and
/// arrays nest, how long the whole document is, and how long one string is.
/// </summary>
/// <remarks>
/// <para>Every <c>Deserialize…</c> method applies <see cref="Default"/>; <see cref="KentCspJson.ReadDocument(string, JsonReadLimits)"/>
/// takes other limits. The limits are checked in one pass over the document before anything is built, so a document
/// over a limit costs no more than reading it once; a document over a limit is refused with a
/// <see cref="System.Text.Json.JsonException"/> (or, from <c>ReadDocument</c>, a <see cref="DocumentReadFailure"/>)
/// whose message names the limit and, for depth and string length, the JSON path where it was exceeded.</para>
/// <para>Lengths are counted in bytes of UTF-8, the encoding of a JSON file: a document given as a .NET string is
/// measured as it would be saved. A string's length is that of its value, after escapes such as <c>\n</c> and
/// <c>\u00e9</c> are decoded; member names count as strings.</para>
/// <para>The defaults admit every document the library writes for realistic data: the deepest document the library
/// writes, a meeting, nests 7 levels; a funding round of 100,000 fully recorded bids (decision, allocation, payment and
/// monitoring return for each) written by the library is 123,601,374 bytes (about 1,236 bytes a bid); the longest built-in string, a minute's
/// discussion, is 1,349 bytes.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class JsonReadLimits
{
    /// <summary>The default <see cref="MaxDepth"/>: 64 levels, the default of System.Text.Json.</summary>
    public const int DefaultMaxDepth = 64;

    /// <summary>The largest <see cref="MaxDepth"/> that can be set: 256 levels.</summary>
    public const int MaxDepthCeiling = 256;

    /// <summary>The default <see cref="MaxDocumentBytes"/>: 256 MiB (268,435,456 bytes), twice the largest realistic document.</summary>
    public const int DefaultMaxDocumentBytes = 256 * 1024 * 1024;

    /// <summary>The default <see cref="MaxStringBytes"/>: 1 MiB (1,048,576 bytes).</summary>
    public const int DefaultMaxStringBytes = 1024 * 1024;

    /// <summary>Creates limits; any limit not given takes its default.</summary>
    /// <param name="maxDepth">How many levels objects and arrays may nest: <c>{}</c> is 1 level, <c>{"a": []}</c> 2.</param>
    /// <param name="maxDocumentBytes">How long the whole document may be, in bytes of UTF-8.</param>
    /// <param name="maxStringBytes">How long one string or member name may be, in bytes of UTF-8 after escapes are decoded.</param>
    /// <exception cref="ArgumentRefusedException"><paramref name="maxDepth"/> is not between 1 and
    /// <see cref="MaxDepthCeiling"/>, or <paramref name="maxDocumentBytes"/> or <paramref name="maxStringBytes"/> is not positive.</exception>
    public JsonReadLimits(int maxDepth = DefaultMaxDepth, int maxDocumentBytes = DefaultMaxDocumentBytes, int maxStringBytes = DefaultMaxStringBytes)
    {
        if (maxDepth < 1 || maxDepth > MaxDepthCeiling)
        {
            Preconditions.ThrowArgument(nameof(maxDepth), $"must be between 1 and {MaxDepthCeiling}, but was {maxDepth.ToString(CultureInfo.InvariantCulture)}");
        }
        if (maxDocumentBytes < 1)
        {
            Preconditions.ThrowArgument(nameof(maxDocumentBytes), $"must be positive, but was {maxDocumentBytes.ToString(CultureInfo.InvariantCulture)}");
        }
        if (maxStringBytes < 1)
        {
            Preconditions.ThrowArgument(nameof(maxStringBytes), $"must be positive, but was {maxStringBytes.ToString(CultureInfo.InvariantCulture)}");
        }
        MaxDepth = maxDepth;
        MaxDocumentBytes = maxDocumentBytes;
        MaxStringBytes = maxStringBytes;
    }

    /// <summary>The limits every <c>Deserialize…</c> method applies: <see cref="DefaultMaxDepth"/>,
    /// <see cref="DefaultMaxDocumentBytes"/> and <see cref="DefaultMaxStringBytes"/>.</summary>
    public static JsonReadLimits Default { get; } = new();

    /// <summary>How many levels objects and arrays may nest: <c>{}</c> is 1 level, <c>{"a": []}</c> 2.</summary>
    public int MaxDepth { get; }

    /// <summary>How long the whole document may be, in bytes of UTF-8.</summary>
    public int MaxDocumentBytes { get; }

    /// <summary>How long one string or member name may be, in bytes of UTF-8 after escapes are decoded.</summary>
    public int MaxStringBytes { get; }

    /// <summary>Describes the limits, e.g. "depth 64, document 268435456 bytes, string 1048576 bytes".</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "depth {0}, document {1} bytes, string {2} bytes", MaxDepth, MaxDocumentBytes, MaxStringBytes);
}
