namespace NewsGraph.Storage.Sqlite;

/// <summary>Settings of the embedded SQLite store, bound from the configuration section <see cref="SectionName"/>.</summary>
public sealed class SqliteGraphStoreOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string SectionName = "Sqlite";

    /// <summary>
    /// The database file. A relative path is taken from the current directory; a missing folder is created.
    /// Default: <c>data/newsgraph.db</c>.
    /// </summary>
    public string Path { get; set; } = System.IO.Path.Combine("data", "newsgraph.db");

    /// <summary>
    /// How long a statement waits for a lock that another connection or process holds before it fails with a
    /// transient <c>SQLITE_BUSY</c> error. Waits are retried in whole seconds, so the shortest wait is one second.
    /// Default: 5 seconds.
    /// </summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How many bytes of the file each read connection maps into memory. Neighbourhoods and paths read pages all over a
    /// large file; mapped, SQLite reads them in place instead of copying each one its cache lacks with a system call
    /// (about a fifth faster on a 1 GB store). The mapped pages count in the process's working set, so a long import,
    /// whose reads are few, is better without. Default: 0, none; <c>newsgraph serve</c> uses <see cref="ServingMemoryMapSize"/>.
    /// </summary>
    public long MemoryMapSize { get; set; }

    /// <summary>
    /// Whether committed pages are copied from the WAL into the database file (the checkpoint) on a thread of the
    /// store's own, alongside the writer's caller, instead of by the write that fills the WAL. An import then plans its
    /// next batch while the last one is copied (about a tenth of a 10,000-article import's time, more as the file grows).
    /// Default: true.
    /// </summary>
    public bool CheckpointInBackground { get; set; } = true;

    /// <summary>What a server maps: SQLite's own limit, 2 GB less 64 KB (beyond it, pages are read as without a map).</summary>
    public const long ServingMemoryMapSize = 2147418112;
}
