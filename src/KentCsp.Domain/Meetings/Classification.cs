using Ardalis.SmartEnum;

namespace KentCsp.Domain.Meetings;

/// <summary>Whether an agenda item or a paper may be issued to the public.</summary>
/// <remarks>
/// <para>Agendas split items into unrestricted business, open to the public, and restricted business, whose papers are
/// not issued to the public (the KCSP minutes of 19 July 2017, minute 152, discuss how restricted papers are issued to
/// partners). <see cref="Meeting.PublicView"/> leaves out everything <see cref="Restricted"/>. This is the access
/// classification; the purpose line a report prints (such as "For Information") is
/// <see cref="Report.ClassificationText"/>.</para>
/// <para>The catalogue is closed; <see cref="SmartEnum{TEnum, TValue}.Name"/> is the stable JSON name. Equality follows
/// <see cref="SmartEnum{TEnum, TValue}.Value"/>.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class Classification : Catalogue<Classification>
{
    /// <summary>Open to the public: the item and its papers appear in the public view.</summary>
    public static readonly Classification Unrestricted = new(nameof(Unrestricted), 1, "unrestricted", isPublic: true);

    /// <summary>Not for the public: the item or paper is left out of the public view.</summary>
    public static readonly Classification Restricted = new(nameof(Restricted), 2, "restricted", isPublic: false);

    private Classification(string name, int value, string description, bool isPublic)
        : base(name, value)
    {
        Description = description;
        IsPublic = isPublic;
    }

    /// <summary>The classification in words, e.g. "restricted".</summary>
    public string Description { get; }

    /// <summary>Whether content with this classification may be issued to the public.</summary>
    public bool IsPublic { get; }
}
