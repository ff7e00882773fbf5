using NewsGraph.Graph;

namespace NewsGraph.App.Export;

/// <summary>Writes a whole graph in one export format, in a stable order.</summary>
internal interface IGraphExporter
{
    Task WriteAsync(IGraphStore store, TextWriter output, CancellationToken cancellationToken);
}
