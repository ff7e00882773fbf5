using System.CommandLine;
using System.Text;
using NewsGraph.App.Export;
using NewsGraph.App.Stores;

namespace NewsGraph.App.Commands;

/// <summary><c>newsgraph export --format cypher|jsonl [--output FILE]</c>: the whole graph, in a stable order.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "cypher (a script that recreates the graph in an empty Neo4j) or jsonl (APOC's JSON export shape).", Required = true };
        format.AcceptOnlyFromAmong("cypher", "jsonl");
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var version = new Option<int>("--neo4j-version") { Description = "Major version of the Neo4j that will run the Cypher (3, 4 or 5): it decides the constraint syntax.", DefaultValueFactory = _ => 5 };
        version.AcceptOnlyFromAmong("3", "4", "5");
        var store = new StoreArguments();
        var command = new Command("export", "Export the graph as Cypher or JSON lines.") { format, output, version };
        store.AddTo(command);
        command.SetAction((result, cancellationToken) =>
        {
            IGraphExporter exporter = result.GetValue(format) == "cypher" ? new CypherExporter(result.GetValue(version)) : new JsonLinesExporter();
            return RunAsync(exporter, result.GetValue(output), store.ToConfiguration(result), Console.Out, Console.Error, cancellationToken);
        });
        return command;
    }

    public static Task<int> RunAsync(
        IGraphExporter exporter, FileInfo? file, IReadOnlyDictionary<string, string?> storeSettings, TextWriter output, TextWriter errors, CancellationToken cancellationToken) =>
        StoreFailure.ReportAsync(errors, async () =>
        {
            await using var services = await CommandServices.StartAsync(storeSettings, cancellationToken).ConfigureAwait(false);
            if (file is null)
            {
                await exporter.WriteAsync(services.Store, output, cancellationToken).ConfigureAwait(false);
                return 0;
            }

            // Written beside the target and moved into place, so a failed export leaves no half file.
            var partial = file.FullName + ".partial";
            await using (var writer = new StreamWriter(partial, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                await exporter.WriteAsync(services.Store, writer, cancellationToken).ConfigureAwait(false);
            }

            File.Move(partial, file.FullName, overwrite: true);
            await errors.WriteLineAsync($"newsgraph: exported to {file.FullName}").ConfigureAwait(false);
            return 0;
        });
}
