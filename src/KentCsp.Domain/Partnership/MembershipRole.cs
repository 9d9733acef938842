using Ardalis.SmartEnum;

namespace KentCsp.Domain.Partnership;

/// <summary>The capacity in which an organisation sits on a community safety partnership.</summary>
/// <remarks>
/// <para>The catalogue is closed; <see cref="SmartEnum{TEnum, TValue}.Name"/> is the stable JSON name. Equality follows
/// <see cref="SmartEnum{TEnum, TValue}.Value"/>; use <see cref="Catalogue{TSelf}.All"/> for a fixed order.</para>
/// <para>Which bodies are prescribed as participating bodies (s.5(3)) is not fixed here: the role is a tag a
/// partnership gives a member, not a closed list of bodies.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class MembershipRole : Catalogue<MembershipRole>
{
    /// <summary>A responsible authority under s.5(1) of the Crime and Disorder Act 1998; the organisation must have a <see cref="Organisation.AuthorityKind"/>.</summary>
    public static readonly MembershipRole ResponsibleAuthority = new(nameof(ResponsibleAuthority), 1, "responsible authority");

    /// <summary>A co-operating body with a duty to co-operate (s.5(2); SI 2004/118), e.g. a parish council or an NHS trust.</summary>
    public static readonly MembershipRole CooperatingBody = new(nameof(CooperatingBody), 2, "co-operating body");

    /// <summary>A participating body the responsible authorities have invited to take part (s.5(3)), e.g. a voluntary sector body.</summary>
    public static readonly MembershipRole ParticipatingBody = new(nameof(ParticipatingBody), 3, "participating body");

    /// <summary>An organisation invited by the partnership's own Terms of Reference, e.g. a neighbouring partnership or the office of the police and crime commissioner.</summary>
    public static readonly MembershipRole Invitee = new(nameof(Invitee), 4, "invitee");

    private MembershipRole(string name, int value, string description)
        : base(name, value)
    {
        Description = description;
    }

    /// <summary>The role in words, for people, e.g. "responsible authority".</summary>
    public string Description { get; }
}
