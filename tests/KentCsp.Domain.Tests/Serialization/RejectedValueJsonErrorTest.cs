using System;
using System.Reflection;
using System.Text.Json;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Serialization;

/// <summary>
/// The JSON error for a value the domain refused is built from the refusal's parameter and reason, never by reading
/// them back out of <see cref="Exception.Message"/>, whose layout differs between .NET and .NET Framework.
/// </summary>
public class RejectedValueJsonErrorTest
{
    private static readonly string Round = KentCspJson.Serialize(FundingBuilders.EveryMember());

    [Fact]
    public void Refusal_PathAndTextComeFromParamNameAndReason()
    {
        var refused = new ArgumentRefusedException("priorityIds[1]", "repeats 'road-safety'.");
        var error = JsonErrors.Rejected("$.bids[0]", refused);
        Assert.Equal("$.bids[0].priorityIds[1]", error.Path);
        Assert.Equal("$.bids[0].priorityIds[1]: priorityIds[1] repeats 'road-safety'.", error.Message);
        Assert.Same(refused, error.InnerException);
    }

    [Theory]
    [InlineData("priorityIds[1] repeats 'road-safety'.\r\nParameter name: priorityIds[1]")] // .NET Framework's layout
    [InlineData("priorityIds[1] wiederholt 'road-safety'.")]                                 // a translated message
    [InlineData("")]
    public void Refusal_ErrorIsTheSameWhateverTheMessageSays(string message)
    {
        var refused = new ArgumentRefusedException("priorityIds[1]", "repeats 'road-safety'.");
        string before = JsonErrors.Rejected("$.bids[0]", refused).Message;

        // Exception.Message is built from this field; ArgumentException appends its note of the parameter to it.
        var field = typeof(Exception).GetField("_message", BindingFlags.NonPublic | BindingFlags.Instance);
        Assert.NotNull(field);
        field.SetValue(refused, message);
        Assert.StartsWith(message, refused.Message, StringComparison.Ordinal);

        Assert.Equal(before, JsonErrors.Rejected("$.bids[0]", refused).Message);
        Assert.Equal("repeats 'road-safety'.", JsonErrors.Reason(refused));
    }

    [Fact]
    public void Document_RepeatedElement_IsNamedAtItsPathWithTheRefusalInside()
    {
        string json = Round.Replace("\"road-safety\",\n        \"domestic-abuse\"", "\"road-safety\",\n        \"road-safety\"", StringComparison.Ordinal);
        Assert.NotEqual(Round, json);
        var error = Assert.Throws<JsonException>(() => KentCspJson.DeserializeFundingRound(json));
        Assert.Equal("$.bids[0].priorityIds[1]", error.Path);
        Assert.Equal("$.bids[0].priorityIds[1]: priorityIds[1] repeats 'road-safety'.", error.Message);
        var refused = Assert.IsType<ArgumentRefusedException>(error.InnerException);
        Assert.Equal("priorityIds[1]", refused.ParamName);
        Assert.Equal("repeats 'road-safety'.", refused.Reason);
    }

    [Fact]
    public void Null_IsReportedInTheLibrarysWordsWhateverItsMessage()
    {
        var error = JsonErrors.Rejected("$.grant", new ArgumentNullException("title", "Value cannot be null."));
        Assert.Equal("$.grant.title: title must not be null.", error.Message);
        Assert.Equal("must not be null.", JsonErrors.Reason(new ArgumentNullException("title")));
    }

    [Fact]
    public void OtherArgumentException_LosesTheRuntimesNoteOfTheParameter()
    {
        var error = JsonErrors.Rejected("$.grant", new ArgumentException("Value is not valid here.", "date"));
        Assert.Equal("$.grant.date", error.Path);
        Assert.Equal("$.grant.date: Value is not valid here.", error.Message);
        Assert.Equal("Value is not valid here.", JsonErrors.Reason(new ArgumentException("Value is not valid here.", "date")));
        Assert.Equal("is not valid here.", JsonErrors.Reason(new ArgumentException("date is not valid here.", "date")));
    }

    [Fact]
    public void OtherArgumentException_WithoutAParameter_KeepsItsMessage()
    {
        var error = JsonErrors.Rejected("$.grant", new ArgumentException("Value is not valid here."));
        Assert.Equal("$.grant", error.Path);
        Assert.Equal("$.grant: Value is not valid here.", error.Message);
    }

    [Fact]
    public void NodaTimeRangeError_LosesTheNoteAndTheActualValue()
    {
        var thrown = Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new LocalDate(2017, 13, 1));
        Assert.NotNull(thrown.ParamName);
        var error = JsonErrors.Rejected("$.grant", thrown);
        Assert.Equal("$.grant." + thrown.ParamName, error.Path);
        Assert.StartsWith("$.grant." + thrown.ParamName + ": ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(new ArgumentException(string.Empty, thrown.ParamName).Message, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", error.Message, StringComparison.Ordinal);
    }
}
