using System;
using System.Reflection;
using Xunit;

namespace KentCsp.Domain.Tests.TestSupport;

/// <summary>Checks the whole equality contract of a type in one call, the way NodaTime's TestHelper does.</summary>
internal static class EqualityAssert
{
    /// <summary>
    /// Asserts that <paramref name="value"/> equals <paramref name="equalValue"/> (a distinct instance) by
    /// <see cref="IEquatable{T}.Equals(T)"/>, <see cref="object.Equals(object)"/>, <c>==</c>, <c>!=</c> and hash code, and
    /// differs from each of <paramref name="unequalValues"/> and from null.
    /// </summary>
    public static void Contract<T>(T value, T equalValue, params T[] unequalValues)
        where T : class, IEquatable<T>
    {
        Assert.NotSame(value, equalValue);
        Assert.True(value.Equals(equalValue), "IEquatable<T>.Equals of equal values");
        Assert.True(value.Equals((object)equalValue), "object.Equals of equal values");
        Assert.Equal(value.GetHashCode(), equalValue.GetHashCode());
        Assert.True(Operator("op_Equality", value, equalValue), "== of equal values");
        Assert.False(Operator("op_Inequality", value, equalValue), "!= of equal values");
        Assert.False(value.Equals(null), "Equals(null)");
        Assert.False(Operator("op_Equality", value, null), "== null");
        Assert.True(Operator("op_Inequality", value, null), "!= null");
        foreach (var unequal in unequalValues)
        {
            Assert.False(value.Equals(unequal), $"Equals of {value} and {unequal}");
            Assert.False(value.Equals((object)unequal), $"object.Equals of {value} and {unequal}");
            Assert.False(Operator("op_Equality", value, unequal), $"== of {value} and {unequal}");
            Assert.True(Operator("op_Inequality", value, unequal), $"!= of {value} and {unequal}");
        }
    }

    private static bool Operator<T>(string name, T left, T? right)
    {
        var method = typeof(T).GetMethod(name, BindingFlags.Public | BindingFlags.Static, null, [typeof(T), typeof(T)], null);
        Assert.True(method is not null, $"{typeof(T).Name} declares {name}");
        return (bool)method!.Invoke(null, [left, right])!;
    }
}
