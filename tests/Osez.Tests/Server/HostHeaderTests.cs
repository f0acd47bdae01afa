using System.Net;
using System.Net.Sockets;
using System.Text;
using Osez.Building;
using Osez.Server;
using Osez.Tests.Support;

namespace Osez.Tests.Server;

/// <summary>
/// <c>serve</c> answers only requests addressed to itself: another name made to point at 127.0.0.1 (DNS rebinding)
/// gets a short refusal, never a page, so a web page elsewhere cannot read the drafts through it.
/// </summary>
public sealed class HostHeaderTests
{
    private const string Draft = "fiches/brouillon-en-cours/index.html";

    [Fact]
    public async Task Only_the_preview_own_addresses_are_answered()
    {
        using var site = TestSite.FromFixture("minimal");
        await using var preview = await Preview.StartAsync(site);
        var port = preview.Port;

        foreach (var host in new[] { $"127.0.0.1:{port}", $"localhost:{port}", $"LocalHost:{port}", $"[::1]:{port}" })
        {
            var (status, body) = await preview.GetAsync(Draft, host);
            Assert.True(status == HttpStatusCode.OK, $"{host}: {status}");
            Assert.Contains("<html", body);
        }

        foreach (var host in new[]
                 {
                     "evil.example", $"evil.example:{port}", $"127.0.0.1.nip.io:{port}", $"localhost.evil.example:{port}",
                     "127.0.0.1", "localhost", $"127.0.0.1:{port + 1}", $"0.0.0.0:{port}", $"127.0.0.2:{port}",
                 })
        {
            foreach (var path in new[] { Draft, "", "__osez/livereload.js", "__osez/evenements", "donnees/fiches.csv" })
            {
                var (status, body) = await preview.GetAsync(path, host);
                Assert.True(status == HttpStatusCode.BadRequest, $"{host} /{path}: {status}");
                Assert.StartsWith("Adresse refusée : l'aperçu ne répond qu'à http://127.0.0.1:", body);
                Assert.DoesNotContain("brouillon", body, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Fact]
    public async Task A_request_without_a_host_is_refused()
    {
        using var site = TestSite.FromFixture("minimal");
        await using var preview = await Preview.StartAsync(site);
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, preview.Port, TestContext.Current.CancellationToken);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET /{Draft} HTTP/1.0\r\n\r\n"), TestContext.Current.CancellationToken);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var answer = await reader.ReadToEndAsync(TestContext.Current.CancellationToken);
        Assert.StartsWith("HTTP/1.1 400", answer);
        Assert.DoesNotContain("<html", answer);
    }

    /// <summary>The preview server of a test site, on a free port, stopped when disposed.</summary>
    private sealed class Preview : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly HttpClient _http = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseProxy = false });
        private Task _running = Task.CompletedTask;

        public int Port { get; private set; }

        public static async Task<Preview> StartAsync(TestSite site)
        {
            var preview = new Preview();
            var server = new PreviewServer(new PreviewOptions(site.Paths, 0, TextWriter.Null), new IncrementalRebuilder(site.Paths, SiteBuilder.Default));
            var started = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            server.Started += address => started.TrySetResult(address);
            preview._running = Task.Run(() => server.RunAsync(preview._stop.Token));
            var address = await started.Task.WaitAsync(TimeSpan.FromSeconds(60));
            preview.Port = new Uri(address).Port;
            return preview;
        }

        public async Task<(HttpStatusCode Status, string Body)> GetAsync(string path, string host)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{Port}/{path}");
            request.Headers.Host = host;
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            // The event stream stays open when answered: the headers are enough.
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var body = response.StatusCode == HttpStatusCode.OK && path.StartsWith("__osez/evenements", StringComparison.Ordinal)
                ? string.Empty
                : await response.Content.ReadAsStringAsync(timeout.Token);
            return (response.StatusCode, body);
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _running.WaitAsync(TimeSpan.FromSeconds(20));
            _http.Dispose();
            _stop.Dispose();
        }
    }
}
