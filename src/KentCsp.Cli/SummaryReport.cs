using System.IO;
using System.Linq;
using KentCsp.Domain.Agreement;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Partnership;
using NodaTime;
using NodaTime.Text;

namespace KentCsp.Cli;

/// <summary>Writes the readable summary of the built-in Kent data.</summary>
internal static class SummaryReport
{
    internal static void Write(TextWriter output, LocalDate today)
    {
        var partnership = KentData.Partnership;
        var date = LocalDatePattern.Iso.Format(today);
        output.WriteLine($"{partnership.Name} ({partnership.Level.Description} partnership for {partnership.Area}; {partnership.Id})");
        output.WriteLine();

        output.WriteLine("Members");
        foreach (var role in MembershipRole.All)
        {
            var members = partnership.MembersIn(role).Where(member => member.IsCurrentOn(today)).ToArray();
            if (members.Length == 0)
            {
                continue;
            }
            output.WriteLine($"  {PluralHeading(role)}");
            foreach (var member in members)
            {
                var kind = member.Organisation.AuthorityKind;
                var detail = role == MembershipRole.ResponsibleAuthority && kind is not null
                    ? $"{kind.DesignationOn(today)?.Name ?? kind.Designations[kind.Designations.Count - 1].Name}, {kind.StatutoryReference}"
                    : null;
                output.WriteLine(detail is null ? $"    {member.Organisation.Name}" : $"    {member.Organisation.Name,-50} {detail}");
            }
        }
        CliText.WriteProvenance(output, partnership.Provenance);
        output.WriteLine();

        var represented = partnership.RepresentedAuthorityKindsOn(today);
        var inForce = ResponsibleAuthorityKind.InForceOn(today);
        output.WriteLine($"Responsible authority kinds in force on {date} (Crime and Disorder Act 1998, s.5(1))");
        foreach (var kind in inForce)
        {
            var mark = represented.Contains(kind) ? "represented" : "NOT represented";
            output.WriteLine($"  {kind.StatutoryReference,-11} {mark,-15} {kind.DesignationOn(today)!.Name}");
        }
        output.WriteLine($"  {inForce.Count(represented.Contains)} of {inForce.Count} represented");
        output.WriteLine();

        WriteAgreement(output, KentData.CommunitySafetyAgreement2023);
        CliText.WriteProvenance(output, KentData.CommunitySafetyAgreement2023.Provenance);
    }

    internal static void WriteAgreement(TextWriter output, CommunitySafetyAgreementEdition edition)
    {
        string inForce = edition.InForceFrom is { } from ? $"in force from {LocalDatePattern.Iso.Format(from)}" : $"in force by {LocalDatePattern.Iso.Format(edition.InForceBy)}";
        output.WriteLine($"Community Safety Agreement {edition.Label} ({inForce})");
        output.WriteLine($"  Source: {edition.Source}");
        output.WriteLine("  Priorities");
        for (int i = 0; i < edition.Priorities.Count; i++)
        {
            output.WriteLine($"    {i + 1}. {edition.Priorities[i].Title}");
        }
        output.WriteLine("  Cross-cutting themes");
        for (int i = 0; i < edition.CrossCuttingThemes.Count; i++)
        {
            output.WriteLine($"    {i + 1}. {edition.CrossCuttingThemes[i].Title}");
        }
        if (edition.Appendices.Count > 0)
        {
            output.WriteLine("  Appendices");
            foreach (var appendix in edition.Appendices)
            {
                output.WriteLine($"    {appendix}");
            }
        }
    }

    private static string PluralHeading(MembershipRole role) => role.Name switch
    {
        nameof(MembershipRole.ResponsibleAuthority) => "Responsible authorities",
        nameof(MembershipRole.CooperatingBody) => "Co-operating bodies",
        nameof(MembershipRole.ParticipatingBody) => "Participating bodies",
        _ => "Invitees",
    };
}
