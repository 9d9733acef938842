using System;
using System.Collections.Generic;
using System.Linq;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Partnership;

/// <summary>
/// Checks a partnership against the Crime and Disorder Act 1998 s.5 and its own Terms of Reference over a period, and
/// reports every finding at once (<see cref="ComplianceRule"/>: <c>CSP-001</c> …).
/// </summary>
/// <remarks>
/// <para>Membership and the law are checked on the first day of the period and on every day within it when the law or
/// a membership changes, so a gap is reported from the day it opens. Meetings are counted per financial year that lies
/// wholly within the period (a part year cannot be judged) against the minimum in the partnership's Terms of Reference
/// approved by the year's end. Reviews and information sharing sign-up are judged on the last day of the period. Where
/// the record lacks what a rule needs, the rule is reported as not judged (<c>CSP-007</c>).</para>
/// </remarks>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class PartnershipCompliance
{
    private static readonly SourceDocument Section5 = new("Crime and Disorder Act 1998", locator: "section 5(1)");
    private static readonly SourceDocument Section10 = new("Police Reform and Social Responsibility Act 2011", locator: "section 10; Crime and Disorder Act 1998, section 5(1)");

    /// <summary>Checks a partnership over a period.</summary>
    /// <param name="record">The partnership and what is recorded about it.</param>
    /// <param name="period">The days to check, inclusive.</param>
    /// <returns>The findings, ordered by rule id and then by date or record order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="period"/> starts or ends outside <see cref="SupportedDates"/>.</exception>
    public static IReadOnlyList<Finding> Check(PartnershipRecord record, DateInterval period)
    {
        Preconditions.CheckNotNull(record);
        Preconditions.CheckNotNull(period);
        SupportedDates.Check(period.Start, "period.start");
        SupportedDates.Check(period.End, "period.end");
        var findings = new List<Finding>();
        var partnership = record.Partnership;
        var checkpoints = Checkpoints(partnership, period);

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
        var first = period.Start < new FinancialYear(FinancialYear.MinStartYear).Start ? new FinancialYear(FinancialYear.MinStartYear) : FinancialYear.Containing(period.Start);
        for (int startYear = first.StartYear; startYear <= FinancialYear.MaxStartYear && new FinancialYear(startYear).End <= period.End; startYear++)
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
            if (record.InformationSharingSignatories is { } signed)
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

        return findings.Select((finding, index) => (finding, index))
            .OrderBy(pair => pair.finding.RuleId, StringComparer.Ordinal).ThenBy(pair => pair.index)
            .Select(pair => pair.finding).ToValueList();
    }

    private static List<LocalDate> Checkpoints(CommunitySafetyPartnership partnership, DateInterval period)
    {
        var dates = new SortedSet<LocalDate> { period.Start };
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
