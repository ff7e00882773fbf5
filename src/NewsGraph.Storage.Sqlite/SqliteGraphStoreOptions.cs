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
}
