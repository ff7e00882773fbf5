namespace NewsGraph.ImportBench;

/// <summary>What an import of the generated corpus measured.</summary>
/// <param name="Articles">Articles imported.</param>
/// <param name="Seconds">Wall time of the whole import, generation and extraction included.</param>
/// <param name="SlowestChunkArticlesPerSecond">The slowest tenth of the import, to show whether speed holds as the graph grows.</param>
/// <param name="PeakWorkingSetMegabytes">The process's peak working set.</param>
/// <param name="StoreMegabytes">The store's size on disk when it is a file, else null.</param>
/// <param name="CpuSeconds">The process's CPU time (user + sys, every thread) over the same span as <paramref name="Seconds"/>.</param>
/// <param name="Stages">Where the importer's time went over that span, stage by stage.</param>
public sealed record ImportFigures(int Articles, double Seconds, double SlowestChunkArticlesPerSecond, double PeakWorkingSetMegabytes, double? StoreMegabytes, double CpuSeconds, IReadOnlyList<StageFigures> Stages)
{
    public double ArticlesPerSecond => Articles / Seconds;

    public double CpuMillisecondsPerArticle => CpuSeconds * 1000 / Articles;
}
