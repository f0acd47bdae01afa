using System.Net;
using System.Net.Sockets;

namespace Osez.Browser.Tests.Support;

/// <summary>A small HTTP server for a folder, on 127.0.0.1 and a free port, as a forge's pages would serve it.</summary>
public sealed class StaticServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly CancellationTokenSource _stop = new();
    private readonly bool _keepAlive;

    /// <param name="root">The folder served.</param>
    /// <param name="keepAlive">
    /// False to close each connection after its answer: Node's HTTP client (Zotero's translation server) reuses idle
    /// connections that HttpListener may have dropped meanwhile, and then fails with "socket hang up".
    /// </param>
    public StaticServer(string root, bool keepAlive = true)
    {
        _root = Path.GetFullPath(root);
        _keepAlive = keepAlive;
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(BaseUrl);
        _listener.Start();
        _ = Task.Run(Serve);
    }

    public string BaseUrl { get; }

    /// <summary>A port free on 127.0.0.1 at the time of asking.</summary>
    public static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task Serve()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }
            _ = Task.Run(() => Answer(context));
        }
    }

    private void Answer(HttpListenerContext context)
    {
        using var response = context.Response;
        response.KeepAlive = _keepAlive;
        var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath).TrimStart('/');
        if (path.Length == 0 || path.EndsWith('/'))
            path += "index.html";
        var file = Path.GetFullPath(Path.Combine(_root, path));
        if (!file.StartsWith(_root, StringComparison.Ordinal) || !File.Exists(file))
        {
            response.StatusCode = 404;
            file = Path.Combine(_root, "404.html");
            if (!File.Exists(file))
                return;
        }
        response.ContentType = Path.GetExtension(file) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            ".json" => "application/json",
            ".png" => "image/png",
            ".svg" => "image/svg+xml",
            ".xml" => "application/xml",
            _ => "application/octet-stream",
        };
        var bytes = File.ReadAllBytes(file);
        response.ContentLength64 = bytes.Length;
        response.OutputStream.Write(bytes);
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
    }
}
