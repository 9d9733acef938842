using System;
using System.Collections.Generic;
using System.Linq;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Partnership;

/// <summary>
/// Checks a partnership against the Crime and Disorder Act 1998 s.5, the statutory duties around it and its own Terms
/// of Reference over a period, and reports every finding at once (<see cref="ComplianceRule"/>: <c>CSP-001</c> …).
/// </summary>
/// <remarks>
/// <para>Membership and the law are checked on the first day of the period and on every day within it when the law or
/// a membership changes, so a gap is reported from the day it opens. Meetings are counted per financial year that lies
/// wholly within the period (a part year cannot be judged) against the minimum in the partnership's Terms of Reference
/// approved by the year's end. Reviews and information sharing sign-up are judged on the last day of the period. Where
/// the record lacks what a rule needs, the rule is reported as not judged (<c>CSP-007</c>, information, never a
/// breach).</para>
/// <para>The rules that read the membership (<c>CSP-001</c>, <c>CSP-004</c>, <c>CSP-005</c>, <c>CSP-006</c>) are judged
/// only on days the record knows it (<see cref="PartnershipRecord.MembershipKnownFrom"/>); on the days in force of
/// s.5 before that they are reported as not judged. Before s.5 came into force
/// (<see cref="ResponsibleAuthorityKind.Section5InForceFrom"/>) no kind is required, so there is nothing to judge.</para>
/// <para>The duties judged on evidence (<c>CSP-008</c> annual public meeting, SI 2007/1830 reg 12(4); <c>CSP-009</c>
/// regard to the police and crime objectives, Crime and Disorder Act 1998 s.6(1A); <c>CSP-010</c> the local policing
/// body's regard to the responsible authorities' priorities, PRSRA 2011 s.10(1)) are judged per financial year wholly
/// within the period and on or after the day <see cref="PartnershipDutyPolicy"/> applies them, against the kinds of
/// responsible authority s.5(1) required (for a meeting, on its day; for a duty of regard, on the year's last day).
/// Without evidence each is reported as not judged.</para>
/// </remarks>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class PartnershipCompliance
{
    private static readonly SourceDocument Section5 = new("Crime and Disorder Act 1998", locator: "section 5(1)");
    private static readonly SourceDocument Section10 = new("Police Reform and Social Responsibility Act 2011", locator: "section 10; Crime and Disorder Act 1998, section 5(1)");
    private static readonly SourceDocument Regulation12 = new("Crime and Disorder (Formulation and Implementation of Strategy) Regulations 2007, SI 2007/1830", locator: "regulation 12(4)");
    private static readonly SourceDocument Section6 = new("Crime and Disorder Act 1998", locator: "section 6(1A)");
    private static readonly SourceDocument Section10Regard = new("Police Reform and Social Responsibility Act 2011", locator: "section 10(1)");

    /// <summary>Checks a partnership over a period with no evidence of the duties that need it (<see cref="ComplianceEvidence.None"/>) and <see cref="PartnershipDutyPolicy.Default"/>.</summary>
    /// <param name="record">The partnership and what is recorded about it.</param>
    /// <param name="period">The days to check, inclusive.</param>
    /// <returns>The findings, ordered by rule id and then by date or record order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="period"/> starts or ends outside <see cref="SupportedDates"/>.</exception>
    public static IReadOnlyList<Finding> Check(PartnershipRecord record, DateInterval period) =>
        Check(record, period, ComplianceEvidence.None, PartnershipDutyPolicy.Default);

    /// <summary>Checks a partnership over a period, judging the duties the record does not show on the evidence supplied.</summary>
    /// <param name="record">The partnership and what is recorded about it.</param>
    /// <param name="period">The days to check, inclusive.</param>
    /// <param name="evidence">Dated evidence of public meetings and of the duties of regard; what is not supplied is reported as not judged.</param>
    /// <param name="policy">Which of those duties apply, and from when.</param>
    /// <returns>The findings, ordered by rule id and then by date or record order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="period"/> starts or ends outside <see cref="SupportedDates"/>.</exception>
    public static IReadOnlyList<Finding> Check(PartnershipRecord record, DateInterval period, ComplianceEvidence evidence, PartnershipDutyPolicy policy)
    {
        Preconditions.CheckNotNull(record);
        Preconditions.CheckNotNull(period);
        Preconditions.CheckNotNull(evidence);
        Preconditions.CheckNotNull(policy);
        SupportedDates.Check(period.Start, "period.start");
        SupportedDates.Check(period.End, "period.end");
        var findings = new List<Finding>();
        var partnership = record.Partnership;
        var knownFrom = record.MembershipKnownFrom;
        var checkpoints = Checkpoints(partnership, period, knownFrom).Where(record.KnowsMembershipOn).ToList();

        // The days in force of s.5 on which the membership is not known: the membership rules are not judged then.
        if (knownFrom is { } known && known > period.Start)
        {
            var first = Max(period.Start, ResponsibleAuthorityKind.Section5InForceFrom);
            var last = known.PlusDays(-1) < period.End ? known.PlusDays(-1) : period.End;
            if (first <= last)
            {
                string days = first == last ? $"on {Dates.Iso(first)}" : $"from {Dates.Iso(first)} to {Dates.Iso(last)}";
                string why = $"the record knows the membership of {partnership.Name} only from {Dates.Iso(known)} (who sat then, not since when), not {days}";
                findings.Add(NotJudged(ComplianceRule.RequiredAuthorityMissing, why, Section5));
                findings.Add(NotJudged(ComplianceRule.LocalPolicingBodyAsResponsibleAuthority, why, Section10));
                findings.Add(NotJudged(ComplianceRule.AuthorityKindNotInForce, why, Section5));
            }
        }

        // CSP-001: required kinds not represented, reported from the day each gap opens.
        var missingBefore = new HashSet<ResponsibleAuthorityKind>();
        foreach (var date in checkpoints)
        {
            var represented = partnership.RepresentedAuthorityKindsOn(date);
            var missingNow = new HashSet<ResponsibleAuthorityKind>(record.Area.RequiredKindsOn(date).Where(kind => !represented.Contains(kind)));
            foreach (var kind in ResponsibleAuthorityKind.All.Where(kind => missingNow.Contains(kind) && !missingBefore.Contains(kind)))
            {
                string name = kind.DesignationOn(date)!.Name;
                findings.Add(Make(ComplianceRule.RequiredAuthorityMissing, "authorities/" + kind.Name,
                    $"From {Dates.Iso(date)} no member represents the {name} ({kind.StatutoryReference}), which s.5(1) requires for a {record.Area.Description}.",
                    Section5, new FindingFigure("from", Dates.Iso(date)), new FindingFigure("kind", $"{name} ({kind.StatutoryReference})")));
            }
            missingBefore = missingNow;
        }

        // CSP-002: meetings per whole financial year.
        // The first quarter of 1000 belongs to no supported financial year; the first whole year is then 1000/01.
        var wholeYears = new List<FinancialYear>();
        var firstYear = period.Start < new FinancialYear(FinancialYear.MinStartYear).Start ? new FinancialYear(FinancialYear.MinStartYear) : FinancialYear.Containing(period.Start);
        for (int startYear = firstYear.StartYear; startYear <= FinancialYear.MaxStartYear && new FinancialYear(startYear).End <= period.End; startYear++)
        {
            var year = new FinancialYear(startYear);
            if (year.Start >= period.Start)
            {
                wholeYears.Add(year);
            }
        }
        foreach (var year in wholeYears)
        {
            var terms = record.TermsOfReferenceOn(partnership.Id, year.End);
            if (terms is null || terms.MinimumMeetingsPerYear == 0)
            {
                continue;
            }
            if (record.MeetingDates is not { } meetings)
            {
                findings.Add(NotJudged(ComplianceRule.TooFewMeetings, $"the record holds no meeting dates for {year}", terms.Source));
                continue;
            }
            int held = meetings.Count(year.Contains);
            if (held < terms.MinimumMeetingsPerYear)
            {
                findings.Add(Make(ComplianceRule.TooFewMeetings, "meetings/" + year.ToString().Replace('/', '-'),
                    $"{partnership.Name} met {held} time{(held == 1 ? "" : "s")} in {year}; its {terms} require at least {terms.MinimumMeetingsPerYear}.",
                    terms.Source, new FindingFigure("year", year.ToString()), new FindingFigure("meetings", held.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    new FindingFigure("minimum", terms.MinimumMeetingsPerYear.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            }
        }

        // CSP-003: reviews of the partnership's and each sub-group's Terms of Reference, as at the end of the period.
        var bodies = new[] { (partnership.Id, partnership.Name) }.Concat(partnership.SubGroups.Select(group => (group.Id, group.Name)));
        foreach (var (bodyId, bodyName) in bodies)
        {
            var terms = record.TermsOfReferenceOn(bodyId, period.End);
            if (terms?.ReviewDue is { } due && due < period.End)
            {
                findings.Add(Make(ComplianceRule.TermsOfReferenceNotReviewed, "terms-of-reference/" + bodyId,
                    $"The {terms} of {bodyName} were due for review by {Dates.Iso(due)}; no later version is recorded by {Dates.Iso(period.End)}.",
                    terms.Source, new FindingFigure("approved on", Dates.Iso(terms.ApprovedOn)), new FindingFigure("review due", Dates.Iso(due)),
                    new FindingFigure("as at", Dates.Iso(period.End))));
            }
        }

        // CSP-004: information sharing sign-up, as at the end of the period.
        var partnershipTerms = record.TermsOfReferenceOn(partnership.Id, period.End);
        if (partnershipTerms?.InformationSharingAgreement is { } agreement)
        {
            if (!record.KnowsMembershipOn(period.End))
            {
                findings.Add(NotJudged(ComplianceRule.NotSignedUpToInformationSharing,
                    $"the record knows the membership of {partnership.Name} only from {Dates.Iso(knownFrom!.Value)}, not on {Dates.Iso(period.End)}", partnershipTerms.Source));
            }
            else if (record.InformationSharingSignatories is { } signed)
            {
                var signatories = new HashSet<OrganisationId>(signed);
                foreach (var member in partnership.MembersOn(period.End).Where(member => !signatories.Contains(member.Organisation.Id)))
                {
                    findings.Add(Make(ComplianceRule.NotSignedUpToInformationSharing, "members/" + member.Organisation.Id,
                        $"{member.Organisation.Name} has not signed the {agreement}, which the {partnershipTerms} require of members.",
                        partnershipTerms.Source, new FindingFigure("member", member.Organisation.Name), new FindingFigure("agreement", agreement)));
                }
            }
            else
            {
                findings.Add(NotJudged(ComplianceRule.NotSignedUpToInformationSharing, $"the record holds no signatories of the {agreement}", partnershipTerms.Source));
            }
        }

        // CSP-005 and CSP-006: members sitting as what they are not.
        var policingBodies = new HashSet<OrganisationId>(record.LocalPolicingBodies);
        foreach (var member in partnership.Members.Where(member => member.Role == MembershipRole.ResponsibleAuthority))
        {
            var organisation = member.Organisation;
            if (policingBodies.Contains(organisation.Id) && checkpoints.Any(member.IsCurrentOn))
            {
                findings.Add(Make(ComplianceRule.LocalPolicingBodyAsResponsibleAuthority, "members/" + organisation.Id,
                    $"{organisation.Name} is a local policing body but sits as a responsible authority ({organisation.AuthorityKind!.StatutoryReference}); a Police and Crime Commissioner is not one, but must co-operate with the responsible authorities (PRSRA 2011 s.10).",
                    Section10, new FindingFigure("member", organisation.Name), new FindingFigure("sits as", organisation.AuthorityKind.Name)));
            }
            var kind = organisation.AuthorityKind!;
            LocalDate? outOfForce = null;
            foreach (var date in checkpoints)
            {
                if (member.IsCurrentOn(date) && !kind.IsInForceOn(date))
                {
                    outOfForce = date;
                    break;
                }
            }
            if (outOfForce is { } on)
            {
                bool ceased = kind.Until is { } until && on >= until;
                string when = ceased ? $"it ceased to be one on {Dates.Iso(kind.Until!.Value)}" : $"it became one only on {Dates.Iso(kind.From!.Value)}";
                string extra = ceased && kind == ResponsibleAuthorityKind.PoliceAuthority
                    ? " (police authorities were replaced by Police and Crime Commissioners, which are not responsible authorities)"
                    : "";
                findings.Add(Make(ComplianceRule.AuthorityKindNotInForce, "members/" + organisation.Id,
                    $"{organisation.Name} sits as a {kind.Designations[0].Name} ({kind.StatutoryReference}) on {Dates.Iso(on)}, but {when}{extra}.",
                    kind.Designations[ceased ? kind.Designations.Count - 1 : 0].Source, new FindingFigure("member", organisation.Name), new FindingFigure("on", Dates.Iso(on))));
            }
        }

        // CSP-008, CSP-009 and CSP-010: the duties judged on evidence, per whole financial year.
        CheckDuties(record, wholeYears, evidence, policy, findings);

        return findings.Select((finding, index) => (finding, index))
            .OrderBy(pair => pair.finding.RuleId, StringComparer.Ordinal).ThenBy(pair => pair.index)
            .Select(pair => pair.finding).ToValueList();
    }

    private static void CheckDuties(PartnershipRecord record, List<FinancialYear> wholeYears, ComplianceEvidence evidence, PartnershipDutyPolicy policy, List<Finding> findings)
    {
        string name = record.Partnership.Name;
        var meetingYears = policy.PublicMeetingsFrom is { } meetingsFrom ? wholeYears.Where(year => year.Start >= meetingsFrom).ToList() : [];
        var regardYears = policy.PoliceAndCrimeDutiesFrom is { } dutiesFrom ? wholeYears.Where(year => year.Start >= dutiesFrom).ToList() : [];

        if (meetingYears.Count > 0)
        {
            if (evidence.PublicMeetings is { } meetings)
            {
                var byYear = ByYear(meetings, meeting => meeting.HeldOn);
                foreach (var year in meetingYears)
                {
                    CheckPublicMeetings(record, name, year, byYear.TryGetValue(year, out var held) ? held : [], findings);
                }
            }
            else
            {
                findings.Add(NotJudged(ComplianceRule.AnnualPublicMeeting, $"no evidence of public meetings was supplied for {Years(meetingYears)}", Regulation12));
            }
        }

        if (regardYears.Count > 0)
        {
            CheckRegard(record, regardYears, evidence.RegardToPoliceAndCrimeObjectives, ComplianceRule.RegardToPoliceAndCrimeObjectives, Section6, "regard-to-objectives/",
                "of responsible authorities having regard to the police and crime objectives",
                (missing, year) => $"No record supplied shows that the {missing} had regard to the police and crime objectives in {year}, as Crime and Disorder Act 1998 s.6(1A) requires of each responsible authority.",
                findings);
            CheckRegard(record, regardYears, evidence.PolicingBodyRegardToPriorities, ComplianceRule.PolicingBodyRegardToPriorities, Section10Regard, "regard-to-priorities/",
                "of the local policing body having regard to the responsible authorities' priorities",
                (missing, year) => $"No record supplied shows that the local policing body had regard to the priorities of the {missing} in {year}, as PRSRA 2011 s.10(1) requires.",
                findings);
        }
    }

    private static void CheckPublicMeetings(PartnershipRecord record, string name, FinancialYear year, List<PublicMeetingEvidence> held, List<Finding> findings)
    {
        string subject = "public-meetings/" + year.ToString().Replace('/', '-');
        if (held.Count == 0)
        {
            findings.Add(Make(ComplianceRule.AnnualPublicMeeting, subject,
                $"No public meeting of {name} is recorded in {year}; SI 2007/1830 reg 12(4) requires one or more a year, attended by a person in a senior position from each responsible authority and publicised.",
                Regulation12, new FindingFigure("year", year.ToString()), new FindingFigure("public meetings", "0")));
            return;
        }
        var shortfalls = new List<string>(held.Count);
        foreach (var meeting in held.OrderBy(meeting => meeting.HeldOn))
        {
            var attended = new HashSet<ResponsibleAuthorityKind>(meeting.SeniorAttendance);
            var absent = record.Area.RequiredKindsOn(meeting.HeldOn).Where(kind => !attended.Contains(kind)).ToList();
            if (absent.Count == 0 && meeting.Publicised)
            {
                return;
            }
            var parts = new List<string>(2);
            if (absent.Count > 0)
            {
                parts.Add("no person in a senior position from the " + KindList(absent, meeting.HeldOn));
            }
            if (!meeting.Publicised)
            {
                parts.Add("not publicised");
            }
            shortfalls.Add($"{Dates.Iso(meeting.HeldOn)}: {string.Join("; ", parts)}");
        }
        findings.Add(Make(ComplianceRule.AnnualPublicMeeting, subject,
            $"No public meeting of {name} in {year} met SI 2007/1830 reg 12(4) (attended by a person in a senior position from each responsible authority, and publicised): {string.Join(". ", shortfalls)}.",
            Regulation12, new FindingFigure("year", year.ToString()), new FindingFigure("public meetings", held.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    private static void CheckRegard(
        PartnershipRecord record,
        List<FinancialYear> years,
        IReadOnlyList<RegardEvidence>? records,
        ComplianceRule rule,
        SourceDocument source,
        string subjectPrefix,
        string whatEvidence,
        Func<string, FinancialYear, string> message,
        List<Finding> findings)
    {
        if (records is null)
        {
            findings.Add(NotJudged(rule, $"no evidence {whatEvidence} was supplied for {Years(years)}", source));
            return;
        }
        var byYear = ByYear(records, regard => regard.On);
        foreach (var year in years)
        {
            var covered = new HashSet<ResponsibleAuthorityKind>();
            if (byYear.TryGetValue(year, out var inYear))
            {
                foreach (var regard in inYear)
                {
                    covered.UnionWith(regard.Authorities);
                }
            }
            var missing = record.Area.RequiredKindsOn(year.End).Where(kind => !covered.Contains(kind)).ToList();
            if (missing.Count > 0)
            {
                findings.Add(Make(rule, subjectPrefix + year.ToString().Replace('/', '-'), message(KindList(missing, year.End), year), source,
                    new FindingFigure("year", year.ToString()), new FindingFigure("not shown for", string.Join(", ", missing.Select(kind => kind.StatutoryReference + " " + kind.DesignationOn(year.End)!.Name)))));
            }
        }
    }

    private static Dictionary<FinancialYear, List<T>> ByYear<T>(IEnumerable<T> items, Func<T, LocalDate> date)
    {
        var byYear = new Dictionary<FinancialYear, List<T>>();
        foreach (var item in items)
        {
            var year = FinancialYear.Containing(date(item));
            if (!byYear.TryGetValue(year, out var list))
            {
                byYear.Add(year, list = []);
            }
            list.Add(item);
        }
        return byYear;
    }

    private static string KindList(List<ResponsibleAuthorityKind> kinds, LocalDate date)
    {
        var names = kinds.Select(kind => $"{kind.DesignationOn(date)!.Name} ({kind.StatutoryReference})").ToList();
        return names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[names.Count - 1];
    }

    private static string Years(List<FinancialYear> years) => string.Join(", ", years.Select(year => year.ToString()));

    private static LocalDate Max(LocalDate a, LocalDate b) => a > b ? a : b;

    private static List<LocalDate> Checkpoints(CommunitySafetyPartnership partnership, DateInterval period, LocalDate? membershipKnownFrom)
    {
        var dates = new SortedSet<LocalDate> { period.Start };
        AddIfWithin(membershipKnownFrom);
        foreach (var kind in ResponsibleAuthorityKind.All)
        {
            foreach (var designation in kind.Designations)
            {
                AddIfWithin(designation.From);
                AddIfWithin(designation.Until);
            }
        }
        foreach (var member in partnership.Members)
        {
            AddIfWithin(member.From);
            AddIfWithin(member.Until);
        }
        return dates.ToList();

        void AddIfWithin(LocalDate? date)
        {
            if (date is { } day && period.Contains(day))
            {
                dates.Add(day);
            }
        }
    }

    private static Finding NotJudged(ComplianceRule rule, string why, SourceDocument source) =>
        Make(ComplianceRule.NotJudged, "rules/" + rule.Id, $"{rule.Id} ({rule.Title}) was not judged: {why}.", source, new FindingFigure("rule", rule.Id));

    private static Finding Make(ComplianceRule rule, string subject, string message, SourceDocument source, params FindingFigure[] figures) =>
        new(rule.Id, rule.Severity, subject, message, figures, source);
}
