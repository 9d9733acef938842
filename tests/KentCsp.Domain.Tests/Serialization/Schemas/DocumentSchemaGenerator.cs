#if !LIBRARY_NETSTANDARD
using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using Ardalis.SmartEnum;
using KentCsp.Domain.Indicators;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Tests.Serialization.Schemas;

/// <summary>
/// Makes the JSON Schema (draft 2020-12) of each kind of document from the library's own wire types with
/// <see cref="JsonSchemaExporter"/>, and completes what the exporter cannot see: the converters' forms (dates, money,
/// financial years, reporting periods, times, catalogue names), the version and kind, and the length limits of the
/// checks. The result is committed in docs/schemas/ and embedded in the library (<see cref="KentCspJson.GetSchema"/>).
/// </summary>
/// <remarks>
/// The exporter runs on .NET 9 and later, so the schemas are made by the net10.0 build's tests only; the netstandard2.0
/// build ships the same files.
/// </remarks>
internal static class DocumentSchemaGenerator
{
    /// <summary>The folder of the committed schemas, relative to the repository root.</summary>
    internal const string Folder = "docs/schemas";

    /// <summary>A calendar date in the supported years, 1000 to 9998 (<see cref="SupportedDates"/>), in ISO-8601 form.</summary>
    internal const string DatePattern = "^(?:[1-8][0-9]{3}|9[0-8][0-9]{2}|99[0-8][0-9]|999[0-8])-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$";

    /// <summary>A month, ISO-8601 (yyyy-MM), in the supported years 1000 to 9998.</summary>
    internal const string MonthPattern = "^(?:[1-8][0-9]{3}|9[0-8][0-9]{2}|99[0-8][0-9]|999[0-8])-(?:0[1-9]|1[0-2])$";

    /// <summary>A UTC time as NodaTime's extended ISO pattern writes it: seconds, an optional fraction, and Z.</summary>
    internal const string InstantPattern = "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$";

    /// <summary>A slug (<c>"domestic-abuse"</c>): lower-case letters, digits and single inner hyphens.</summary>
    internal const string SlugPattern = "^[a-z0-9]+(?:-[a-z0-9]+)*$";

    private static readonly JsonSerializerOptions Output = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The wire type of each kind of document.</summary>
    internal static JsonTypeInfo TypeInfo(DocumentKind kind)
    {
        var context = KentCspJsonContext.Default;
        return kind.Name switch
        {
            nameof(DocumentKind.Partnership) => context.PartnershipDocument,
            nameof(DocumentKind.AgreementEdition) => context.AgreementEditionDocument,
            nameof(DocumentKind.FundingRound) => context.FundingRoundDocument,
            nameof(DocumentKind.Meeting) => context.MeetingDocument,
            nameof(DocumentKind.ReviewCase) => context.ReviewCaseDocument,
            nameof(DocumentKind.ReviewRegister) => context.ReviewRegisterDocument,
            nameof(DocumentKind.ActionPlan) => context.ActionPlanDocument,
            nameof(DocumentKind.PartnershipRecord) => context.PartnershipRecordDocument,
            nameof(DocumentKind.Findings) => context.FindingsDocument,
            nameof(DocumentKind.Incident) => context.IncidentDocument,
            nameof(DocumentKind.CrimeCount) => context.CrimeCountDocument,
            nameof(DocumentKind.AccuracyAudit) => context.AccuracyAuditDocument,
            nameof(DocumentKind.IndicatorSet) => context.IndicatorSetDocument,
            nameof(DocumentKind.MorileRanking) => context.MorileDocument,
            nameof(DocumentKind.FundingPolicy) => context.FundingPolicyDocument,
            nameof(DocumentKind.AgreementHistory) => context.AgreementHistoryDocument,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind.Name, "no wire type for this kind"),
        };
    }

    /// <summary>The file name of a kind's schema: <c>funding.schema.json</c>.</summary>
    internal static string FileName(DocumentKind kind) => kind.WireName + ".schema.json";

    /// <summary>The schema of <paramref name="kind"/> as the committed file holds it: two-space indent, <c>\n</c>, a final newline.</summary>
    internal static string Generate(DocumentKind kind)
    {
        var options = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) => Complete(kind, context, node),
        };
        var schema = JsonSchemaExporter.GetJsonSchemaAsNode(TypeInfo(kind), options);
        return schema.ToJsonString(Output) + "\n";
    }

    private static JsonNode Complete(DocumentKind kind, JsonSchemaExporterContext context, JsonNode node)
    {
        var path = context.Path;
        bool isRoot = path.Length == 0;
        // An element of a list or a value of a map is never null: the readers refuse a null element at its index.
        bool isElement = path.Length > 0 && (path[^1] == "items" || path[^1] == "additionalProperties");
        // A member that may be left out may also be null, which reads as left out; a required member may not.
        bool nullable = !isRoot && !isElement && context.PropertyInfo is { IsSetNullable: true, IsRequired: false };

        var type = context.TypeInfo.Type;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        JsonObject? scalar = Scalar(underlying, nullable);
        if (scalar is not null)
        {
            return WithDescription(scalar, node);
        }
        if (node is not JsonObject schema)
        {
            return node;
        }
        if (!nullable)
        {
            RemoveNull(schema);
        }
        if (IsType(schema, "object") && schema["properties"] is JsonObject properties)
        {
            schema["additionalProperties"] = false;
            if (schema["required"] is null)
            {
                schema["required"] = new JsonArray();
            }
            if (properties["schemaVersion"] is JsonObject)
            {
                // Every document, and a document nested whole in another, carries the version this library writes and its own kind.
                properties["schemaVersion"] = new JsonObject
                {
                    ["description"] = $"The schema version: {KentCspJson.SchemaVersion}. Version {KentCspJson.FirstSchemaVersion} documents, which have no kind, are still read but are not described here.",
                    ["const"] = KentCspJson.SchemaVersion,
                };
                var nestedKind = isRoot ? kind : KindOf(context.TypeInfo.Type);
                properties["kind"] = new JsonObject
                {
                    ["description"] = $"The kind of document: \"{nestedKind.WireName}\" ({nestedKind.Description}).",
                    ["const"] = nestedKind.WireName,
                };
                Require(schema, "kind", after: "schemaVersion");
            }
        }
        if (IsType(schema, "string") && (context.PropertyInfo is not null || isElement))
        {
            LimitText(schema, context, isElement);
        }
        if (IsType(schema, "integer") && underlying == typeof(int))
        {
            schema["minimum"] = int.MinValue;
            schema["maximum"] = int.MaxValue;
        }
        if (isRoot)
        {
            return Root(kind, schema);
        }
        return schema;
    }

    /// <summary>The root: the dialect, an identifier, a title and a description before the exporter's members.</summary>
    private static JsonObject Root(DocumentKind kind, JsonObject schema)
    {
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = $"urn:kentcsp:schema:{KentCspJson.SchemaVersion}:{kind.WireName}",
            ["title"] = $"KentCsp.Domain {kind.Description} document, schema version {KentCspJson.SchemaVersion}",
            ["description"] = $"{Article(kind.Description)} {kind.Description} document (kind \"{kind.WireName}\") as KentCsp.Domain writes it "
                + $"in schema version {KentCspJson.SchemaVersion}. The library still reads documents of every earlier version, back to "
                + $"version {KentCspJson.FirstSchemaVersion}, which have no kind member; they are not described here. The schema checks the "
                + "shape of the document and the form of each value, not the domain rules (unique identifiers, references within "
                + "the document, dates in order), which the library's reader applies.",
        };
        foreach (var pair in schema.ToList())
        {
            schema.Remove(pair.Key);
            root[pair.Key] = pair.Value;
        }
        return root;
    }

    private static string Article(string description) =>
        "aeiouAEIOU".IndexOf(description[0]) >= 0 || description.StartsWith("MoRiLE", StringComparison.Ordinal) ? "An" : "A";

    /// <summary>The kind of a document nested whole in another (the partnership in a partnership record).</summary>
    private static DocumentKind KindOf(Type wireType)
    {
        foreach (var kind in DocumentKind.List)
        {
            if (TypeInfo(kind).Type == wireType)
            {
                return kind;
            }
        }
        throw new ArgumentOutOfRangeException(nameof(wireType), wireType.Name, "a nested document of no known kind");
    }

    /// <summary>The schema of a value a converter writes, or null for any other type.</summary>
    private static JsonObject? Scalar(Type type, bool nullable)
    {
        JsonNode StringType() => nullable ? new JsonArray("string", "null") : "string";
        if (type == typeof(LocalDate))
        {
            return new JsonObject
            {
                ["description"] = $"A date, ISO-8601 (yyyy-MM-dd), from {Dates.Iso(SupportedDates.Earliest)} to {Dates.Iso(SupportedDates.Latest)}.",
                ["type"] = StringType(),
                ["pattern"] = DatePattern,
            };
        }
        if (type == typeof(Instant))
        {
            return new JsonObject
            {
                ["description"] = "A UTC time, ISO-8601 (yyyy-MM-ddTHH:mm:ssZ, with an optional fraction of a second).",
                ["type"] = StringType(),
                ["pattern"] = InstantPattern,
            };
        }
        if (type == typeof(Money))
        {
            return new JsonObject
            {
                ["description"] = "An amount of money in pounds sterling, a whole number of pence, written with two decimal places.",
                ["type"] = nullable ? new JsonArray("number", "null") : "number",
                ["multipleOf"] = 0.01m,
                ["minimum"] = 0,
                ["maximum"] = Money.MaxValue.Pounds,
            };
        }
        if (type == typeof(FinancialYear))
        {
            return new JsonObject
            {
                ["description"] = $"A financial year, 1 April to 31 March, written \"2016/17\": the start year ({FinancialYear.MinStartYear} to {FinancialYear.MaxStartYear}), a slash and the last two digits of the next year.",
                ["type"] = StringType(),
                ["pattern"] = "^" + FinancialYearPattern() + "$",
            };
        }
        if (type == typeof(ReportingPeriod))
        {
            string year = "(?:[1-8][0-9]{3}|9[0-8][0-9]{2}|99[0-8][0-9]|999[0-8])";
            string financial = FinancialYearPattern();
            return new JsonObject
            {
                ["description"] = "A reporting period: a month (\"2017-05\"), a financial quarter (\"2017/18 Q1\"), a financial year (\"2017/18\") or a calendar year (\"2017\").",
                ["type"] = StringType(),
                ["pattern"] = $"^(?:{year}(?:-(?:0[1-9]|1[0-2]))?|{financial}(?: Q[1-4])?)$",
            };
        }
        if (CatalogueNames(type) is { } names)
        {
            var values = new JsonArray();
            foreach (var name in names)
            {
                values.Add(name);
            }
            if (nullable)
            {
                values.Add(null);
            }
            return new JsonObject
            {
                ["description"] = $"A {type.Name}, by its name.",
                ["type"] = StringType(),
                ["enum"] = values,
            };
        }
        return null;
    }

    /// <summary>
    /// A financial year from <see cref="FinancialYear.MinStartYear"/> to <see cref="FinancialYear.MaxStartYear"/>: the
    /// last two digits of the start year and of the next year are listed in pairs, so the pattern refuses "2016/18".
    /// </summary>
    private static string FinancialYearPattern()
    {
        if (FinancialYear.MinStartYear != 1000 || FinancialYear.MaxStartYear != 9998)
        {
            throw new InvalidOperationException("the financial year pattern assumes start years 1000 to 9998");
        }
        var pairs = Enumerable.Range(0, 100).Select(n => $"{n:00}/{(n + 1) % 100:00}");
        return "(?!9999)[1-9][0-9](?:" + string.Join("|", pairs) + ")";
    }

    /// <summary>The names of a catalogue's members in the order of their values, or null when the type is no catalogue.</summary>
    private static IReadOnlyList<string>? CatalogueNames(Type type)
    {
        for (var candidate = type.BaseType; candidate is not null; candidate = candidate.BaseType)
        {
            if (candidate.IsGenericType && candidate.GetGenericTypeDefinition() == typeof(SmartEnum<,>))
            {
                var list = (System.Collections.IEnumerable)candidate.GetProperty("List", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
                return list.Cast<object>()
                    .OrderBy(member => (IComparable)member.GetType().GetProperty("Value")!.GetValue(member)!)
                    .Select(member => (string)member.GetType().GetProperty("Name")!.GetValue(member)!)
                    .ToList();
            }
        }
        return null;
    }

    private static JsonObject WithDescription(JsonObject scalar, JsonNode node)
    {
        if (node is JsonObject { } original && original["description"] is { } description)
        {
            scalar["description"] = description.DeepClone();
        }
        return scalar;
    }

    private static bool IsType(JsonObject schema, string type) => schema["type"] switch
    {
        JsonValue value => value.GetValue<string>() == type,
        JsonArray array => array.Any(item => item?.GetValue<string>() == type),
        _ => false,
    };

    private static void RemoveNull(JsonObject schema)
    {
        if (schema["type"] is JsonArray types && types.Any(item => item?.GetValue<string>() == "null"))
        {
            var rest = types.Where(item => item?.GetValue<string>() != "null").Select(item => item!.GetValue<string>()).ToList();
            schema["type"] = rest.Count == 1 ? JsonValue.Create(rest[0]) : new JsonArray(rest.Select(item => (JsonNode?)item).ToArray());
        }
    }

    private static void Require(JsonObject schema, string member, string after)
    {
        var required = (JsonArray)schema["required"]!;
        if (required.Any(item => item?.GetValue<string>() == member))
        {
            return;
        }
        int at = required.Select((item, i) => (item, i)).FirstOrDefault(pair => pair.item?.GetValue<string>() == after).i + 1;
        required.Insert(at, member);
    }

    /// <summary>Slugs (<c>Slug.Check</c>): a member's own identifier, references to one, and lists of them.</summary>
    private static readonly HashSet<string> SlugMembers = new(StringComparer.Ordinal)
    {
        "id", "reference", "bidId", "allocationId", "priorityId", "actionId", "roundId", "issueId", "indicatorId",
        "confidence", "incidentId", "victimId", "priorityIds", "planObjectives", "themeIds", "derivedFrom", "victimIds",
        "offenderIds",
    };

    /// <summary>The periods of a funding policy: ISO-8601 periods of whole years, months, weeks and days, not negative.</summary>
    private static readonly HashSet<string> PeriodMembers = new(StringComparer.Ordinal) { "withholdAfter", "withdrawAfter", "inPrincipleLimit" };

    /// <summary>An ISO-8601 period of whole years, months, weeks and days, none negative, at least one given: <c>P0D</c>, <c>P1M</c>.</summary>
    internal const string PeriodPattern = "^P(?=[0-9])(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+W)?(?:[0-9]+D)?$";

    /// <summary>
    /// The limits of the check a text goes through (<see cref="Preconditions"/>): a slug is 1 to 200 lower-case letters,
    /// digits and single hyphens; an organisation identifier's scheme and identifier, and a MoRiLE factor's identifier,
    /// 1 to 200 characters; a MoRiLE factor's name 1 to 1,000; every other text 1 to 100,000.
    /// </summary>
    private static void LimitText(JsonObject schema, JsonSchemaExporterContext context, bool isElement)
    {
        var path = context.Path;
        string member = isElement ? path[^2] : path[^1];
        string owner = context.PropertyInfo?.DeclaringType.Name ?? "";
        schema["minLength"] = 1;
        if (owner == "MorileFactorWire" && member == "id" || owner == "OrganisationIdWire")
        {
            schema["maxLength"] = Preconditions.MaxIdentifierLength;
        }
        else if (SlugMembers.Contains(member) || member == "code" && owner == "OffenceWire")
        {
            schema["maxLength"] = Preconditions.MaxIdentifierLength;
            schema["pattern"] = SlugPattern;
        }
        else if (owner == "FundingPolicyDocument" && PeriodMembers.Contains(member))
        {
            schema["maxLength"] = Preconditions.MaxIdentifierLength;
            schema["pattern"] = PeriodPattern;
        }
        else if (owner == "KnownByNameEditionWire" && member == "inForceMonth")
        {
            // A month, ISO-8601 (yyyy-MM), within the supported years: the sources date these editions to a month.
            schema["maxLength"] = 7;
            schema["pattern"] = MonthPattern;
        }
        else if (owner == "MorileFactorWire" && member == "name")
        {
            schema["maxLength"] = Preconditions.MaxNameLength;
        }
        else
        {
            schema["maxLength"] = Preconditions.MaxTextLength;
        }
    }
}
#endif
