using NodaTime;

namespace KentCsp.Domain.Kent;

/// <summary>The Kent documents that the built-in data comes from, each named as it names itself.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public static class KentSources
{
    /// <summary>Notes of the meeting of the Kent Community Safety Partnership held on 19 July 2017 (minutes 148–160).</summary>
    public static SourceDocument KcspMinutes2017July19 { get; } =
        new("Kent Community Safety Partnership, notes of the meeting held on 19 July 2017", new LocalDate(2017, 7, 19));

    /// <summary>Report "Kent Community Safety Agreement Update" to the Kent Community Safety Partnership, 19 July 2017.</summary>
    public static SourceDocument CsaUpdate2017July19 { get; } =
        new("Kent Community Safety Agreement Update, report to the Kent Community Safety Partnership", new LocalDate(2017, 7, 19));

    /// <summary>Report "Kent Community Safety Agreement Update" to the Kent Community Safety Partnership, 16 November 2023.</summary>
    public static SourceDocument CsaUpdate2023November16 { get; } =
        new("Kent Community Safety Agreement Update, report to the Kent Community Safety Partnership", new LocalDate(2023, 11, 16));

    /// <summary>Report "Kent Community Safety Partnership Working Group Update" to the Kent Community Safety Partnership, 15 March 2017.</summary>
    public static SourceDocument WorkingGroupUpdate2017March15 { get; } =
        new("Kent Community Safety Partnership Working Group Update, report to the Kent Community Safety Partnership", new LocalDate(2017, 3, 15));
}
