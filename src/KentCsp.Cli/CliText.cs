using System;
using System.Globalization;
using KentCsp.Domain;

namespace KentCsp.Cli;

/// <summary>Small pieces of wording shared by the commands.</summary>
internal static class CliText
{
    /// <summary>A count and its noun, plural unless the count is 1: "1 act", "32 victims".</summary>
    internal static string Count(long count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

    /// <summary>
    /// Writes what in a document is not fact: the whole document's provenance when it is inferred or illustrative
    /// ("illustrative: …"), then each inferred or illustrative field with its reason. Writes nothing when the
    /// document carries no provenance or all of it is sourced.
    /// </summary>
    internal static void WriteProvenance(System.IO.TextWriter output, ProvenanceRecord? provenance)
    {
        if (provenance is null || provenance.IsAllFact)
        {
            return;
        }
        output.WriteLine(provenance.Whole.IsFact ? $"Provenance: {provenance.Whole.Kind.Description} except as marked below." : $"Provenance: {provenance.Whole}");
        foreach (var field in provenance.Fields)
        {
            if (!field.Provenance.IsFact)
            {
                output.WriteLine($"  {field.Field}: {field.Provenance}");
            }
        }
    }

    /// <summary>
    /// A refused argument as a sentence, "rounds must …", built from its parameter and reason. Any other
    /// <see cref="ArgumentException"/> gives its message without the runtime's note of the parameter: the note
    /// (" (Parameter 'x')" on .NET) is asked of the runtime, not assumed, and the message is cut where it starts.
    /// </summary>
    internal static string Describe(ArgumentException exception)
    {
        if (exception is ArgumentRefusedException refused)
        {
            return refused.ParamName + " " + refused.Reason;
        }
        string message = exception.Message;
        if (exception.ParamName is not { Length: > 0 } name)
        {
            return message;
        }
        string note = new ArgumentException(string.Empty, name).Message;
        int at = note.Length > 0 ? message.LastIndexOf(note, StringComparison.Ordinal) : -1;
        return at < 0 ? message : message.Substring(0, at);
    }
}
