using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KentCsp.Domain;
using KentCsp.Domain.Meetings;
using KentCsp.Domain.Partnership;
using NodaTime;
using static KentCsp.Reports.TemplateModel;

namespace KentCsp.Reports;

public sealed partial class CommitteeReports
{
    /// <summary>
    /// The partnership paper: the members on <paramref name="asAt"/> (or that the record does not know them then) with a
    /// chart of members by role; the kinds of responsible authority Crime and Disorder Act 1998, s.5(1) requires on that
    /// date against those present (none before s.5 came into force on 30 September 1998); the compliance findings for
    /// the financial year up to that date (<see cref="PartnershipCompliance.Check(PartnershipRecord, DateInterval)"/>);
    /// and the partnership's meetings in that period, each as it may be issued to the public
    /// (<see cref="Meeting.PublicView"/>): no restricted item or report is shown, only how many were left out.
    /// </summary>
    /// <param name="record">The partnership record.</param>
    /// <param name="meetings">Meetings of the partnership; those held in the financial year up to <paramref name="asAt"/> are shown.</param>
    /// <param name="asAt">The date to ask about.</param>
    /// <returns>The paper, one HTML page.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="record"/> or <paramref name="meetings"/> is null.</exception>
    public string Partnership(PartnershipRecord record, IEnumerable<Meeting> meetings, LocalDate asAt)
    {
        CheckNotNull(record, nameof(record));
        CheckNotNull(meetings, nameof(meetings));
        var csp = record.Partnership;
        var sources = new Sources();
        sources.Add(record.Provenance);
        sources.Add(csp.Provenance);

        bool known = record.MembersOn(asAt).TryPickT0(out var members, out var notKnown);
        var memberRows = known
            ? members.Select(member => new Node
            {
                ["organisation"] = member.Organisation.Name,
                ["role"] = member.Role.Description,
                ["post"] = member.Post,
                ["authority_kind"] = member.Organisation.AuthorityKind?.StatutoryReference,
            }).ToList()
            : new List<Node>();
        var byRole = known
            ? MembershipRole.All.Select(role => (role, count: members.Count(member => member.Role == role)))
                .Where(pair => pair.count > 0)
                .Select(pair => new ChartPoint(Capitalise(pair.role.Description), pair.count, pair.count.ToString(CultureInfo.InvariantCulture)))
                .ToList()
            : new List<ChartPoint>();

        bool inForce = asAt >= ResponsibleAuthorityKind.Section5InForceFrom;
        var represented = inForce ? csp.RepresentedAuthorityKindsOn(asAt) : new List<ResponsibleAuthorityKind>();
        var required = (inForce ? record.Area.RequiredKindsOn(asAt) : new List<ResponsibleAuthorityKind>()).Select(kind => new Node
        {
            ["reference"] = kind.StatutoryReference,
            ["name"] = kind.DesignationOn(asAt)?.Name ?? kind.Name,
            ["seat"] = !known ? "not known" : represented.Contains(kind) ? "present" : "missing",
        }).ToList();

        // The first quarter of 1000 lies in no supported financial year: check from the first supported day.
        var from = asAt < new FinancialYear(FinancialYear.MinStartYear).Start ? SupportedDates.Earliest : FinancialYear.Containing(asAt).Start;
        var findings = PartnershipCompliance.Check(record, new DateInterval(from, asAt));

        var meetingRows = meetings.Where(meeting => meeting.Date >= from && meeting.Date <= asAt).OrderBy(meeting => meeting.Date).Select(meeting =>
        {
            var shown = meeting.PublicView();
            sources.Add(shown.Source);
            int withheld = meeting.Items.Count - shown.Items.Count;
            int withheldReports = meeting.Items.Sum(item => item.Reports.Count) - shown.Items.Sum(item => item.Reports.Count) ;
            return new Node
            {
                ["date"] = Date(shown.Date),
                ["body"] = shown.BodyName,
                ["venue"] = shown.Venue,
                ["items"] = shown.Items.Select(item => new Node { ["minute"] = item.MinuteNumber, ["title"] = item.Title }).ToList(),
                ["withheld"] = withheld == 0 && withheldReports == 0 ? null
                    : $"{Count(withheld, "restricted item")} and {Count(withheldReports, "restricted report")} left out: they are not for publication.",
            };
        }).ToList();

        var body = new Node
        {
            ["name"] = csp.Name,
            ["level"] = csp.Level.Description,
            ["area"] = record.Area.Description,
            ["members_known"] = known,
            ["members_not_known"] = known ? null : notKnown.Reason,
            ["members"] = memberRows,
            ["sub_groups"] = known ? csp.SubGroups.Select(group => new Node { ["name"] = group.Name, ["purpose"] = group.Purpose }).ToList() : new List<Node>(),
            ["chart_roles"] = byRole.Count == 0 ? null : Charts.Bars("members-by-role", "Members by role", "Role", "Members", byRole),
            ["section5_in_force"] = inForce,
            ["section5_from"] = Date(ResponsibleAuthorityKind.Section5InForceFrom),
            ["section5_commencement"] = ResponsibleAuthorityKind.Section5Commencement.ToString(),
            ["required"] = required,
            ["missing_count"] = required.Count(row => (string)row["seat"]! == "missing"),
            ["period"] = Date(from) + " to " + Date(asAt),
            ["findings"] = FindingRows(findings, sources),
            ["meetings"] = meetingRows,
        };
        var provenance = new Provenances().Add(record.Provenance).Add(csp.Provenance, "partnership");
        return Page(ReportTemplates.Partnership, csp.Name, $"{Capitalise(csp.Level.Description)} partnership for a {record.Area.Description}", asAt, body, provenance, sources);
    }
}
