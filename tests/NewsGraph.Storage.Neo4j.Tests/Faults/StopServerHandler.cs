using System.Text.RegularExpressions;

namespace NewsGraph.Storage.Neo4j.Tests.Faults;

/// <summary>
/// Stops the server just before the first request into an open transaction (<c>…/transaction/17</c>,
/// <c>…/tx/17</c>) goes out, so the server dies between two requests of one ApplyAsync.
/// </summary>
public sealed partial class StopServerHandler(Func<Task> stopServer) : DelegatingHandler(new SocketsHttpHandler())
{
    public bool Stopped { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!Stopped && request.Method == HttpMethod.Post && OpenTransaction().IsMatch(request.RequestUri!.AbsolutePath))
        {
            Stopped = true;
            await stopServer();
        }

        return await base.SendAsync(request, cancellationToken);
    }

    [GeneratedRegex(@"/(transaction|tx)/\d+$")]
    private static partial Regex OpenTransaction();
}
