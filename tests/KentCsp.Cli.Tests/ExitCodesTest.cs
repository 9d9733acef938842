using System;
using System.IO;
using System.Text;
using KentCsp.Cli;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Cli.Tests;

/// <summary>
/// The exit codes a script relies on: 0 valid or clean, 1 invalid document or error findings, 2 usage or unreadable
/// input, 70 an unexpected internal error (one line; the stack trace only with <c>--verbose</c>).
/// </summary>
public class ExitCodesTest
{
    private static readonly FixedClock Clock = FixedClock.AtLondonMidday(new LocalDate(2026, 11, 23));

    /// <summary>A writer that fails on every write, as a broken pipe or a full disk would: a fault no command expects.</summary>
    private sealed class FailingWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new InvalidOperationException("the output is broken\n\u001b[31mred");
    }

    private static (int Code, string Error) RunWithFailingOutput(params string[] args)
    {
        var error = new StringWriter { NewLine = "\n" };
        int code = KentCspCommand.Run(args, new FailingWriter(), error, Clock);
        return (code, error.ToString());
    }

    [Fact]
    public void InternalError_ExitsSeventyWithOneLineAndNoStackTrace()
    {
        var (code, error) = RunWithFailingOutput("summary");
        Assert.Equal(70, code);
        Assert.Equal("kentcsp: internal error: InvalidOperationException: the output is broken \\u001B[31mred (run with --verbose for details)\n", error);
    }

    [Fact]
    public void InternalError_WithVerbose_AddsTheStackTrace()
    {
        var (code, error) = RunWithFailingOutput("summary", "--verbose");
        Assert.Equal(70, code);
        Assert.StartsWith("kentcsp: internal error: InvalidOperationException: ", error);
        Assert.Contains("   at ", error);
    }

    [Fact]
    public void Validate_InvalidDocument_ExitsOne()
    {
        string path = CliRun.WriteTemp("[]");
        var (code, output, error) = CliRun.Run(Clock, "validate", "partnership", path);
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Equal($"{Path.GetFileName(path)}: $: expected a partnership document (a JSON object), but found an array.\n", error);
    }

    [Theory]
    [InlineData("funding", "check")]
    [InlineData("plan")]
    [InlineData("reviews")]
    [InlineData("count")]
    [InlineData("indicators")]
    [InlineData("morile")]
    [InlineData("meeting")]
    public void FileCommand_InvalidDocument_ExitsOneWithOneLine(params string[] command)
    {
        string path = CliRun.WriteTemp("{\"schemaVersion\": 1,");
        var (code, output, error) = CliRun.Run(Clock, [.. command, path]);
        Assert.Equal(1, code);
        Assert.StartsWith(Path.GetFileName(path) + ": $", error);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void FileCommand_UnreadableFile_ExitsTwo()
    {
        string directory = Path.GetTempPath();
        var (code, _, error) = CliRun.Run(Clock, "funding", "check", directory);
        Assert.Equal(2, code);
        Assert.StartsWith("kentcsp: cannot read ", error);
    }

    [Fact]
    public void Validate_ValidDocument_ExitsZero()
    {
        string path = CliRun.WriteTemp(KentCspJson.Serialize(KentData.Partnership));
        Assert.Equal(0, CliRun.Run(Clock, "validate", "partnership", path).Code);
    }

    [Fact]
    public void Help_GivesTheExitCodes()
    {
        var (code, output, _) = CliRun.Run(Clock, "--help");
        Assert.Equal(0, code);
        Assert.Contains("70 unexpected internal error", System.Text.RegularExpressions.Regex.Replace(output, @"\s+", " "));
        Assert.Contains("--verbose", output);
    }
}
