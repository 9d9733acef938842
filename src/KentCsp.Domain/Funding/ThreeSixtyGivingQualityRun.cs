using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Funding;

/// <summary>
/// One run of the 36 checks over the grants of a package: grant by grant, each check in id order, as the Data Quality
/// Tool runs them (quality-checks.md §1.3), then the headings and shares (§1.6). The rule of each check, and where it
/// comes from, is in <c>quality-checks.md</c> §2 under the check's tool name.
/// </summary>
internal sealed class ThreeSixtyGivingQualityRun
{
    private readonly Tally[] tallies;
    private readonly LocalDate asOf;

    // MoreThanOneFundingOrg: each distinct truthy funder id, in first-seen order.
    private readonly HashSet<string> funderIds = new(StringComparer.Ordinal);

    // MultiFundingNamesForOrgId / MultiFundingOrgIdsForName: the name first seen for each funder id, and the id first
    // seen for each funder name.
    private readonly Dictionary<string, string> firstNameOfId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> firstIdOfName = new(StringComparer.Ordinal);

    // The grants added so far, and those of them to individuals.
    private int added;
    private int addedToIndividuals;

    private ThreeSixtyGivingQualityRun(LocalDate asOf)
    {
        this.asOf = asOf;
        tallies = new Tally[ThreeSixtyGivingCheck.All.Count + 1];
        foreach (var check in ThreeSixtyGivingCheck.All)
        {
            tallies[check.Value] = new Tally();
        }
    }

    internal static ThreeSixtyGivingQualityReport Run(List<JsonElement> grants, LocalDate asOf)
    {
        var run = Start(asOf);
        for (int i = 0; i < grants.Count; i++)
        {
            run.Add(grants[i]);
        }
        return run.Finish();
    }

    /// <summary>
    /// Starts a run to be fed one grant at a time (<see cref="Add"/>), as the 360Giving export does before it writes:
    /// what the run keeps between grants is what the checks across grants need (the tallies, with at most
    /// <see cref="ThreeSixtyGivingQuality.MaxLocations"/> locations each, and the funders seen), never a grant.
    /// </summary>
    internal static ThreeSixtyGivingQualityRun Start(LocalDate asOf) => new(asOf);

    /// <summary>Checks the next grant of the package, a JSON object; the element need not outlive the call.</summary>
    internal void Add(JsonElement grant)
    {
        if (Truthy(Member(grant, "recipientIndividual")))
        {
            addedToIndividuals++;
        }
        CheckGrant(grant, "grants/" + added.ToString(CultureInfo.InvariantCulture));
        added++;
    }

    /// <summary>Finishes the run: the headings and shares of the checks that fired, over every grant added.</summary>
    internal ThreeSixtyGivingQualityReport Finish() => Report(added, addedToIndividuals);

    private Tally T(ThreeSixtyGivingCheck check) => tallies[check.Value];

    private void CheckGrant(JsonElement grant, string at)
    {
        var funders = Member(grant, "fundingOrganization");
        var recipients = Member(grant, "recipientOrganization");
        bool hasIndividualKey = grant.TryGetProperty("recipientIndividual", out var individual);
        bool toIndividual = Truthy(individual);

        // DQT-001 ZeroAmountTest: amountAwarded numerically 0 (Python: false == 0 too; the string "0" is not).
        var amount = Member(grant, "amountAwarded");
        if ((amount.ValueKind == JsonValueKind.Number && IsZero(amount)) || amount.ValueKind == JsonValueKind.False)
        {
            T(ThreeSixtyGivingCheck.ZeroAmount).FlagGrant(at, "/amountAwarded");
        }

        // DQT-002, DQT-003: identifiers from no recognised register; one count per grant, a location per organisation.
        // An organisation without an id stops the check for the rest of the grant, as in the tool.
        UnrecognisedPrefixes(funders, T(ThreeSixtyGivingCheck.FundingOrgUnrecognisedPrefix), at, "/fundingOrganization/");
        UnrecognisedPrefixes(recipients, T(ThreeSixtyGivingCheck.RecipientOrgUnrecognisedPrefix), at, "/recipientOrganization/");

        // DQT-004, DQT-005: charity and company numbers of recipients. A recipient without the field ends the loop and
        // the grant is not counted, though locations already flagged are kept (the tool's KeyError, quality-checks.md §2 #4).
        RecipientNumbers(recipients, at);

        // DQT-006, DQT-007: every funder id, then every recipient id, one count per identifier.
        OrganisationIds(funders, at, "/fundingOrganization/");
        OrganisationIds(recipients, at, "/recipientOrganization/");

        // DQT-008 GrantIdUnexpectedChars: a line feed in the grant id.
        if (Text(grant, "id") is { } id && id.IndexOf('\n') >= 0)
        {
            T(ThreeSixtyGivingCheck.GrantIdUnexpectedChars).FlagGrant(at, "/id");
        }

        // DQT-009 MoreThanOneFundingOrg, DQT-020, DQT-021: funders across the package.
        Funders(funders, at);

        // DQT-010 LooksLikeEmail: every text leaf of the grant, keys in order, outside paths containing "email".
        Flatten(grant, at, "");

        // DQT-011 to DQT-017: dates.
        Dates(grant, at);

        // DQT-018 RecipientIndDEI: a recipientIndividual and a project (the DEI extension's container), by key alone.
        if (hasIndividualKey && grant.TryGetProperty("project", out _))
        {
            T(ThreeSixtyGivingCheck.RecipientIndDEI).FlagGrant(at, "/recipientIndividual/id");
        }

        // DQT-019 GeoCodePostcode: on grants with a recipientIndividual key, each beneficiary geoCode shaped like a postcode.
        var beneficiaries = Member(grant, "beneficiaryLocation");
        if (hasIndividualKey && beneficiaries.ValueKind == JsonValueKind.Array)
        {
            int k = 0;
            foreach (var location in beneficiaries.EnumerateArray())
            {
                var geoCode = Member(location, "geoCode");
                string code = geoCode.ValueKind == JsonValueKind.String ? geoCode.GetString()! : geoCode.ValueKind == JsonValueKind.Undefined ? "" : "\0";
                if (ThreeSixtyGivingQualityText.LooksLikePostcode(code))
                {
                    T(ThreeSixtyGivingCheck.GeoCodePostcode).FlagEach(at, "/beneficiaryLocation/", k, "/geoCode");
                }
                k++;
            }
        }

        // DQT-022, DQT-023: identifiers starting 360G (no hyphen needed), one count per organisation.
        Prefix360G(recipients, T(ThreeSixtyGivingCheck.RecipientOrg360GPrefix), at, "/recipientOrganization/");
        Prefix360G(funders, T(ThreeSixtyGivingCheck.FundingOrg360GPrefix), at, "/fundingOrganization/");

        // DQT-024, DQT-025: recipients without numbers, without location; one count per grant.
        RecipientDetails(recipients, at);

        // DQT-026, DQT-027: no grant programme, no beneficiary location.
        if (!Truthy(Member(grant, "grantProgramme")))
        {
            T(ThreeSixtyGivingCheck.NoGrantProgramme).FlagGrant(at, "/id");
        }
        if (!Truthy(beneficiaries))
        {
            T(ThreeSixtyGivingCheck.NoBeneficiaryLocation).FlagGrant(at, "/id");
        }

        // DQT-028 TitleDescriptionSame, DQT-029 TitleLength (more than 140 code points).
        var titleElement = Member(grant, "title");
        string? title = titleElement.ValueKind == JsonValueKind.String ? titleElement.GetString() : null;
        string? description = Text(grant, "description");
        if (!string.IsNullOrEmpty(title) && !string.IsNullOrEmpty(description) && string.Equals(title, description, StringComparison.Ordinal))
        {
            T(ThreeSixtyGivingCheck.TitleDescriptionSame).FlagGrant(at, "/description");
        }
        if (title is not null && ThreeSixtyGivingQualityText.CodePoints(title) > 140)
        {
            T(ThreeSixtyGivingCheck.TitleLength).FlagGrant(at, "/title");
        }

        // DQT-030 NoLastModified, DQT-031 NoDataSource.
        if (!Truthy(Member(grant, "dateModified")))
        {
            T(ThreeSixtyGivingCheck.NoLastModified).FlagGrant(at, "/id");
        }
        if (!Truthy(Member(grant, "dataSource")))
        {
            T(ThreeSixtyGivingCheck.NoDataSource).FlagGrant(at, "/id");
        }

        // DQT-032: a recipientIndividual key and no toIndividualsDetails key (its contents are not looked at).
        if (hasIndividualKey && !grant.TryGetProperty("toIndividualsDetails", out _))
        {
            T(ThreeSixtyGivingCheck.RecipientIndWithoutToIndividualsDetails).FlagGrant(at, "/recipientIndividual/id");
        }

        // DQT-033 PlannedDurationNotPresent: plannedDates[0] with a duration that is not null, or a start and an end.
        var planned = First(Member(grant, "plannedDates"));
        bool hasDuration = planned.ValueKind == JsonValueKind.Object
            && ((planned.TryGetProperty("duration", out var duration) && duration.ValueKind != JsonValueKind.Null)
                || (Truthy(Member(planned, "startDate")) && Truthy(Member(planned, "endDate"))));
        if (!hasDuration)
        {
            T(ThreeSixtyGivingCheck.PlannedDurationNotPresent).FlagGrant(at, "/id");
        }

        // DQT-034: each beneficiary location with a name and no geoCode, one count per location.
        if (beneficiaries.ValueKind == JsonValueKind.Array)
        {
            int k = 0;
            foreach (var location in beneficiaries.EnumerateArray())
            {
                if (Truthy(Member(location, "name")) && !Truthy(Member(location, "geoCode")))
                {
                    T(ThreeSixtyGivingCheck.BeneficiaryLocationNameButNoCode).FlagEach(at, "/beneficiaryLocation/", k, "/name");
                }
                k++;
            }
        }

        // DQT-035, DQT-036: the first recipient's location against the beneficiary location, on grants to organisations.
        var firstRecipient = First(recipients);
        if (!toIndividual && firstRecipient.ValueKind == JsonValueKind.Object)
        {
            bool recipientLocation = Truthy(Member(firstRecipient, "location"));
            if (Truthy(beneficiaries) && !Truthy(Member(firstRecipient, "postalCode")) && !recipientLocation)
            {
                T(ThreeSixtyGivingCheck.BeneficiaryButNotRecipientGeoData).FlagGrant(at, "/recipientOrganization/0/id");
            }
            if (recipientLocation && !Truthy(beneficiaries))
            {
                T(ThreeSixtyGivingCheck.RecipientGeoDataButNoBeneficiary).FlagGrant(at, "/recipientOrganization/0/location");
            }
        }
    }

    private static void UnrecognisedPrefixes(JsonElement organisations, Tally tally, string at, string member)
    {
        if (organisations.ValueKind != JsonValueKind.Array)
        {
            return;
        }
        bool flagged = false;
        int j = 0;
        foreach (var organisation in organisations.EnumerateArray())
        {
            var id = Member(organisation, "id");
            if (id.ValueKind == JsonValueKind.Undefined)
            {
                break;
            }
            if (id.ValueKind == JsonValueKind.String && !ThreeSixtyGivingOrgIdPrefixes.IsRecognised(id.GetString()!))
            {
                tally.Flag(at, member, j, "/id");
                flagged = true;
            }
            j++;
        }
        if (flagged)
        {
            tally.Count++;
        }
    }

    private void RecipientNumbers(JsonElement recipients, string at)
    {
        if (recipients.ValueKind != JsonValueKind.Array)
        {
            return;
        }
        var charity = T(ThreeSixtyGivingCheck.RecipientOrgCharityNumber);
        bool charityFlagged = false;
        int j = 0;
        foreach (var organisation in recipients.EnumerateArray())
        {
            if (organisation.ValueKind != JsonValueKind.Object || !organisation.TryGetProperty("charityNumber", out var number))
            {
                charityFlagged = false;
                break;
            }
            if (!ThreeSixtyGivingQualityText.LooksLikeCharityNumberAfterLetters(PythonString(number)))
            {
                charity.Flag(at, "/recipientOrganization/", j, "/charityNumber");
                charityFlagged = true;
            }
            j++;
        }
        if (charityFlagged)
        {
            charity.Count++;
        }

        var company = T(ThreeSixtyGivingCheck.RecipientOrgCompanyNumber);
        bool companyFlagged = false;
        j = 0;
        foreach (var organisation in recipients.EnumerateArray())
        {
            if (organisation.ValueKind != JsonValueKind.Object || !organisation.TryGetProperty("companyNumber", out var number))
            {
                companyFlagged = false;
                break;
            }
            if (number.ValueKind == JsonValueKind.String && !ThreeSixtyGivingQualityText.LooksLikeCompanyNumber(number.GetString()!))
            {
                company.Flag(at, "/recipientOrganization/", j, "/companyNumber");
                companyFlagged = true;
            }
            j++;
        }
        if (companyFlagged)
        {
            company.Count++;
        }
    }

    private void OrganisationIds(JsonElement organisations, string at, string member)
    {
        if (organisations.ValueKind != JsonValueKind.Array)
        {
            return;
        }
        int j = 0;
        foreach (var organisation in organisations.EnumerateArray())
        {
            if (Text(organisation, "id") is { Length: > 0 } id)
            {
                string upper = id.ToUpperInvariant();
                bool invalid =
                    (upper.StartsWith("GB-CHC-", StringComparison.Ordinal) && !ThreeSixtyGivingQualityText.LooksLikeCharityNumber(id.Substring(7)))
                    || (upper.StartsWith("GB-COH-", StringComparison.Ordinal) && !ThreeSixtyGivingQualityText.LooksLikeCompanyNumber(id.Substring(7)));
                if (invalid)
                {
                    T(ThreeSixtyGivingCheck.OrganizationIdLooksInvalid).FlagEach(at, member, j, "/id");
                }
                if (id.IndexOf('\n') >= 0)
                {
                    T(ThreeSixtyGivingCheck.OrganizationIdUnexpectedChars).FlagEach(at, member, j, "/id");
                }
            }
            j++;
        }
    }

    private void Funders(JsonElement funders, string at)
    {
        if (funders.ValueKind != JsonValueKind.Array)
        {
            return;
        }
        int j = 0;
        foreach (var funder in funders.EnumerateArray())
        {
            string? id = Text(funder, "id");
            if (!string.IsNullOrEmpty(id) && funderIds.Add(id!))
            {
                T(ThreeSixtyGivingCheck.MoreThanOneFundingOrg).Flag(at, "/fundingOrganization/", j, "/id");
            }
            string? name = Text(funder, "name");
            if (id is not null && name is not null)
            {
                if (firstNameOfId.TryGetValue(id, out var firstName))
                {
                    if (!string.Equals(firstName, name, StringComparison.Ordinal))
                    {
                        T(ThreeSixtyGivingCheck.MultiFundingNamesForOrgId).FlagEach(at, "/fundingOrganization/", j, "/name");
                    }
                }
                else
                {
                    firstNameOfId.Add(id, name);
                }
                if (firstIdOfName.TryGetValue(name, out var firstId))
                {
                    if (!string.Equals(firstId, id, StringComparison.Ordinal))
                    {
                        T(ThreeSixtyGivingCheck.MultiFundingOrgIdsForName).FlagEach(at, "/fundingOrganization/", j, "/id");
                    }
                }
                else
                {
                    firstIdOfName.Add(name, id);
                }
            }
            j++;
        }
    }

    private void Flatten(JsonElement value, string at, string path)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                var names = new List<string>();
                foreach (var property in value.EnumerateObject())
                {
                    names.Add(property.Name);
                }
                names.Sort(StringComparer.Ordinal);
                foreach (string name in names)
                {
                    Flatten(value.GetProperty(name), at, path + "/" + name);
                }
                break;
            case JsonValueKind.Array:
                int index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    // Arrays of objects are walked; scalars in arrays are leaves; arrays in arrays are not text.
                    if (item.ValueKind != JsonValueKind.Array)
                    {
                        Flatten(item, at, path + "/" + index.ToString(CultureInfo.InvariantCulture));
                    }
                    index++;
                }
                break;
            case JsonValueKind.String:
                if (path.IndexOf("email", StringComparison.Ordinal) < 0 && ThreeSixtyGivingQualityText.ContainsEmailLikeText(value.GetString()!))
                {
                    T(ThreeSixtyGivingCheck.LooksLikeEmail).FlagEach(at, path, -1, "");
                }
                break;
        }
    }

    private void Dates(JsonElement grant, string at)
    {
        var plannedDates = Member(grant, "plannedDates");
        var actualDates = Member(grant, "actualDates");
        // An empty plannedDates or actualDates array makes the tool skip the grant in every date check.
        if ((plannedDates.ValueKind == JsonValueKind.Array && plannedDates.GetArrayLength() == 0)
            || (actualDates.ValueKind == JsonValueKind.Array && actualDates.GetArrayLength() == 0))
        {
            return;
        }
        var planned = First(plannedDates);
        var actual = First(actualDates);
        var award = ReadDate(grant, "awardDate");
        var plannedStart = ReadDate(planned, "startDate");
        var plannedEnd = ReadDate(planned, "endDate");
        var actualStart = ReadDate(actual, "startDate");
        var actualEnd = ReadDate(actual, "endDate");
        (ToolDate Date, string Path)[] all =
        [
            (award, "/awardDate"),
            (plannedStart, "/plannedDates/0/startDate"),
            (plannedEnd, "/plannedDates/0/endDate"),
            (actualStart, "/actualDates/0/startDate"),
            (actualEnd, "/actualDates/0/endDate"),
        ];

        // DQT-011 ImpossibleDates: the first date that cannot exist.
        foreach (var (date, path) in all)
        {
            if (date.Outcome == ToolDateOutcome.Impossible)
            {
                T(ThreeSixtyGivingCheck.ImpossibleDates).FlagGrant(at, path);
                break;
            }
        }

        // DQT-012, DQT-013: start after end, by date.
        if (plannedStart.IsValid && plannedEnd.IsValid && plannedStart.Date > plannedEnd.Date)
        {
            T(ThreeSixtyGivingCheck.PlannedStartDateBeforeEndDate).FlagGrant(at, "/plannedDates/0/startDate");
        }
        if (actualStart.IsValid && actualEnd.IsValid && actualStart.Date > actualEnd.Date)
        {
            T(ThreeSixtyGivingCheck.ActualStartDateBeforeEndDate).FlagGrant(at, "/actualDates/0/startDate");
        }

        // DQT-014, DQT-015: later than now plus 12 (planned) or 5 (actual) years. The tool compares midnight of the
        // date with the time now, so the date must be at least a day past the anniversary.
        FirstAfter(T(ThreeSixtyGivingCheck.FarFuturePlannedDates), at, YearsOn(12),
            (plannedStart, "/plannedDates/0/startDate"), (plannedEnd, "/plannedDates/0/endDate"));
        FirstAfter(T(ThreeSixtyGivingCheck.FarFutureActualDates), at, YearsOn(5),
            (actualStart, "/actualDates/0/startDate"), (actualEnd, "/actualDates/0/endDate"));

        // DQT-016 FarPastDates: earlier than now less 25 years, so the same calendar day counts.
        var limit = YearsOn(-25);
        foreach (var (date, path) in all)
        {
            if (date.IsValid && limit is { } past && date.Date <= past)
            {
                T(ThreeSixtyGivingCheck.FarPastDates).FlagGrant(at, path);
                break;
            }
        }

        // DQT-017 PostDatedAwardDates: an award date later than now, so tomorrow or later.
        if (award.IsValid && award.Date > asOf)
        {
            T(ThreeSixtyGivingCheck.PostDatedAwardDates).FlagGrant(at, "/awardDate");
        }
    }

    // asOf moved by whole years (29 February to 28 February), or null when that is outside the calendar NodaTime
    // knows (years -9998 to 9999): then no date read from a package, whose years are 0001 to 9999, is beyond it.
    private LocalDate? YearsOn(int years) =>
        asOf.Year + years is >= -9997 and <= 9998 ? asOf.PlusYears(years) : null;

    private static void FirstAfter(Tally tally, string at, LocalDate? limit, (ToolDate Date, string Path) start, (ToolDate Date, string Path) end)
    {
        if (limit is not { } after)
        {
            return;
        }
        foreach (var (date, path) in new[] { start, end })
        {
            if (date.IsValid && date.Date > after)
            {
                tally.FlagGrant(at, path);
                return;
            }
        }
    }

    private static void Prefix360G(JsonElement organisations, Tally tally, string at, string member)
    {
        if (organisations.ValueKind != JsonValueKind.Array)
        {
            return;
        }
        int j = 0;
        foreach (var organisation in organisations.EnumerateArray())
        {
            if (Text(organisation, "id") is { } id && id.StartsWith("360g", StringComparison.OrdinalIgnoreCase))
            {
                tally.FlagEach(at, member, j, "/id");
            }
            j++;
        }
    }

    private void RecipientDetails(JsonElement recipients, string at)
    {
        if (recipients.ValueKind != JsonValueKind.Array)
        {
            return;
        }
        var numbers = T(ThreeSixtyGivingCheck.NoRecipientOrgCompanyCharityNumber);
        var location = T(ThreeSixtyGivingCheck.IncompleteRecipientOrg);
        bool noNumbers = false;
        bool noLocation = false;
        int j = 0;
        foreach (var organisation in recipients.EnumerateArray())
        {
            if (organisation.ValueKind != JsonValueKind.Object)
            {
                j++;
                continue;
            }
            if (!Truthy(Member(organisation, "companyNumber")) && !Truthy(Member(organisation, "charityNumber")))
            {
                numbers.Flag(at, "/recipientOrganization/", j, "/id");
                noNumbers = true;
            }
            bool geoCoded = false;
            var locations = Member(organisation, "location");
            if (locations.ValueKind == JsonValueKind.Array)
            {
                foreach (var place in locations.EnumerateArray())
                {
                    geoCoded |= Truthy(Member(place, "geoCode"));
                }
            }
            if (!Truthy(Member(organisation, "postalCode")) && !geoCoded)
            {
                location.Flag(at, "/recipientOrganization/", j, "/id");
                noLocation = true;
            }
            j++;
        }
        numbers.Count += noNumbers ? 1 : 0;
        location.Count += noLocation ? 1 : 0;
    }

    private ThreeSixtyGivingQualityReport Report(int grantCount, int individuals)
    {
        var quality = new List<ThreeSixtyGivingQualityFinding>();
        var critical = new List<ThreeSixtyGivingQualityFinding>();
        var usefulness = new List<ThreeSixtyGivingQualityFinding>();
        foreach (var check in ThreeSixtyGivingCheck.All)
        {
            var tally = T(check);
            bool failed = check.Style == HeadingStyle.DistinctFunders ? tally.LocationCount > 1 : tally.LocationCount > 0;
            if (!failed)
            {
                continue;
            }
            var finding = Describe(check, tally, grantCount, individuals);
            (check.Category == ThreeSixtyGivingCheckCategory.Usefulness ? usefulness : check.IsCritical ? critical : quality).Add(finding);
        }
        critical.AddRange(quality);
        critical.AddRange(usefulness);
        return new ThreeSixtyGivingQualityReport(asOf, grantCount, individuals, ValueList<ThreeSixtyGivingQualityFinding>.Own(critical.ToArray()));
    }

    // The heading and share (quality-checks.md §1.6).
    private static ThreeSixtyGivingQualityFinding Describe(ThreeSixtyGivingCheck check, Tally tally, int grantCount, int individuals)
    {
        int count = tally.Count;
        string heading;
        // The share as count of total (quality-checks.md §1.6), taken exactly; its percentage as the tool rounds it.
        int shareCount;
        int shareTotal;
        int total = check.Relevance switch
        {
            CheckRelevance.RecipientOrganisation => grantCount - individuals,
            CheckRelevance.RecipientIndividual => individuals,
            _ => grantCount,
        };
        if (check.Style == HeadingStyle.DistinctFunders)
        {
            count = 0;
            (shareCount, shareTotal) = (0, 1);
            heading = Number(tally.LocationCount) + " " + check.HeadingText;
        }
        else
        {
            bool one = count == 1;
            string noun = one ? "grant" : "grants";
            string verb = !one ? check.Verb : check.Verb switch { "have" => "has", "do" => "does", _ => check.Verb + "s" };
            if (check.Relevance == CheckRelevance.RecipientIndividual && individuals == 0)
            {
                count = 0;
            }
            (shareCount, shareTotal) = (count, Math.Max(total, 1));
            string word = check.Relevance switch
            {
                CheckRelevance.RecipientOrganisation => "recipient organisation",
                CheckRelevance.RecipientIndividual => "recipient individual",
                _ => "",
            };
            string lead;
            if (check.Style == HeadingStyle.Count)
            {
                lead = Number(count);
            }
            else if (grantCount == 1 && count == 1)
            {
                lead = "1 " + word;
                (shareCount, shareTotal) = (1, 1);
            }
            else if (count <= 5)
            {
                lead = Number(count) + " " + word;
            }
            else
            {
                lead = Number(PythonShares.Percent(shareCount, shareTotal)) + "% of " + word;
            }
            heading = string.Join(" ", new[] { lead, noun, verb, check.HeadingText }).Replace("  ", " ");
        }
        int percentage = PythonShares.Percent(shareCount, shareTotal);
        var figures = new List<FindingFigure>
        {
            new("count", Number(count)),
            new("share", Number(percentage) + "%"),
            new("out of", Number(total) + (check.Relevance switch
            {
                CheckRelevance.RecipientOrganisation => " grants to organisations",
                CheckRelevance.RecipientIndividual => " grants to individuals",
                _ => " grants",
            })),
            new("locations", Number(tally.LocationCount)),
        };
        var finding = new Finding(check.Id, check.Severity, "grants", heading, figures, check.Source);
        return new ThreeSixtyGivingQualityFinding(check, count, PythonShares.Share(shareCount, shareTotal), percentage, heading,
            ValueList<string>.Own(tally.Locations.ToArray()), tally.LocationCount, finding);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static JsonElement Member(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : default;

    private static string? Text(JsonElement element, string name)
    {
        var value = Member(element, name);
        return value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }

    private static JsonElement First(JsonElement array) =>
        array.ValueKind == JsonValueKind.Array && array.GetArrayLength() > 0 ? array[0] : default;

    private static ToolDate ReadDate(JsonElement holder, string name)
    {
        // Empty, missing and non-text dates are passed over (schema validation reports the non-text ones).
        if (Text(holder, name) is not { Length: > 0 } text)
        {
            return default;
        }
        var outcome = ThreeSixtyGivingQualityText.ReadDate(text, out var date);
        return new ToolDate(true, outcome, date);
    }

    // Python's truth of a JSON value: null, false, 0, "", [] and {} are false.
    private static bool Truthy(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.String => value.GetString()!.Length > 0,
        JsonValueKind.Number => !IsZero(value),
        JsonValueKind.Array => value.GetArrayLength() > 0,
        JsonValueKind.Object => HasMembers(value),
        _ => false,
    };

    private static bool HasMembers(JsonElement value)
    {
        foreach (var _ in value.EnumerateObject())
        {
            return true;
        }
        return false;
    }

    // Whether a JSON number is 0: every digit before the exponent is 0 (0, 0.00, -0, 0e5), read from its text, so that
    // no number is too large to decide.
    private static bool IsZero(JsonElement number)
    {
        string text = number.GetRawText();
        foreach (char c in text)
        {
            if (c == 'e' || c == 'E')
            {
                break;
            }
            if (c >= '1' && c <= '9')
            {
                return false;
            }
        }
        return true;
    }

    // Python's str() of the value the tool reads: text as it is, a number as written, null as "None", true/false as
    // "True"/"False"; an object or array as something no number test accepts.
    private static string PythonString(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.Null => "None",
        JsonValueKind.True => "True",
        JsonValueKind.False => "False",
        _ => "{}",
    };

    private readonly struct ToolDate(bool present, ToolDateOutcome outcome, LocalDate date)
    {
        internal ToolDateOutcome Outcome { get; } = present ? outcome : ToolDateOutcome.Mismatch;

        internal bool IsValid => present && Outcome == ToolDateOutcome.Valid;

        internal LocalDate Date { get; } = date;
    }

    // What one check has found so far: its count, the first locations, and how many locations in all.
    private sealed class Tally
    {
        internal int Count { get; set; }

        internal List<string> Locations { get; } = [];

        internal int LocationCount { get; private set; }

        // A location, counting nothing (the caller counts the grant).
        internal void Flag(string at, string member, int index, string field)
        {
            LocationCount++;
            if (Locations.Count < ThreeSixtyGivingQuality.MaxLocations)
            {
                Locations.Add(index >= 0 ? at + member + index.ToString(CultureInfo.InvariantCulture) + field : at + member + field);
            }
        }

        // A location that counts one: an organisation, a field or a location entry.
        internal void FlagEach(string at, string member, int index, string field)
        {
            Flag(at, member, index, field);
            Count++;
        }

        // The one location of a grant, counting the grant.
        internal void FlagGrant(string at, string field) => FlagEach(at, field, -1, "");
    }
}
