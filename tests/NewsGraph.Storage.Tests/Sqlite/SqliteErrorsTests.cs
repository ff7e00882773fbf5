using Microsoft.Data.Sqlite;
using NewsGraph.Storage.Sqlite;

namespace NewsGraph.Storage.Tests.Sqlite;

public sealed class SqliteErrorsTests
{
    [Theory]
    [InlineData(5, 5, "SQLITE_BUSY", true)]
    [InlineData(5, 517, "SQLITE_BUSY", true)]
    [InlineData(6, 6, "SQLITE_LOCKED", true)]
    [InlineData(10, 266, "SQLITE_IOERR", true)]
    [InlineData(8, 8, "SQLITE_READONLY", false)]
    [InlineData(11, 11, "SQLITE_CORRUPT", false)]
    [InlineData(13, 13, "SQLITE_FULL", false)]
    [InlineData(14, 14, "SQLITE_CANTOPEN", false)]
    [InlineData(19, 2067, "SQLITE_CONSTRAINT", false)]
    [InlineData(26, 26, "SQLITE_NOTADB", false)]
    [InlineData(1, 1, "SQLITE_ERROR", false)]
    [InlineData(99, 99, "SQLITE_99", false)]
    public void ToStoreException_maps_the_primary_result_code(int code, int extendedCode, string expected, bool transient)
    {
        var cause = new SqliteException("boom", code, extendedCode);

        var error = SqliteErrors.ToStoreException(cause, "/data/graph.db");

        Assert.Equal(expected, error.Code);
        Assert.Equal(transient, error.IsTransient);
        Assert.Same(cause, error.InnerException);
        Assert.Equal("SQLite store '/data/graph.db': boom", error.Message);
    }
}
