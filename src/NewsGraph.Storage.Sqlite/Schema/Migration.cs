namespace NewsGraph.Storage.Sqlite.Schema;

/// <summary>One step of the schema: the script that takes the file from version <c>Version - 1</c> to <paramref name="Version"/>.</summary>
internal sealed record Migration(int Version, string Name, string Sql);
