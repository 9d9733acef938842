using NodaTime;

namespace KentCsp.Domain.Partnership;

/// <summary>
/// Which statutory duties whose present form is not confirmed <see cref="PartnershipCompliance"/> applies, and from
/// when: the annual public meeting (SI 2007/1830 reg 12) and the two duties of regard between the responsible
/// authorities and the local policing body (Crime and Disorder Act 1998 s.6(1A); Police Reform and Social
/// Responsibility Act 2011 s.10(1)).
/// </summary>
/// <remarks>
/// <para><see cref="Default"/> holds <b>unconfirmed defaults</b>. Regulation 12(4) of the Crime and Disorder
/// (Formulation and Implementation of Strategy) Regulations 2007 (SI 2007/1830, in force 1 August 2007) as made is
/// confirmed: the strategy group holds one or more public meetings each year, attended by people in a senior position
/// in each responsible authority, and publicises them. Whether SI 2011/1230 or SI 2012/2660 changed regulation 12 is
/// UNCONFIRMED, so the default is "applies as made in 2007", from 1 August 2007. The sources give no commencement date
/// for s.6(1A) or s.10(1); both concern police and crime objectives and a local policing body, which exist only since
/// police and crime commissioners replaced police authorities on 22 November 2012 (PRSRA 2011 Sch 11 para 2(2);
/// SI 2012/2892), so the default applies them from that day, an UNCONFIRMED date.</para>
/// <para>A null date switches the rule off. Two policies are equal when their dates are equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record PartnershipDutyPolicy
{
    /// <summary>Creates a policy.</summary>
    /// <param name="publicMeetingsFrom">The first day the annual public meeting rule applies, or null not to apply it.</param>
    /// <param name="policeAndCrimeDutiesFrom">The first day the duties of regard (s.6(1A), PRSRA s.10(1)) apply, or null not to apply them.</param>
    public PartnershipDutyPolicy(LocalDate? publicMeetingsFrom, LocalDate? policeAndCrimeDutiesFrom)
    {
        SupportedDates.CheckCalendar(publicMeetingsFrom);
        SupportedDates.CheckCalendar(policeAndCrimeDutiesFrom);
        PublicMeetingsFrom = publicMeetingsFrom;
        PoliceAndCrimeDutiesFrom = policeAndCrimeDutiesFrom;
    }

    /// <summary>
    /// The unconfirmed defaults: the annual public meeting applies as made in 2007, from 1 August 2007; the duties of
    /// regard apply from 22 November 2012.
    /// </summary>
    public static PartnershipDutyPolicy Default { get; } = new(new LocalDate(2007, 8, 1), new LocalDate(2012, 11, 22));

    /// <summary>The first day the annual public meeting rule (SI 2007/1830 reg 12(4)) applies, or null where it is not applied.</summary>
    /// <value>By default 1 August 2007, the rule as made; whether it was later amended is <b>unconfirmed</b>.</value>
    public LocalDate? PublicMeetingsFrom { get; }

    /// <summary>The first day the duties of regard (Crime and Disorder Act 1998 s.6(1A); PRSRA 2011 s.10(1)) apply, or null where they are not applied.</summary>
    /// <value>By default 22 November 2012, the day police and crime commissioners took office; the commencement of the provisions is <b>unconfirmed</b>.</value>
    public LocalDate? PoliceAndCrimeDutiesFrom { get; }
}
