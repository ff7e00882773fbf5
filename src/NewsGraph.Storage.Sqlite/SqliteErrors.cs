using Microsoft.Data.Sqlite;
using NewsGraph.Graph;

namespace NewsGraph.Storage.Sqlite;

/// <summary>Turns SQLite's result codes into <see cref="GraphStoreException"/>s with a code and a transient flag.</summary>
internal static class SqliteErrors
{
    // Primary result codes (https://sqlite.org/rescode.html); the extended code keeps them in its low byte.
    private static readonly Dictionary<int, (string Code, bool Transient)> Known = new()
    {
        [1] = ("SQLITE_ERROR", false),
        [3] = ("SQLITE_PERM", false),
        [5] = ("SQLITE_BUSY", true),
        [6] = ("SQLITE_LOCKED", true),
        [7] = ("SQLITE_NOMEM", true),
        [8] = ("SQLITE_READONLY", false),
        [10] = ("SQLITE_IOERR", true),
        [11] = ("SQLITE_CORRUPT", false),
        [13] = ("SQLITE_FULL", false),
        [14] = ("SQLITE_CANTOPEN", false),
        [15] = ("SQLITE_PROTOCOL", true),
        [19] = ("SQLITE_CONSTRAINT", false),
        [26] = ("SQLITE_NOTADB", false),
    };

    public static GraphStoreException ToStoreException(SqliteException exception, string path)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var primary = exception.SqliteErrorCode & 0xFF;
        var (code, transient) = Known.TryGetValue(primary, out var known) ? known : ($"SQLITE_{primary}", false);
        return new GraphStoreException($"SQLite store '{path}': {exception.Message}", code, transient, exception);
    }
}
