using System.Net;
using System.Net.Sockets;

namespace NewsGraph.Api.Tests.Infrastructure;

/// <summary>Ports of 127.0.0.1 that nothing listens on, for servers whose address must be known before they start.</summary>
public static class FreePort
{
    /// <summary>A port the system just handed out and took back.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
