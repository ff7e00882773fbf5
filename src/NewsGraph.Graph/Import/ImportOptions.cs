namespace NewsGraph.Graph.Import;

/// <summary>Settings of a streamed import, bound from the configuration section <see cref="SectionName"/>.</summary>
public sealed class ImportOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string SectionName = "Import";

    /// <summary>
    /// How many batches <see cref="ImportPipeline"/> holds prepared (read and extracted) while the batch before them is
    /// written: what bounds an import's memory, whatever its number of articles. One is enough while preparing a batch
    /// takes less time than writing one, as it does (a second measured no faster, with 20 MB more held). Default: 1.
    /// </summary>
    public int PreparedBatches { get; set; } = 1;
}
