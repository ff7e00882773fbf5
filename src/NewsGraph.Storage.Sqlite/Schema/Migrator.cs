using System.Globalization;
using Microsoft.Data.Sqlite;
using NewsGraph.Graph;

namespace NewsGraph.Storage.Sqlite.Schema;

/// <summary>
/// Brings a file to the newest schema: each migration it lacks runs in its own IMMEDIATE transaction and is recorded
/// in <c>schema_migrations</c>, so a second process that opens the same file meanwhile neither repeats nor skips one.
/// </summary>
internal static class Migrator
{
    private const string CreateHistory = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version    INTEGER PRIMARY KEY,
            name       TEXT NOT NULL,
            applied_at TEXT NOT NULL
        )
        """;

    /// <exception cref="GraphStoreException">The file has a newer schema than <paramref name="migrations"/> know.</exception>
    public static async Task MigrateAsync(SqliteConnection connection, IReadOnlyList<Migration> migrations, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, null, CreateHistory, cancellationToken).ConfigureAwait(false);
        var known = migrations.Count == 0 ? 0 : migrations[^1].Version;
        var current = await CurrentVersionAsync(connection, null, cancellationToken).ConfigureAwait(false);
        if (current > known)
        {
            throw new GraphStoreException(
                $"The SQLite file '{connection.DataSource}' has schema version {current}, but this NewsGraph knows versions up to {known}: open it with a newer NewsGraph.",
                code: "Store.SchemaTooNew",
                isTransient: false);
        }

        foreach (var migration in migrations.Where(m => m.Version > current))
        {
            await ApplyAsync(connection, migration, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task ApplyAsync(SqliteConnection connection, Migration migration, CancellationToken cancellationToken)
    {
        // IMMEDIATE takes the write lock before reading the version, so two processes cannot both apply it.
        using (var transaction = connection.BeginTransaction(deferred: false))
        {
            if (await CurrentVersionAsync(connection, transaction, cancellationToken).ConfigureAwait(false) >= migration.Version)
            {
                return;
            }

            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken).ConfigureAwait(false);
            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($version, $name, $appliedAt)";
            record.Parameters.AddWithValue("$version", migration.Version);
            record.Parameters.AddWithValue("$name", migration.Name);
            record.Parameters.AddWithValue("$appliedAt", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<long> CurrentVersionAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT coalesce(max(version), 0) FROM schema_migrations";
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
