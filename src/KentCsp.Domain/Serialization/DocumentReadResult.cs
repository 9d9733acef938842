using System.Text.Json;
using KentCsp.Domain.Utility;
using OneOf;

namespace KentCsp.Domain.Serialization;

/// <summary>The answer of <see cref="KentCspJson.ReadDocument(string)"/>: the document read, or why it could not be read.</summary>
/// <remarks>Handle both cases with <c>Match</c>. An answer is only made by <see cref="KentCspJson.ReadDocument(string)"/>.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class DocumentReadResult : OneOfBase<KentCspDocument, DocumentReadFailure>
{
    private DocumentReadResult(OneOf<KentCspDocument, DocumentReadFailure> input)
        : base(input)
    {
    }

    /// <summary>Whether the document was read.</summary>
    public bool IsRead => IsT0;

    internal static DocumentReadResult Read(KentCspDocument document) => new(document);

    internal static DocumentReadResult Failed(DocumentReadFailure failure) => new(failure);

    /// <summary>Describes the answer: the document, or the failure's message.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Match(document => document.ToString(), failure => failure.Message);
}

/// <summary>
/// Why a document could not be read: the JSON path of the problem and a message in the document's own terms, the same
/// message the reader for its kind would throw as a <see cref="JsonException"/>.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class DocumentReadFailure
{
    internal DocumentReadFailure(string path, string message, DocumentKind? kind)
    {
        Path = Preconditions.CheckNotBlank(path);
        Message = Preconditions.CheckNotBlank(message);
        Kind = kind;
    }

    /// <summary>The JSON path of the problem, e.g. <c>$.bids[2].amountRequested</c>; <c>$</c> for the whole document.</summary>
    public string Path { get; }

    /// <summary>What is wrong, starting with <see cref="Path"/>, e.g. <c>$.kind: "partnership-plan" is not a kind of document; …</c>.</summary>
    public string Message { get; }

    /// <summary>The kind the document was taken to be, when that was found before the problem; otherwise null.</summary>
    public DocumentKind? Kind { get; }

    /// <summary>Returns <see cref="Message"/>.</summary>
    /// <returns>The message.</returns>
    public override string ToString() => Message;

    internal static DocumentReadFailure From(JsonException exception, DocumentKind? kind) =>
        new(exception.Path ?? "$", exception.Message, kind);
}
