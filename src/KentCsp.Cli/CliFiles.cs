using System;
using System.Globalization;
using System.IO;
using System.Text.Json;
using KentCsp.Domain.Serialization;

namespace KentCsp.Cli;

/// <summary>Reads a document named on the command line, or takes the built-in one when no file is given.</summary>
internal static class CliFiles
{
    /// <summary>
    /// Reads <paramref name="file"/> with <paramref name="parse"/>; with no file, gives <paramref name="builtIn"/>. A file
    /// that cannot be read is reported in one line on <paramref name="error"/> and gives false (exit code 2); a file that
    /// is not a valid document throws <see cref="InvalidDocumentException"/>, which <see cref="KentCspCommand.Run"/>
    /// reports in one line with exit code 1.
    /// </summary>
    internal static bool TryRead<T>(FileInfo? file, T builtIn, Func<string, T> parse, TextWriter error, out T value)
        where T : class
    {
        value = builtIn;
        if (file is null)
        {
            return true;
        }
        if (!TryReadText(file, error, out string json))
        {
            return false;
        }
        try
        {
            value = parse(json);
            return true;
        }
        catch (JsonException exception)
        {
            throw new InvalidDocumentException($"{file.Name}: {exception.Message}", exception);
        }
    }

    /// <summary>
    /// Reads the text of <paramref name="file"/>, refusing in one line on <paramref name="error"/> a file that cannot
    /// be read or that is larger than the library reads (<see cref="JsonReadLimits.MaxDocumentBytes"/> of
    /// <see cref="JsonReadLimits.Default"/>); the size is checked before the file is read.
    /// </summary>
    internal static bool TryReadText(FileInfo file, TextWriter error, out string json)
    {
        json = "";
        try
        {
            long size = new FileInfo(file.FullName).Length;
            long limit = JsonReadLimits.Default.MaxDocumentBytes;
            if (size > limit)
            {
                error.WriteLine($"kentcsp: {CliText.Quote(file.Name)} is {size.ToString("N0", CultureInfo.InvariantCulture)} bytes, larger than the {limit.ToString("N0", CultureInfo.InvariantCulture)} bytes a document may be.");
                return false;
            }
            json = File.ReadAllText(file.FullName);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"kentcsp: cannot read {CliText.Quote(file.Name)}: {CliText.Quote(exception.Message, 300)}");
            return false;
        }
    }
}

/// <summary>
/// A document named on the command line is not valid: the message is the one line to print (the file name and the
/// library's message, which starts with the JSON path); <see cref="KentCspCommand.Run"/> prints it and exits 1.
/// </summary>
internal sealed class InvalidDocumentException(string message, Exception inner) : Exception(message, inner);
