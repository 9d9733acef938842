using System.CommandLine;
using System.Linq;
using KentCsp.Domain.Serialization;
using WireKind = KentCsp.Domain.Serialization.DocumentKind;

namespace KentCsp.Cli;

/// <summary>
/// <c>kentcsp schema KIND</c>: prints the JSON Schema (draft 2020-12) of a kind of document, exactly as
/// <see cref="KentCspJson.GetSchema"/> gives it. KIND is a wire name (<c>funding</c>, <c>review-case</c>); an unknown
/// kind exits with code 2 and the list of kinds.
/// </summary>
internal static class SchemaCommand
{
    internal static Command Build()
    {
        var kindArgument = new Argument<string>("kind")
        {
            HelpName = "KIND",
            Description = "The kind of document: " + string.Join(", ", Kinds()) + ".",
        };
        var command = new Command("schema", "Print the JSON Schema (draft 2020-12) of a kind of document, schema version 2.");
        command.Arguments.Add(kindArgument);
        command.SetAction(parseResult =>
        {
            string name = parseResult.GetValue(kindArgument)!;
            if (!WireKind.TryFromWireName(name, out var kind))
            {
                parseResult.InvocationConfiguration.Error.WriteLine(
                    $"kentcsp: '{Printable(name)}' is not a kind of document; the kinds are {string.Join(", ", Kinds())} (see 'kentcsp schema --help')");
                return KentCspCommand.UsageError;
            }
            parseResult.InvocationConfiguration.Output.Write(KentCspJson.GetSchema(kind));
            return 0;
        });
        return command;
    }

    // The name as typed, with control characters written as \uXXXX and cut at 40 characters, so it is safe to print.
    private static string Printable(string name)
    {
        var text = new System.Text.StringBuilder();
        foreach (char c in name.Length > 40 ? name.Substring(0, 40) + "…" : name)
        {
            text.Append(char.IsControl(c) || c == '\u2028' || c == '\u2029' ? $"\\u{(int)c:X4}" : c.ToString());
        }
        return text.ToString();
    }

    private static System.Collections.Generic.IEnumerable<string> Kinds() =>
        WireKind.List.OrderBy(kind => kind.Value).Select(kind => kind.WireName);
}
