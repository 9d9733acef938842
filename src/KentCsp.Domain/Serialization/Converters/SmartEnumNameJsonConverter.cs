using System;
using KentCsp.Domain.Utility;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ardalis.SmartEnum;

namespace KentCsp.Domain.Serialization;

/// <summary>
/// Writes a SmartEnum catalogue member as its stable <see cref="SmartEnum{TEnum, TValue}.Name"/> and reads it back, as a value
/// or as a dictionary key.
/// </summary>
/// <typeparam name="TEnum">The catalogue type.</typeparam>
/// <remarks>
/// <para>Names are matched exactly (case-sensitive). A token that is not a string, or a name that is not a member,
/// fails with a <see cref="JsonException"/> that lists the valid names; the serializer adds the JSON path.</para>
/// <para>The library's own documents use this converter through <see cref="KentCspJson"/>; it is public so that an
/// application can put catalogue members in its own JSON in the same form.</para>
/// </remarks>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public sealed class SmartEnumNameJsonConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : SmartEnum<TEnum>
{
    /// <inheritdoc />
    /// <exception cref="JsonException">The token is not a string, or names no member of <typeparamref name="TEnum"/>.</exception>
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"expected a string naming a {typeof(TEnum).Name}, but found {JsonErrors.Token(reader.TokenType)}.");
        }
        return FromName(reader.GetString()!);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        CheckWriter(writer).WriteStringValue(CheckValue(value).Name);

    /// <inheritdoc />
    /// <exception cref="JsonException">The property name names no member of <typeparamref name="TEnum"/>.</exception>
    public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        FromName(reader.GetString()!);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        CheckWriter(writer).WritePropertyName(CheckValue(value).Name);

    private static Utf8JsonWriter CheckWriter(Utf8JsonWriter writer) =>
        writer ?? throw new ArgumentNullException(nameof(writer));

    private static TEnum CheckValue(TEnum value) =>
        value ?? throw new ArgumentNullException(nameof(value));

    private static TEnum FromName(string name)
    {
        if (SmartEnum<TEnum>.TryFromName(name, out var value))
        {
            return value;
        }
        var names = string.Join(", ", SmartEnum<TEnum>.List.OrderBy(member => member.Value).Select(member => member.Name));
        throw new JsonException($"{Preconditions.Quote(name)} is not a {typeof(TEnum).Name}; expected one of: {names}.");
    }
}
