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
        using var response = await SendAsync(url, body, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
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
        // The worker's one answer buffer: a load generator that allocated a copy of every answer would spend the
        // server's CPU on its own garbage (it runs in the server's process).
        var answer = new byte[expected.Length + 1];
        while (Stopwatch.GetTimestamp() is var started && started < end)
        {
            bool right;
            using (var response = await SendAsync(url, body, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false))
            {
                var length = await ReadAnswerAsync(response, answer, cancellationToken).ConfigureAwait(false);
                right = response.IsSuccessStatusCode && answer.AsSpan(0, length).SequenceEqual(expected);
            }

            if (started >= measureFrom)
            {
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                failures += right ? 0 : 1;
            }
        }

        return (latencies, failures);
    }

    private async Task<HttpResponseMessage> SendAsync(Uri url, byte[] body, HttpCompletionOption completion, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = RequestMediaType;
        return await _http.SendAsync(request, completion, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads the answer into <paramref name="buffer"/>; an answer longer than the buffer is cut at its length (and so differs from the expected one).</summary>
    private static async Task<int> ReadAnswerAsync(HttpResponseMessage response, byte[] buffer, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var length = 0;
        while (length < buffer.Length && await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false) is > 0 and var read)
        {
            length += read;
        }

        return length;
    }

    private static double Percentile(List<double> sorted, double quantile) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(quantile * sorted.Count) - 1)];
}
