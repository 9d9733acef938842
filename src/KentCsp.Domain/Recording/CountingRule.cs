using Ardalis.SmartEnum;

namespace KentCsp.Domain.Recording;

/// <summary>A counting rule that a step of a crime count applies, with its General Rule letter where it has one.</summary>
/// <remarks>
/// <para>The letters follow the Home Office Crime Recording Rules (General Rules A–J). The rules' exact wording is
/// unconfirmed: the library encodes their principles.</para>
/// <para>Equality is by value; the name is the wire key.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class CountingRule : Catalogue<CountingRule>
{
    /// <summary>General Rule A: whether and when to record; only an incident recorded as crime yields crimes.</summary>
    public static readonly CountingRule WhetherToRecord = new(nameof(WhetherToRecord), 1, "A", "whether and when to record");

    /// <summary>General Rule D: one crime per victim.</summary>
    public static readonly CountingRule OneCrimePerVictim = new(nameof(OneCrimePerVictim), 2, "D", "one crime per victim");

    /// <summary>General Rule E: several offences by the same offender against the same victim in one finished incident count once; a victim's offences that share an offender are one group.</summary>
    public static readonly CountingRule FinishedIncident = new(nameof(FinishedIncident), 3, "E", "finished incident rule");

    /// <summary>General Rule F: the crime counted is the most serious of the offences, by an offence-ranking table.</summary>
    public static readonly CountingRule PrincipalCrime = new(nameof(PrincipalCrime), 4, "F", "principal crime rule");

    /// <summary>The former practice: one crime per incident. It has no General Rule letter.</summary>
    public static readonly CountingRule OneCrimePerIncident = new(nameof(OneCrimePerIncident), 5, null, "one crime per incident (former practice)");

    private CountingRule(string name, int value, string? section, string description)
        : base(name, value)
    {
        Section = section;
        Description = description;
    }

    /// <summary>The General Rule letter, e.g. "D", or null for the former practice.</summary>
    public string? Section { get; }

    /// <summary>The rule for a person, e.g. "one crime per victim".</summary>
    public string Description { get; }
}
