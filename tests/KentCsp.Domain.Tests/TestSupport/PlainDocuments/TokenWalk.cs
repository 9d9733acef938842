using System;
using System.Text.Json;

namespace KentCsp.Domain.Tests.TestSupport.PlainDocuments;

/// <summary>
/// The least work a reader can do: a <see cref="Utf8JsonReader"/> walk over every token of a document, building
/// nothing. It reads each value's bytes (their total length is kept) so that no token is skipped unread.
/// </summary>
public static class TokenWalk
{
    /// <summary>Walks every token of <paramref name="utf8"/>.</summary>
    /// <param name="utf8">The document.</param>
    /// <returns>The number of tokens (property names, values, and the start and end of each object and array) and the total length of their values in bytes.</returns>
    public static (long Tokens, long ValueBytes) Walk(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        long tokens = 0;
        long valueBytes = 0;
        while (reader.Read())
        {
            tokens++;
            valueBytes += reader.ValueSpan.Length;
        }
        return (tokens, valueBytes);
    }
}
