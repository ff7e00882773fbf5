using System.Globalization;
using System.Reflection;

namespace NewsGraph.Storage.Sqlite.Schema;

/// <summary>The migrations this build knows: the embedded <c>Migrations/NNNN_name.sql</c> files, in version order.</summary>
internal static class MigrationCatalog
{
    private const string Prefix = "NewsGraph.Storage.Sqlite.Migrations.";

    public static IReadOnlyList<Migration> All { get; } = Load(typeof(MigrationCatalog).Assembly);

    private static Migration[] Load(Assembly assembly)
    {
        var migrations = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => Read(assembly, name))
            .OrderBy(migration => migration.Version)
            .ToArray();
        for (var i = 0; i < migrations.Length; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException($"Migration {migrations[i].Name} breaks the sequence 1, 2, 3, ... of migration versions.");
            }
        }

        return migrations;
    }

    private static Migration Read(Assembly assembly, string resource)
    {
        var name = resource[Prefix.Length..^".sql".Length];
        var version = int.Parse(name.AsSpan(0, name.IndexOf('_', StringComparison.Ordinal)), CultureInfo.InvariantCulture);
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return new Migration(version, name, reader.ReadToEnd());
    }
}
