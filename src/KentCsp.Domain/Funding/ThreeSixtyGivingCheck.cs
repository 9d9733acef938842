using System;
using Ardalis.SmartEnum;

namespace KentCsp.Domain.Funding;

/// <summary>
/// One of the 36 checks that 360Giving's Data Quality Tool runs on a 360Giving package after schema validation, as
/// <see cref="ThreeSixtyGivingQuality"/> runs them: its stable id, the tool's name for it, its category, whether the
/// tool calls it critical, what makes it fire, and its source.
/// </summary>
/// <remarks>
/// <para>Ids run <c>DQT-001</c> to <c>DQT-036</c> in the tool's registry order, which is also the order it runs and
/// reports them: the 21 quality checks (<see cref="ThreeSixtyGivingCheckCategory.Quality"/>), then the 15 usefulness
/// checks. Ids are stable: a check keeps its id for good and a retired id is never reused.</para>
/// <para>Severity: the 9 checks the tool marks critical (importance 100, "Critical issue") are
/// <see cref="FindingSeverity.Error"/>; the other quality checks <see cref="FindingSeverity.Warning"/>; usefulness
/// checks <see cref="FindingSeverity.Information"/>.</para>
/// <para>Every check's basis is the Data Quality Tool (ThreeSixtyGiving/dataquality, commit 783b746f, 12 May 2026,
/// <c>lib360dataquality/cove/threesixtygiving.py</c> and <c>check_field_present.py</c>), with the class that
/// implements it there (<see cref="ToolName"/>). The catalogue is closed; <see cref="SmartEnum{TEnum, TValue}.Name"/>
/// is the stable name.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ThreeSixtyGivingCheck : RuleCatalogue<ThreeSixtyGivingCheck>
{
    /// <summary>DQT-001 (ZeroAmountTest): grant of £0.</summary>
    public static readonly ThreeSixtyGivingCheck ZeroAmount = new(nameof(ZeroAmount), 1, "ZeroAmountTest", ThreeSixtyGivingCheckCategory.Quality, ThreeSixtyGivingCheckTopic.Grants, critical: true,
        CheckRelevance.Any, HeadingStyle.Count, "have",
        "a value of £0",
        "an amountAwarded equal to 0 (also 0.00, -0 and false)",
        "grant of £0",
        "Grants of £0 are unusual: review them, and if they are right explain them in the description.");

    /// <summary>DQT-002 (FundingOrgUnrecognisedPrefix): funder identifier from no recognised register.</summary>
    public static readonly ThreeSixtyGivingCheck FundingOrgUnrecognisedPrefix = new(nameof(FundingOrgUnrecognisedPrefix), 2, "FundingOrgUnrecognisedPrefix", ThreeSixtyGivingCheckCategory.Quality, ThreeSixtyGivingCheckTopic.Organisations, critical: false,
        CheckRelevance.Any, HeadingStyle.Count, "have",
        "a Funding Org:Identifier that does not draw from a recognised register",
        "an identifier not starting, ignoring case, with an org-id list code or 360G",
        "funder identifier from no recognised register",
        "The funding organisation's identifier does not start with the prefix of a register listed on org-id.guide (or 360G): use an identifier from a recognised register.");

    /// <summary>DQT-003 (RecipientOrgUnrecognisedPrefix): recipient identifier from no recognised register.</summary>
    public static readonly ThreeSixtyGivingCheck RecipientOrgUnrecognisedPrefix = new(nameof(RecipientOrgUnrecognisedPrefix), 3, "RecipientOrgUnrecognisedPrefix", ThreeSixtyGivingCheckCategory.Quality, ThreeSixtyGivingCheckTopic.Organisations, critical: false,
        CheckRelevance.RecipientOrganisation, HeadingStyle.Count, "have",
        "a Recipient Org:Identifier that does not draw from a recognised register",
        "an identifier not starting, ignoring case, with an org-id list code or 360G",
        "recipient identifier from no recognised register",
        "The recipient organisation's identifier does not start with the prefix of a register listed on org-id.guide (or 360G): use an identifier from a recognised register.");

    /// <summary>DQT-004 (RecipientOrgCharityNumber): charity number that does not look like one.</summary>
    public static readonly ThreeSixtyGivingCheck RecipientOrgCharityNumber = new(nameof(RecipientOrgCharityNumber), 4, "RecipientOrgCharityNumber", ThreeSixtyGivingCheckCategory.Quality, ThreeSixtyGivingCheckTopic.Organisations, critical: false,
        CheckRelevance.RecipientOrganisation, HeadingStyle.Count, "have",
        "a value provided in the Recipient Org:Charity Number column that doesn’t look like a UK charity number",
        "after two leading letters are removed, not 6 or 7 characters that read as a whole number",
        "charity number that does not look like one",
        "A recipient's charity number is not 6 or 7 digits (after removing a two-letter prefix such as SC or NI): a digit missing or extra, or text. Check it on FindThatCharity; a number from outside the UK may also fire.");

    /// <summary>DQT-005 (RecipientOrgCompanyNumber): company number that does not look like one.</summary>
    public static readonly ThreeSixtyGivingCheck RecipientOrgCompanyNumber = new(nameof(RecipientOrgCompanyNumber), 5, "RecipientOrgCompanyNumber", ThreeSixtyGivingCheckCategory.Quality, ThreeSixtyGivingCheckTopic.Organisations, critical: false,
        CheckRelevance.RecipientOrganisation, HeadingStyle.Count, "have",
        "a value provided in the Recipient Org:Company Number column that doesn’t look like a company number",
        "not exactly 8 letters, digits or underscores",
        "company number that does not look like one",
        "A recipient's company number is not 8 characters: UK company numbers are 8 digits (09876543) or two letters and 6 digits (SC123459). Check it at Companies House.");

    /// <summary>DQT-006 (OrganizationIdLooksInvalid): organisation identifier that may not be valid.</summary>
    public static readonly ThreeSixtyGivingCheck OrganizationIdLooksInvalid = new(nameof(OrganizationIdLooksInvalid), 6, "OrganizationIdLooksInvalid", ThreeSixtyGivingCheckCategory.Quality, ThreeSixtyGivingCheckTopic.Organisations, critical: false,
        CheckRelevance.RecipientOrganisation, HeadingStyle.Count, "have",
        "a Funding or Recipient Organisation identifier that might not be valid",
        "a GB-CHC- identifier whose number is not 6 or 7 digits, or a GB-COH- identifier whose number is not 8 characters",
        "organisation identifier that may not be valid",
        "An organisation identifier is not valid for the register its prefix names, e.g. GB-CHC- with a number that is not a charity number.");

    /// <summary>DQT-007 (OrganizationIdUnexpectedChars): organisation identifier with a line break.</summary>
    public static readonly ThreeSixtyGivingCheck OrganizationIdUnexpectedChars = new(nameof(OrganizationIdUnexpectedChars), 7, "OrganizationIdUnexpectedChars", ThreeSixtyGivingCheckCategory.Quality, ThreeSixtyGivingCheckTopic.Organisations, critical: true,
        CheckRelevance.RecipientOrganisation, HeadingStyle.Count, "have",
        "a Funding or Recipient Organisation identifier that contains unexpected characters. If published this grant will not appear in GrantNav.",
        "an identifier containing a line feed",
        "organisation identifier with a line break",
        "An organisation identifier contains a line break, which breaks 360Giving's tools: remove it.");

    /// <summary>DQT-008 (GrantIdUnexpectedChars): grant identifier with a line break.</summary>
    public static readonly ThreeSixtyGivingCheck GrantIdUnexpectedChars = new(nameof(GrantIdUnexpectedChars), 8, "GrantIdUnexpectedChars", ThreeSixtyGivingCheckCategory.Quality, ThreeSixtyGivingCheckTopic.Grants, critical: true,
        CheckRelevance.Any, HeadingStyle.Count, "have",
        "a Grant Identifier that contains unexpected characters. If published this grant will not appear in GrantNav.",
        "a grant identifier containing a line feed",
        "grant identifier with a line break",
        "A grant identifier contains a line break: the grant would not appear in 360Giving's tools.");

    /// <summary>DQT-009 (MoreThanOneFundingOrg): more than one funder.</summary>
    public static readonly ThreeSixtyGivingCheck MoreThanOneFundingOrg = new(nameof(MoreThanOneFundingOrg), 9, "MoreThanOneFundingOrg", ThreeSixtyGivingCheckCategory.Quality, ThreeSixtyGivingCheckTopic.Organisations, critical: true,
        CheckRelevance.Any, HeadingStyle.DistinctFunders, "have",
        "different funding organisation identifiers listed",
        "more than 1 distinct funding organisation identifier in the package",
        "more than one funder",
        "The package names more than one funding organisation identifier: if you publish for one funder, review the Funding Org:Identifier; if you publish for several, ignore this.");

    /// <summary>DQT-010 (LooksLikeEmail): text that looks like an email address.</summary>
    public static readonly ThreeSixtyGivingCheck LooksLikeEmail = new(nameof(LooksLikeEmail), 10, "LooksLikeEmail", ThreeSixtyGivingCheckCategory.Quality, ThreeSixtyGivingCheckTopic.DataProtection, critical: true,
        CheckRelevance.Any, HeadingStyle.Count, "contain",
        "text that looks like an email address",
        "any text matching [\\w.-]+@[\\w.-]+\\.[\\w.-]+, outside fields whose path contains \"email\"",
        "text that looks like an email address",
        "A field holds text that looks like an email address, which may be personal data: remove it, or publish it only with consent.");

    /// <summary>DQT-011 (ImpossibleDates): date that does not exist.</summary>
    public static readonly ThreeSixtyGivingCheck ImpossibleDates = new(nameof(ImpossibleDates), 11, "ImpossibleDates", ThreeSixtyGivingCheckCategory.Quality, ThreeSixtyGivingCheckTopic.Dates, critical: true,
        CheckRelevance.Any, HeadingStyle.Banded, "have",
        "dates that don’t exist",
        "a date in the form YYYY-MM-DD that no calendar has, such as 2021-02-29 or 2020-09-31",
        "date that does not exist",
        "A date does not exist (31 September, 29 February in a year that is not a leap year): usually a typing error.");

    /// <summary>DQT-012 (PlannedStartDateBeforeEndDate): planned start after planned end.</summary>
    public static readonly ThreeSixtyGivingCheck PlannedStartDateBeforeEndDate = new(nameof(PlannedStartDateBeforeEndDate), 12, "PlannedStartDateBeforeEndDate", ThreeSixtyGivingCheckCategory.Quality, ThreeSixtyGivingCheckTopic.Dates, critical: false,
        CheckRelevance.Any, HeadingStyle.Banded, "have",
        "Planned Dates:Start Date entries that are after the corresponding Planned Dates:End Date",
        "a planned start date later than the planned end date",
        "planned start after planned end",
        "The planned start date is after the planned end date: the fields may be swapped, mistyped, or formatted as the spreadsheet chose.");

    /// <summary>DQT-013 (ActualStartDateBeforeEndDate): actual start after actual end.</summary>
    public static readonly ThreeSixtyGivingCheck ActualStartDateBeforeEndDate = new(nameof(ActualStartDateBeforeEndDate), 13, "ActualStartDateBeforeEndDate", ThreeSixtyGivingCheckCategory.Quality, ThreeSixtyGivingCheckTopic.Dates, critical: false,
        CheckRelevance.Any, HeadingStyle.Banded, "have",
        "Actual Dates:Start Date entries that are after the corresponding Actual Dates:End Date",
        "an actual start date later than the actual end date",
        "actual start after actual end",
        "The actual start date is after the actual end date: the fields may be swapped, mistyped, or formatted as the spreadsheet chose.");

    /// <summary>DQT-014 (FarFuturePlannedDates): planned date over 12 years ahead.</summary>
    public static readonly ThreeSixtyGivingCheck FarFuturePlannedDates = new(nameof(FarFuturePlannedDates), 14, "FarFuturePlannedDates", ThreeSixtyGivingCheckCategory.Quality, ThreeSixtyGivingCheckTopic.Dates, critical: false,
        CheckRelevance.Any, HeadingStyle.Banded, "have",
        "Planned Dates that are over 12 years in the future",
        "a planned date more than 12 years after the day checked",
        "planned date over 12 years ahead",
        "A planned date is more than 12 years ahead: it may be right; otherwise look for a typing error.");

    /// <summary>DQT-015 (FarFutureActualDates): actual date over 5 years ahead.</summary>
    public static readonly ThreeSixtyGivingCheck FarFutureActualDates = new(nameof(FarFutureActualDates), 15, "FarFutureActualDates", ThreeSixtyGivingCheckCategory.Quality, ThreeSixtyGivingCheckTopic.Dates, critical: false,
        CheckRelevance.Any, HeadingStyle.Banded, "have",
        "Actual Date entries that are over 5 years in the future",
        "an actual date more than 5 years after the day checked",
        "actual date over 5 years ahead",
        "An actual date is more than 5 years ahead: it may be right; otherwise look for a typing error.");

    /// <summary>DQT-016 (FarPastDates): date over 25 years ago.</summary>
    public static readonly ThreeSixtyGivingCheck FarPastDates = new(nameof(FarPastDates), 16, "FarPastDates", ThreeSixtyGivingCheckCategory.Quality, ThreeSixtyGivingCheckTopic.Dates, critical: false,
        CheckRelevance.Any, HeadingStyle.Banded, "have",
        "dates that are over 25 years ago",
        "a date 25 years or more before the day checked",
        "date over 25 years ago",
        "A date is more than 25 years ago: it may be right; otherwise look for a typing error.");

    /// <summary>DQT-017 (PostDatedAwardDates): award date in the future.</summary>
    public static readonly ThreeSixtyGivingCheck PostDatedAwardDates = new(nameof(PostDatedAwardDates), 17, "PostDatedAwardDates", ThreeSixtyGivingCheckCategory.Quality, ThreeSixtyGivingCheckTopic.Dates, critical: true,
        CheckRelevance.Any, HeadingStyle.Banded, "have",
        "Award Dates that are in the future",
        "an award date after the day checked",
        "award date in the future",
        "The award date is the date of the decision, so it is normally in the past: this may be a typing error, or a grant not yet committed.");

    /// <summary>DQT-018 (RecipientIndDEI): grant to an individual with DEI information.</summary>
    public static readonly ThreeSixtyGivingCheck RecipientIndDEI = new(nameof(RecipientIndDEI), 18, "RecipientIndDEI", ThreeSixtyGivingCheckCategory.Quality, ThreeSixtyGivingCheckTopic.DataProtection, critical: true,
        CheckRelevance.RecipientIndividual, HeadingStyle.Banded, "have",
        "Recipient Ind and DEI information",
        "a grant to an individual that has DEI information (a project member)",
        "grant to an individual with DEI information",
        "A grant to an individual carries diversity, equity and inclusion information: do not publish DEI data about individuals.");

    /// <summary>DQT-019 (GeoCodePostcode): postcode on a grant to an individual.</summary>
    public static readonly ThreeSixtyGivingCheck GeoCodePostcode = new(nameof(GeoCodePostcode), 19, "GeoCodePostcode", ThreeSixtyGivingCheckCategory.Quality, ThreeSixtyGivingCheckTopic.DataProtection, critical: true,
        CheckRelevance.RecipientIndividual, HeadingStyle.Banded, "have",
        "Geographic Code that looks like a postcode",
        "a beneficiary geoCode shaped like a UK postcode, on a grant to an individual",
        "postcode on a grant to an individual",
        "A grant to an individual gives a beneficiary location code that looks like a postcode: do not share postcodes on grants to individuals.");

    /// <summary>DQT-020 (MultiFundingNamesForOrgId): second name for a funder identifier.</summary>
    public static readonly ThreeSixtyGivingCheck MultiFundingNamesForOrgId = new(nameof(MultiFundingNamesForOrgId), 20, "MultiFundingNamesForOrgId", ThreeSixtyGivingCheckCategory.Quality, ThreeSixtyGivingCheckTopic.Organisations, critical: false,
        CheckRelevance.Any, HeadingStyle.Banded, "have",
        "introduced an additional Funding Org:Name for an existing Funding Org:Identifier",
        "a funder identifier with a name other than the one first seen with it",
        "second name for a funder identifier",
        "A funding organisation identifier appears with more than one name: check why.");

    /// <summary>DQT-021 (MultiFundingOrgIdsForName): second identifier for a funder name.</summary>
    public static readonly ThreeSixtyGivingCheck MultiFundingOrgIdsForName = new(nameof(MultiFundingOrgIdsForName), 21, "MultiFundingOrgIdsForName", ThreeSixtyGivingCheckCategory.Quality, ThreeSixtyGivingCheckTopic.Organisations, critical: false,
        CheckRelevance.Any, HeadingStyle.Banded, "have",
        "introduced an additional Funding Org:Identifier for an existing Funding Org:Name",
        "a funder name with an identifier other than the one first seen with it",
        "second identifier for a funder name",
        "A funding organisation name appears with more than one identifier: check why.");

    /// <summary>DQT-022 (RecipientOrg360GPrefix): recipient identifier starting 360G-.</summary>
    public static readonly ThreeSixtyGivingCheck RecipientOrg360GPrefix = new(nameof(RecipientOrg360GPrefix), 22, "RecipientOrg360GPrefix", ThreeSixtyGivingCheckCategory.Usefulness, ThreeSixtyGivingCheckTopic.Organisations, critical: false,
        CheckRelevance.RecipientOrganisation, HeadingStyle.Banded, "have",
        "a Recipient Org:Identifier that starts '360G-'",
        "a recipient identifier starting, ignoring case, with 360G",
        "recipient identifier starting 360G-",
        "Use an official register number for the recipient where one exists: 360G- identifiers are for groups that have none.");

    /// <summary>DQT-023 (FundingOrg360GPrefix): funder identifier starting 360G-.</summary>
    public static readonly ThreeSixtyGivingCheck FundingOrg360GPrefix = new(nameof(FundingOrg360GPrefix), 23, "FundingOrg360GPrefix", ThreeSixtyGivingCheckCategory.Usefulness, ThreeSixtyGivingCheckTopic.Organisations, critical: false,
        CheckRelevance.Any, HeadingStyle.Banded, "have",
        "a Funding Org:Identifier that starts '360G-'",
        "a funder identifier starting, ignoring case, with 360G",
        "funder identifier starting 360G-",
        "Prefer an official register number for the funder; otherwise reuse your 360Giving publisher prefix (360G-).");

    /// <summary>DQT-024 (NoRecipientOrgCompanyCharityNumber): recipient without a company or charity number.</summary>
    public static readonly ThreeSixtyGivingCheck NoRecipientOrgCompanyCharityNumber = new(nameof(NoRecipientOrgCompanyCharityNumber), 24, "NoRecipientOrgCompanyCharityNumber", ThreeSixtyGivingCheckCategory.Usefulness, ThreeSixtyGivingCheckTopic.Organisations, critical: false,
        CheckRelevance.RecipientOrganisation, HeadingStyle.Banded, "do",
        "not have either a Recipient Org:Company Number or a Recipient Org:Charity Number",
        "a recipient with neither a company number nor a charity number",
        "recipient without a company or charity number",
        "Separate company and charity numbers help match recipients to official data; ignore this if the recipients have none.");

    /// <summary>DQT-025 (IncompleteRecipientOrg): recipient without location.</summary>
    public static readonly ThreeSixtyGivingCheck IncompleteRecipientOrg = new(nameof(IncompleteRecipientOrg), 25, "IncompleteRecipientOrg", ThreeSixtyGivingCheckCategory.Usefulness, ThreeSixtyGivingCheckTopic.Location, critical: false,
        CheckRelevance.RecipientOrganisation, HeadingStyle.Banded, "do",
        "not have recipient organisation location information",
        "a recipient with no postal code and no location with a geoCode",
        "recipient without location",
        "Postcodes or geographic codes for recipients let the grants be mapped and linked to statistics.");

    /// <summary>DQT-026 (NoGrantProgramme): grant without a programme.</summary>
    public static readonly ThreeSixtyGivingCheck NoGrantProgramme = new(nameof(NoGrantProgramme), 26, "NoGrantProgramme", ThreeSixtyGivingCheckCategory.Usefulness, ThreeSixtyGivingCheckTopic.Grants, critical: false,
        CheckRelevance.Any, HeadingStyle.Banded, "do",
        "not contain any Grant Programme fields",
        "a grant with no grantProgramme",
        "grant without a programme",
        "Give the grant programme, so that users can group grants.");

    /// <summary>DQT-027 (NoBeneficiaryLocation): grant without a beneficiary location.</summary>
    public static readonly ThreeSixtyGivingCheck NoBeneficiaryLocation = new(nameof(NoBeneficiaryLocation), 27, "NoBeneficiaryLocation", ThreeSixtyGivingCheckCategory.Usefulness, ThreeSixtyGivingCheckTopic.Location, critical: false,
        CheckRelevance.Any, HeadingStyle.Banded, "do",
        "not contain any beneficiary location fields",
        "a grant with no beneficiaryLocation",
        "grant without a beneficiary location",
        "Give where the grant benefits, so that the grants can be mapped.");

    /// <summary>DQT-028 (TitleDescriptionSame): title and description the same.</summary>
    public static readonly ThreeSixtyGivingCheck TitleDescriptionSame = new(nameof(TitleDescriptionSame), 28, "TitleDescriptionSame", ThreeSixtyGivingCheckCategory.Usefulness, ThreeSixtyGivingCheckTopic.Grants, critical: false,
        CheckRelevance.Any, HeadingStyle.Banded, "have",
        "a title and a description that are the same",
        "a title and description that are exactly equal",
        "title and description the same",
        "The title and the description are the same: a description that says more helps users.");

    /// <summary>DQT-029 (TitleLength): title longer than 140 characters.</summary>
    public static readonly ThreeSixtyGivingCheck TitleLength = new(nameof(TitleLength), 29, "TitleLength", ThreeSixtyGivingCheckCategory.Usefulness, ThreeSixtyGivingCheckTopic.Grants, critical: false,
        CheckRelevance.Any, HeadingStyle.Banded, "have",
        "a title that is longer than recommended",
        "a title of more than 140 characters",
        "title longer than 140 characters",
        "Keep titles under 140 characters; put the detail in the description.");

    /// <summary>DQT-030 (NoLastModified): grant without last modified.</summary>
    public static readonly ThreeSixtyGivingCheck NoLastModified = new(nameof(NoLastModified), 30, "NoLastModified", ThreeSixtyGivingCheckCategory.Usefulness, ThreeSixtyGivingCheckTopic.Metadata, critical: false,
        CheckRelevance.Any, HeadingStyle.Banded, "do",
        "not have Last Modified information",
        "a grant with no dateModified",
        "grant without last modified",
        "Give the date each grant was last modified, so that users can tell what changed.");

    /// <summary>DQT-031 (NoDataSource): grant without data source.</summary>
    public static readonly ThreeSixtyGivingCheck NoDataSource = new(nameof(NoDataSource), 31, "NoDataSource", ThreeSixtyGivingCheckCategory.Usefulness, ThreeSixtyGivingCheckTopic.Metadata, critical: false,
        CheckRelevance.Any, HeadingStyle.Banded, "do",
        "not have Data Source information",
        "a grant with no dataSource",
        "grant without data source",
        "Give where each grant's data comes from.");

    /// <summary>DQT-032 (RecipientIndWithoutToIndividualsDetails): grant to an individual without purpose or reason.</summary>
    public static readonly ThreeSixtyGivingCheck RecipientIndWithoutToIndividualsDetails = new(nameof(RecipientIndWithoutToIndividualsDetails), 32, "RecipientIndWithoutToIndividualsDetails", ThreeSixtyGivingCheckCategory.Usefulness, ThreeSixtyGivingCheckTopic.Grants, critical: false,
        CheckRelevance.RecipientIndividual, HeadingStyle.Banded, "have",
        "Recipient individual grant with no To Individuals Details:Grant Purpose or To Individuals Details:Primary Grant Reason",
        "a grant to an individual without toIndividualsDetails",
        "grant to an individual without purpose or reason",
        "Give the purpose and primary reason codes of grants to individuals.");

    /// <summary>DQT-033 (PlannedDurationNotPresent): no planned duration or dates.</summary>
    public static readonly ThreeSixtyGivingCheck PlannedDurationNotPresent = new(nameof(PlannedDurationNotPresent), 33, "PlannedDurationNotPresent", ThreeSixtyGivingCheckCategory.Usefulness, ThreeSixtyGivingCheckTopic.Grants, critical: false,
        CheckRelevance.Any, HeadingStyle.Banded, "have",
        "neither a planned duration or start and end dates found",
        "a grant whose first plannedDates entry has neither a duration nor both a start and an end date",
        "no planned duration or dates",
        "Give the planned start and end dates, or the duration in months.");

    /// <summary>DQT-034 (BeneficiaryLocationNameButNoCode): beneficiary location without a code.</summary>
    public static readonly ThreeSixtyGivingCheck BeneficiaryLocationNameButNoCode = new(nameof(BeneficiaryLocationNameButNoCode), 34, "BeneficiaryLocationNameButNoCode", ThreeSixtyGivingCheckCategory.Usefulness, ThreeSixtyGivingCheckTopic.Location, critical: false,
        CheckRelevance.Any, HeadingStyle.Banded, "have",
        "Beneficiary location name found but no beneficiary location code",
        "a beneficiary location with a name and no geoCode",
        "beneficiary location without a code",
        "Give a geographic code with each beneficiary location name, so that the location can be mapped.");

    /// <summary>DQT-035 (BeneficiaryButNotRecipientGeoData): beneficiary location but no recipient location.</summary>
    public static readonly ThreeSixtyGivingCheck BeneficiaryButNotRecipientGeoData = new(nameof(BeneficiaryButNotRecipientGeoData), 35, "BeneficiaryButNotRecipientGeoData", ThreeSixtyGivingCheckCategory.Usefulness, ThreeSixtyGivingCheckTopic.Location, critical: false,
        CheckRelevance.RecipientOrganisation, HeadingStyle.Banded, "have",
        "Beneficiary location data found but no Recipient Organisation location data",
        "a grant with a beneficiary location whose first recipient has no postal code and no location",
        "beneficiary location but no recipient location",
        "The grant says where it benefits but not where the recipient is: give the recipient's location too.");

    /// <summary>DQT-036 (RecipientGeoDataButNoBeneficiary): recipient location but no beneficiary location.</summary>
    public static readonly ThreeSixtyGivingCheck RecipientGeoDataButNoBeneficiary = new(nameof(RecipientGeoDataButNoBeneficiary), 36, "RecipientGeoDataButNoBeneficiary", ThreeSixtyGivingCheckCategory.Usefulness, ThreeSixtyGivingCheckTopic.Location, critical: false,
        CheckRelevance.RecipientOrganisation, HeadingStyle.Banded, "have",
        "Recipient Organisation location data found but no Beneficiary location data",
        "a grant whose first recipient has a location and which has no beneficiary location",
        "recipient location but no beneficiary location",
        "The grant says where the recipient is but not where it benefits: give the beneficiary location too.");

    private ThreeSixtyGivingCheck(string name, int value, string toolName, ThreeSixtyGivingCheckCategory category, ThreeSixtyGivingCheckTopic topic,
        bool critical, CheckRelevance relevance, HeadingStyle style, string verb, string headingText, string threshold, string title, string meaning)
        : base(name, value, "DQT", critical ? FindingSeverity.Error : category == ThreeSixtyGivingCheckCategory.Quality ? FindingSeverity.Warning : FindingSeverity.Information,
            title, meaning, "360Giving Data Quality Tool, " + toolName)
    {
        ToolName = toolName;
        Category = category;
        Topic = topic;
        IsCritical = critical;
        Relevance = relevance;
        Style = style;
        Verb = verb;
        HeadingText = headingText;
        Threshold = threshold;
    }

    /// <summary>The name of the class that implements the check in the Data Quality Tool, e.g. "ZeroAmountTest".</summary>
    public string ToolName { get; }

    /// <summary>Whether the check is about quality or usefulness.</summary>
    public ThreeSixtyGivingCheckCategory Category { get; }

    /// <summary>What the check is about, as the Data Quality Tool groups its results (the tool's "category").</summary>
    public ThreeSixtyGivingCheckTopic Topic { get; }

    /// <summary>Whether the Data Quality Tool calls the check critical (importance 100, "Critical issue").</summary>
    public bool IsCritical { get; }

    /// <summary>What makes the check fire, in words, e.g. "a title of more than 140 characters".</summary>
    public string Threshold { get; }

    /// <summary>Which grants the check's share is out of.</summary>
    internal CheckRelevance Relevance { get; }

    /// <summary>How the check's heading is built.</summary>
    internal HeadingStyle Style { get; }

    /// <summary>The verb of the heading for a count other than 1 ("have", "do", "contain").</summary>
    internal string Verb { get; }

    /// <summary>The heading after "N grants have".</summary>
    internal string HeadingText { get; }

    /// <summary>The check's source: <see cref="ThreeSixtyGivingQuality.Source"/> at the class that implements the check.</summary>
    public SourceDocument Source => ThreeSixtyGivingQuality.Source.At(ToolName);
}

/// <summary>Which grants a check's share is out of (quality-checks.md §1.6).</summary>
internal enum CheckRelevance
{
    /// <summary>All grants.</summary>
    Any,

    /// <summary>Grants to organisations: all grants less those with a truthy <c>recipientIndividual</c>.</summary>
    RecipientOrganisation,

    /// <summary>Grants with a truthy <c>recipientIndividual</c>; with none, the count is reported as 0.</summary>
    RecipientIndividual,
}

/// <summary>How a check's heading is built (quality-checks.md §1.6).</summary>
internal enum HeadingStyle
{
    /// <summary>"N grants have …" with the raw count.</summary>
    Count,

    /// <summary>"N grants have …" up to 5, "P% of grants have …" above.</summary>
    Banded,

    /// <summary>"K different funding organisation identifiers listed".</summary>
    DistinctFunders,
}
