namespace NewsGraph.Api.Schema;

/// <summary>The contract: <c>schema/newsgraph.graphql</c>, compiled into this assembly.</summary>
public static class SchemaDefinition
{
    private const string ResourceName = "NewsGraph.Api.newsgraph.graphql";

    /// <summary>The schema file's text.</summary>
    public static string Sdl { get; } = Read();

    private static string Read()
    {
        using var stream = typeof(SchemaDefinition).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from NewsGraph.Api.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
