using Ardalis.SmartEnum;

namespace KentCsp.Domain.Funding;

/// <summary>
/// What a guard of the 360Giving export does when it finds a reason not to publish: refuse the export (the default),
/// or write the package and report each reason as a warning.
/// </summary>
/// <remarks>
/// <para>The export has two guards (<see cref="ThreeSixtyGivingExportOptions.RuleGuard"/> and
/// <see cref="ThreeSixtyGivingExportOptions.QualityGuard"/>): the funding rules, and the critical checks of 360Giving's
/// Data Quality Tool. Both refuse unless the caller opts in with <see cref="Warn"/>.</para>
/// <para>The catalogue is closed; <see cref="SmartEnum{TEnum, TValue}.Name"/> is the stable name.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ThreeSixtyGivingGuard : Catalogue<ThreeSixtyGivingGuard>
{
    /// <summary>Refuse the export, writing nothing, and name every reason (the default).</summary>
    public static readonly ThreeSixtyGivingGuard Refuse = new(nameof(Refuse), 1, "refuse");

    /// <summary>Write the package and report every reason as a warning: the caller has looked and publishes anyway.</summary>
    public static readonly ThreeSixtyGivingGuard Warn = new(nameof(Warn), 2, "warn");

    private ThreeSixtyGivingGuard(string name, int value, string description)
        : base(name, value)
    {
        Description = description;
    }

    /// <summary>The guard's action in words, e.g. "refuse".</summary>
    public string Description { get; }
}
