using System.Diagnostics.Metrics;

namespace NewsGraph.Graph.Import;

/// <summary>
/// The importer's meter, <see cref="MeterName"/>: where a batch's time goes, stage by stage, for any
/// <see cref="MeterListener"/> or metrics exporter (the import benchmark prints them). The store records the stages of
/// its write (<see cref="Serializing"/> to <see cref="Commit"/>): every write to it is an import's or a removal's.
/// </summary>
public static class ImportMetrics
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "NewsGraph.Import";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>Extracting a batch and building each article's evidence, on every core, off the writer.</summary>
    public static ImportStage Preparing { get; } = new(Meter, "preparing", "Extracting a batch and building its evidence", onOneThread: false);

    /// <summary>A prepared batch, from the check for stored articles to the write's end.</summary>
    public static ImportStage Batch { get; } = new(Meter, "batch", "Importing a prepared batch", onOneThread: false);

    /// <summary>The batch's entities merged with the stored ones, and their affiliations.</summary>
    public static ImportStage Entities { get; } = new(Meter, "entities", "Merging entities with the stored ones", onOneThread: true);

    /// <summary>The stored claims new quotes may join.</summary>
    public static ImportStage Candidates { get; } = new(Meter, "candidates", "Finding candidate claims", onOneThread: false);

    /// <summary>The relink's reads: stored occurrences read from RELAYED edges and parsed, responders, response targets, orphaned sources.</summary>
    public static ImportStage RelinkReads { get; } = new(Meter, "relink_reads", "Reading what the relink needs", onOneThread: true);

    /// <summary>The statement linker over stored and new occurrences.</summary>
    public static ImportStage Linking { get; } = new(Meter, "linking", "Linking statements", onOneThread: true);

    /// <summary>Claim nodes and edges built from the linked statements.</summary>
    public static ImportStage ClaimGraph { get; } = new(Meter, "claim_graph", "Building claim nodes and edges", onOneThread: true);

    /// <summary>The store turning the change into rows.</summary>
    public static ImportStage Serializing { get; } = new(Meter, "serializing", "Turning the change into rows", onOneThread: true);

    /// <summary>The store waiting for the last write's checkpoint to end.</summary>
    public static ImportStage CheckpointWait { get; } = new(Meter, "checkpoint_wait", "Waiting for the checkpoint", onOneThread: false);

    /// <summary>The store's statements of a change, before the commit.</summary>
    public static ImportStage Writing { get; } = new(Meter, "writing", "Writing the change", onOneThread: true);

    /// <summary>The store's commit.</summary>
    public static ImportStage Commit { get; } = new(Meter, "commit", "Committing the change", onOneThread: true);

    /// <summary>Every stage, in the order a batch meets them.</summary>
    public static IReadOnlyList<ImportStage> Stages { get; } =
        [Preparing, Batch, Entities, Candidates, RelinkReads, Linking, ClaimGraph, Serializing, CheckpointWait, Writing, Commit];
}
