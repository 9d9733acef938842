using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.References;
using NJsonSchema.Validation;
using NJsonSchema.Validation.FormatValidators;

namespace KentCsp.Domain.Tests.Funding;

/// <summary>
/// Validates JSON against the copied 360Giving package schema with NJsonSchema, offline: the package schema's
/// reference to the published grant schema is resolved to the copied 1.4.3 file, and no other address is fetched.
/// </summary>
/// <remarks>
/// Formats are asserted. The standard's dates are <c>oneOf</c> a <c>date-time</c> format and a <c>YYYY-MM-DD</c>
/// pattern, so a plain date is valid only if the <c>date-time</c> check refuses it. NJsonSchema's own
/// <c>date-time</c> check accepts plain dates (and even a bare year), which would make every valid plain date match
/// both branches; <see cref="Strict"/> therefore replaces it with the RFC 3339 <c>date-time</c> that JSON Schema
/// specifies. <see cref="NJsonSchemaDefaults"/> keeps NJsonSchema's own check, to show why.
/// </remarks>
internal static class PackageSchemaValidator
{
    private static readonly Lazy<JsonSchema> Schema = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static JsonSchemaValidator Strict { get; } = new(StrictSettings());

    public static JsonSchemaValidator NJsonSchemaDefaults { get; } = new(new JsonSchemaValidatorSettings());

    /// <summary>Validates package text; an empty list means valid.</summary>
    public static ICollection<ValidationError> Validate(string json, JsonSchemaValidator validator) => validator.Validate(json, Schema.Value);

    public static JsonSchema PackageSchema => Schema.Value;

    private static JsonSchemaValidatorSettings StrictSettings()
    {
        var settings = new JsonSchemaValidatorSettings();
        settings.FormatValidators = settings.FormatValidators.Where(validator => validator is not DateTimeFormatValidator).Append(new Rfc3339DateTime()).ToArray();
        return settings;
    }

    private static JsonSchema Load()
    {
        string path = ThreeSixtyGivingStandard.PathOf("360-giving-package-schema.json");
        return JsonSchema.FromJsonAsync(ThreeSixtyGivingStandard.Text("360-giving-package-schema.json"), path, schema => new LocalResolver(schema))
            .GetAwaiter().GetResult();
    }

    /// <summary>Resolves the grant schema's published address to the copied file and refuses every other address.</summary>
    private sealed class LocalResolver : JsonReferenceResolver
    {
        public LocalResolver(JsonSchema root)
            : base(new JsonSchemaAppender(root, new DefaultTypeNameGenerator()))
        {
        }

        public override Task<IJsonReference> ResolveUrlReferenceAsync(string url, CancellationToken cancellationToken = default) =>
            url == ThreeSixtyGivingStandard.GrantSchemaAddress
                ? ResolveFileReferenceAsync(ThreeSixtyGivingStandard.PathOf("360-giving-schema.json"), cancellationToken)
                : throw new InvalidOperationException($"The schema refers to {url}, which the tests do not fetch.");
    }

    /// <summary>RFC 3339 section 5.6 <c>date-time</c>: full date, "T", time with seconds, and "Z" or an offset.</summary>
    private sealed class Rfc3339DateTime : IFormatValidator
    {
        private static readonly Regex Pattern = new(
            @"^(?<date>\d{4}-\d{2}-\d{2})[Tt](?<hour>[01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$",
            RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(1));

        public string Format => JsonFormatStrings.DateTime;

        public ValidationErrorKind ValidationErrorKind => ValidationErrorKind.DateTimeExpected;

        public bool IsValid(string value, JTokenType tokenType)
        {
            var match = Pattern.Match(value);
            return match.Success
                && DateTime.TryParseExact(match.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
        }
    }
}
