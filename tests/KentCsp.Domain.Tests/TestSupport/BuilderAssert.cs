using System;
using Xunit;

namespace KentCsp.Domain.Tests.TestSupport;

/// <summary>Checks that a builder refuses its parts exactly as the type's own constructor (or method) does.</summary>
internal static class BuilderAssert
{
    /// <summary>
    /// Runs both, expects each to throw, and asserts the same exception type, parameter name and message; returns the
    /// builder's exception for further checks.
    /// </summary>
    public static ArgumentException SameRefusal(Action constructor, Action build)
    {
        var expected = Assert.ThrowsAny<ArgumentException>(constructor);
        var actual = Assert.ThrowsAny<ArgumentException>(build);
        Assert.Equal(expected.GetType(), actual.GetType());
        Assert.Equal(expected.ParamName, actual.ParamName);
        Assert.Equal(expected.Message, actual.Message);
        return actual;
    }
}
