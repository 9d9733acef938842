using System;
using System.IO;
using System.Text;

namespace KentCsp.Domain.Serialization;

public static partial class KentCspJson
{
    /// <summary>The JSON Schema (draft 2020-12) of a kind of document, as this version of the library writes it.</summary>
    /// <param name="kind">The kind of document.</param>
    /// <returns>
    /// The schema's JSON text, the same as <c>docs/schemas/KIND.schema.json</c> in the repository (two-space indent,
    /// <c>\n</c> line ends, a final newline), identified by <c>urn:kentcsp:schema:2:KIND</c>.
    /// </returns>
    /// <remarks>
    /// <para>The schema describes documents of <see cref="SchemaVersion"/>: <c>schemaVersion</c> is 2 and <c>kind</c> is
    /// the kind's <see cref="DocumentKind.WireName"/>. Documents of earlier versions, back to
    /// <see cref="FirstSchemaVersion"/>, are still read by the library but are not described by it.</para>
    /// <para>It is strict: every object lists its required members and allows no others, catalogue members are the
    /// catalogue's names, dates are ISO-8601 within the supported years, money is a number of pounds in whole pence from
    /// 0 to <see cref="Money.MaxValue"/>, and texts have the lengths the library's checks allow. It checks the shape of a
    /// document and the form of each value, not the domain rules (unique identifiers, references within the document,
    /// dates in order): a document the schema accepts may still be refused by the reader, and every document the
    /// library writes is accepted by it.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    public static string GetSchema(DocumentKind kind)
    {
        if (kind is null)
        {
            throw new ArgumentNullException(nameof(kind));
        }
        string name = "KentCsp.Domain.Schemas." + kind.WireName + ".schema.json";
        using var stream = typeof(KentCspJson).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the schema resource {name} is missing from the library.");
        using var reader = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
        return reader.ReadToEnd();
    }
}
