using System.Diagnostics;
using System.Net.Http.Headers;

namespace NewsGraph.LoadTest;

/// <summary>
/// A closed-loop load generator: <c>connections</c> workers, each on its own pooled connection, send one POST and
/// wait for the whole answer before the next. Requests started during the warm-up are not counted; requests started
/// in the measured window are, with their latency (send to last byte) and whether the body was the expected one.
/// </summary>
public sealed class LoadClient : IDisposable
{
    public static readonly MediaTypeHeaderValue ResponseMediaType = new("application/graphql-response+json") { CharSet = "utf-8" };

    private static readonly MediaTypeHeaderValue RequestMediaType = new("application/json");

    private readonly HttpClient _http;
    private readonly int _connections;

    public LoadClient(int connections)
    {
        _connections = connections;
        _http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseCookies = false,
        });
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue(ResponseMediaType.MediaType!));
    }

    /// <summary>One request, for the answer's bytes.</summary>
    public async Task<byte[]> PostAsync(Uri url, byte[] body, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(url, body, cancellationToken).ConfigureAwait(false);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return response.IsSuccessStatusCode
            ? bytes
            : throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(bytes)}");
    }

    /// <summary>A GET, for the answer's bytes.</summary>
    public Task<byte[]> GetAsync(Uri url, CancellationToken cancellationToken) => _http.GetByteArrayAsync(url, cancellationToken);

    public async Task<LoadFigures> RunAsync(Uri url, byte[] body, byte[] expected, TimeSpan warmUp, TimeSpan duration, CancellationToken cancellationToken)
    {
        var measureFrom = Stopwatch.GetTimestamp() + (long)(warmUp.TotalSeconds * Stopwatch.Frequency);
        var end = measureFrom + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, _connections)
            .Select(_ => Task.Run(() => WorkAsync(url, body, expected, measureFrom, end, cancellationToken), cancellationToken))
            .ToList();
        await Task.Delay(warmUp, cancellationToken).ConfigureAwait(false);
        var cpuBefore = Environment.CpuUsage.TotalTime;
        await Task.Delay(duration, cancellationToken).ConfigureAwait(false);
        var cpu = Environment.CpuUsage.TotalTime - cpuBefore;
        var results = await Task.WhenAll(workers).ConfigureAwait(false);
        var latencies = results.SelectMany(r => r.Latencies).Order().ToList();
        return new LoadFigures(
            latencies.Count, duration.TotalSeconds, Percentile(latencies, 0.50), Percentile(latencies, 0.99), results.Sum(r => r.Failures), cpu.TotalSeconds);
    }

    public void Dispose() => _http.Dispose();

    private async Task<(List<double> Latencies, int Failures)> WorkAsync(Uri url, byte[] body, byte[] expected, long measureFrom, long end, CancellationToken cancellationToken)
    {
        var latencies = new List<double>();
        var failures = 0;
        while (Stopwatch.GetTimestamp() is var started && started < end)
        {
            bool right;
            using (var response = await SendAsync(url, body, cancellationToken).ConfigureAwait(false))
            {
                var answer = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                right = response.IsSuccessStatusCode && answer.AsSpan().SequenceEqual(expected);
            }

            if (started >= measureFrom)
            {
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                failures += right ? 0 : 1;
            }
        }

        return (latencies, failures);
    }

    private async Task<HttpResponseMessage> SendAsync(Uri url, byte[] body, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = RequestMediaType;
        return await _http.PostAsync(url, content, cancellationToken).ConfigureAwait(false);
    }

    private static double Percentile(List<double> sorted, double quantile) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(quantile * sorted.Count) - 1)];
}
