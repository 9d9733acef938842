using Ardalis.SmartEnum;

namespace KentCsp.Domain.Funding;

/// <summary>A condition a local policing body attaches to a crime and disorder reduction grant.</summary>
/// <remarks>
/// <para>PRSRA 2011 s.9 allows the body to make a grant "subject to any conditions (including conditions as to
/// repayment) which the body thinks appropriate". The members here are the conditions Kent's Police and Crime
/// Commissioner set for the KCSP grant (Working Group update, 15 March 2017, section 3): they are local policy, not
/// statute. The rules in <see cref="FundingRules"/> check the ones that can be checked from the record.</para>
/// <para>The catalogue is closed; <see cref="SmartEnum{TEnum, TValue}.Name"/> is the stable JSON name.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class GrantCondition : Catalogue<GrantCondition>
{
    /// <summary>Funded projects support the Community Safety Agreement priorities and the Police and Crime Plan.</summary>
    public static readonly GrantCondition SupportsPriorities = new(nameof(SupportsPriorities), 1, "funded projects support the priorities of the Community Safety Agreement and the Police and Crime Plan");

    /// <summary>The partnership funds projects for the whole county; local projects go to the local partnership.</summary>
    public static readonly GrantCondition PanCountyScope = new(nameof(PanCountyScope), 2, "the partnership funds pan-county projects; localised projects are referred to the local partnerships");

    /// <summary>No duplication of effort across the county.</summary>
    public static readonly GrantCondition NoDuplication = new(nameof(NoDuplication), 3, "no duplication of effort across the county");

    /// <summary>Monitoring returns are made by their deadlines, or funding is withheld and then withdrawn.</summary>
    public static readonly GrantCondition MonitoringReturns = new(nameof(MonitoringReturns), 4, "monitoring returns are made by their deadlines; funding is withheld or withdrawn otherwise");

    /// <summary>Money is repaid if the conditions are breached.</summary>
    public static readonly GrantCondition RepaymentOnBreach = new(nameof(RepaymentOnBreach), 5, "money is repaid if the conditions are breached");

    private GrantCondition(string name, int value, string description)
        : base(name, value)
    {
        Description = description;
    }

    /// <summary>The condition in words.</summary>
    public string Description { get; }
}
