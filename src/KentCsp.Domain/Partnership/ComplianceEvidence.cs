using System;
using System.Collections.Generic;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Partnership;

/// <summary>
/// Dated evidence a caller supplies so that <see cref="PartnershipCompliance"/> can judge the statutory duties a
/// partnership record does not show: public meetings (SI 2007/1830 reg 12) and the duties of regard (Crime and
/// Disorder Act 1998 s.6(1A); PRSRA 2011 s.10(1)).
/// </summary>
/// <remarks>
/// <para>Each kind of evidence is null until supplied; a rule whose evidence is null is reported as not judged
/// (<c>CSP-007</c>), never as a breach. An empty list is evidence of none: the rule is then judged and falls short.</para>
/// <para>The type is immutable: each <c>With…</c> method returns new evidence. Two values are equal when every member is
/// equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ComplianceEvidence
{
    private readonly ValueList<PublicMeetingEvidence>? publicMeetings;
    private readonly ValueList<RegardEvidence>? regardToObjectives;
    private readonly ValueList<RegardEvidence>? regardToPriorities;

    private ComplianceEvidence(ValueList<PublicMeetingEvidence>? publicMeetings, ValueList<RegardEvidence>? regardToObjectives, ValueList<RegardEvidence>? regardToPriorities)
    {
        this.publicMeetings = publicMeetings;
        this.regardToObjectives = regardToObjectives;
        this.regardToPriorities = regardToPriorities;
    }

    /// <summary>No evidence: every rule that needs it is reported as not judged.</summary>
    public static ComplianceEvidence None { get; } = new(null, null, null);

    /// <summary>The public meetings held (SI 2007/1830 reg 12(4)), or null where not supplied.</summary>
    public IReadOnlyList<PublicMeetingEvidence>? PublicMeetings => publicMeetings;

    /// <summary>Records that responsible authorities had regard to the police and crime objectives (Crime and Disorder Act 1998 s.6(1A)), or null where not supplied.</summary>
    public IReadOnlyList<RegardEvidence>? RegardToPoliceAndCrimeObjectives => regardToObjectives;

    /// <summary>Records that the local policing body had regard to the responsible authorities' priorities (PRSRA 2011 s.10(1)), or null where not supplied.</summary>
    public IReadOnlyList<RegardEvidence>? PolicingBodyRegardToPriorities => regardToPriorities;

    /// <summary>Returns the evidence with these public meetings.</summary>
    /// <param name="meetings">The public meetings held; copied. Empty means none was held.</param>
    /// <returns>The new evidence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="meetings"/> or an element is null.</exception>
    public ComplianceEvidence WithPublicMeetings(IEnumerable<PublicMeetingEvidence> meetings) =>
        new(Preconditions.CheckItems(meetings), regardToObjectives, regardToPriorities);

    /// <summary>Returns the evidence with these records of responsible authorities having regard to the police and crime objectives (s.6(1A)).</summary>
    /// <param name="records">The records; copied. Empty means none.</param>
    /// <returns>The new evidence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> or an element is null.</exception>
    public ComplianceEvidence WithRegardToPoliceAndCrimeObjectives(IEnumerable<RegardEvidence> records) =>
        new(publicMeetings, Preconditions.CheckItems(records), regardToPriorities);

    /// <summary>Returns the evidence with these records of the local policing body having regard to the responsible authorities' priorities (PRSRA 2011 s.10(1)).</summary>
    /// <param name="records">The records, each naming the kinds of responsible authority whose priorities were regarded; copied. Empty means none.</param>
    /// <returns>The new evidence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> or an element is null.</exception>
    public ComplianceEvidence WithPolicingBodyRegardToPriorities(IEnumerable<RegardEvidence> records) =>
        new(publicMeetings, regardToObjectives, Preconditions.CheckItems(records));
}

/// <summary>A public meeting held by a partnership (SI 2007/1830 reg 12(4)): when, which responsible authorities sent a person in a senior position, and whether it was publicised.</summary>
/// <remarks>
/// <para>Attendance is recorded by kind of responsible authority, as the compliance check compares it with the kinds
/// s.5(1) required on the day. Two values are equal when every member is equal (kinds in order).</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record PublicMeetingEvidence
{
    private readonly ValueList<ResponsibleAuthorityKind> seniorAttendance;

    /// <summary>Creates the evidence of a public meeting.</summary>
    /// <param name="heldOn">The day it was held.</param>
    /// <param name="seniorAttendance">The kinds of responsible authority that a person in a senior position attended for; copied.</param>
    /// <param name="publicised">Whether the meeting was publicised.</param>
    /// <exception cref="ArgumentNullException"><paramref name="seniorAttendance"/> or an element is null.</exception>
    /// <exception cref="ArgumentException">A kind is repeated.</exception>
    public PublicMeetingEvidence(LocalDate heldOn, IEnumerable<ResponsibleAuthorityKind> seniorAttendance, bool publicised)
    {
        SupportedDates.CheckCalendar(heldOn);
        HeldOn = heldOn;
        this.seniorAttendance = Preconditions.CheckItems(seniorAttendance);
        var seen = new HashSet<ResponsibleAuthorityKind>();
        for (int i = 0; i < this.seniorAttendance.Count; i++)
        {
            if (!seen.Add(this.seniorAttendance[i]))
            {
                Preconditions.ThrowArgument($"seniorAttendance[{i}]", $"repeats {this.seniorAttendance[i].Name}");
            }
        }
        Publicised = publicised;
    }

    /// <summary>The day the meeting was held.</summary>
    public LocalDate HeldOn { get; }

    /// <summary>The kinds of responsible authority that a person in a senior position attended for.</summary>
    public IReadOnlyList<ResponsibleAuthorityKind> SeniorAttendance => seniorAttendance;

    /// <summary>Whether the meeting was publicised.</summary>
    public bool Publicised { get; }
}

/// <summary>
/// A dated record that a duty of regard was met for some kinds of responsible authority: that those authorities had
/// regard to the police and crime objectives (s.6(1A)), or that the local policing body had regard to their priorities
/// (PRSRA 2011 s.10(1)).
/// </summary>
/// <remarks>Two values are equal when every member is equal (kinds in order).</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record RegardEvidence
{
    private readonly ValueList<ResponsibleAuthorityKind> authorities;

    /// <summary>Creates the evidence.</summary>
    /// <param name="on">The date of the record, e.g. the day a partnership plan or police and crime plan was agreed.</param>
    /// <param name="authorities">The kinds of responsible authority the record covers; copied.</param>
    /// <param name="source">The document that records it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="authorities"/>, an element or <paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException">A kind is repeated.</exception>
    public RegardEvidence(LocalDate on, IEnumerable<ResponsibleAuthorityKind> authorities, SourceDocument source)
    {
        SupportedDates.CheckCalendar(on);
        On = on;
        this.authorities = Preconditions.CheckItems(authorities);
        var seen = new HashSet<ResponsibleAuthorityKind>();
        for (int i = 0; i < this.authorities.Count; i++)
        {
            if (!seen.Add(this.authorities[i]))
            {
                Preconditions.ThrowArgument($"authorities[{i}]", $"repeats {this.authorities[i].Name}");
            }
        }
        Source = Preconditions.CheckNotNull(source);
    }

    /// <summary>The date of the record.</summary>
    public LocalDate On { get; }

    /// <summary>The kinds of responsible authority the record covers.</summary>
    public IReadOnlyList<ResponsibleAuthorityKind> Authorities => authorities;

    /// <summary>The document that records it.</summary>
    public SourceDocument Source { get; }
}
