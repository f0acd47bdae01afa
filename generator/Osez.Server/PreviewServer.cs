using System.Diagnostics;
using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Osez.Building;
using Osez.Diagnostics;
using Osez.Text;

namespace Osez.Server;

/// <summary>
/// <c>serve</c>: the site built in memory, served on 127.0.0.1 to requests addressed to it (<see cref="HostCheck"/>),
/// rebuilt when a file changes, and open tabs reloaded. A build with errors keeps the last good site on screen, under an error panel.
/// </summary>
public sealed class PreviewServer(PreviewOptions options, ISiteRebuilder rebuilder)
{
    private readonly PreviewState _state = new(new SourceLines(options.Paths).Of);
    private readonly LiveReloadHub _hub = new();

    public PreviewState State => _state;

    /// <summary>The address, once started ("http://127.0.0.1:5123/").</summary>
    public string Address { get; private set; } = string.Empty;

    /// <summary>Raised when the server listens (tests wait for it).</summary>
    public event Action<string>? Started;

    /// <summary>Raised after each rebuild with the new state.</summary>
    public event Action<PreviewState.Snapshot>? Rebuilt;

    /// <summary>Raised when a rebuild's pages are served, before its index, exports and feeds are done.</summary>
    public event Action<PreviewState.Snapshot>? PagesServed;

    /// <summary>Serves until <paramref name="stop"/> is cancelled; then stops at once, even with tabs open.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        var log = options.Log;
        var watch = Stopwatch.StartNew();
        var first = rebuilder.BuildAll();
        _state.Apply(first);
        Report(first, $"Site construit en mémoire en {watch.ElapsedMilliseconds} ms", null);

        // Watch before serving: a file saved while the server starts is not missed.
        using var watcher = new SiteWatcher(options.Paths);
        await using var app = CreateApp();
        await app.StartAsync(stop);
        Address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/";
        log.WriteLine($"Aperçu du site : {Address}");
        log.WriteLine("Les fiches en brouillon sont affichées. La page se met à jour à chaque enregistrement. Ctrl+C pour arrêter.");
        Started?.Invoke(Address);

        try
        {
            while (!stop.IsCancellationRequested)
            {
                var changes = await watcher.NextAsync(stop);
                watch.Restart();
                long? pagesAfter = null;
                var result = await Task.Run(() => rebuilder.Rebuild(changes, pages =>
                {
                    // Open pages reload now; the index, exports and feeds follow without a second reload.
                    _state.Apply(pages);
                    pagesAfter = watch.ElapsedMilliseconds;
                    _hub.Publish(_state.Version);
                    PagesServed?.Invoke(_state.Current);
                }), CancellationToken.None);
                if (pagesAfter is null)
                {
                    _state.Apply(result);
                    _hub.Publish(_state.Version);
                }
                else if (_state.Complete(result))
                    _hub.Publish(_state.Version);
                Report(result, pagesAfter is { } ms && !result.HasErrors
                    ? $"{Describe(changes)} : pages à jour en {ms} ms, site complet en {watch.ElapsedMilliseconds} ms"
                    : $"{Describe(changes)} : site reconstruit en {watch.ElapsedMilliseconds} ms", changes);
                Rebuilt?.Invoke(_state.Current);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        finally
        {
            log.WriteLine("Arrêt de l'aperçu.");
            _hub.CloseAll();
            // Open event streams end with ApplicationStopping; a short grace period covers the rest.
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await app.StopAsync(grace.Token);
        }
    }

    private WebApplication CreateApp()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = "Osez.Server",
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = "Production",
        });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, PassiveLifetime>();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        var app = builder.Build();
        var responder = new SiteResponder(_state);
        var script = LoadScript();
        var stopping = app.Lifetime.ApplicationStopping;
        app.Run(context =>
        {
            var port = context.Connection.LocalPort;
            if (!HostCheck.IsAllowed(context.Request.Host, port))
                return HostCheck.Refuse(context, port);
            return context.Request.Path.Value switch
            {
                HtmlInjection.ScriptPath => SendScript(context, script),
                HtmlInjection.EventsPath => StreamEvents(context, stopping),
                _ => responder.RespondAsync(context),
            };
        });
        return app;
    }

    private async Task StreamEvents(HttpContext context, CancellationToken stopping)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-store";
        var reader = _hub.Subscribe();
        // Without ApplicationStopping here, an open tab would hold the server for the host's whole shutdown timeout.
        using var end = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            await response.WriteAsync($"retry: 500\ndata: {_state.Version}\n\n", end.Token);
            await response.Body.FlushAsync(end.Token);
            await foreach (var version in reader.ReadAllAsync(end.Token))
            {
                await response.WriteAsync($"data: {version}\n\n", end.Token);
                await response.Body.FlushAsync(end.Token);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (IOException)
        {
            // The tab went away.
        }
        finally
        {
            _hub.Unsubscribe(reader);
        }
    }

    private static Task SendScript(HttpContext context, byte[] script)
    {
        context.Response.ContentType = "text/javascript; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.Body.WriteAsync(script).AsTask();
    }

    private static byte[] LoadScript()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Osez.Server.livereload.js")!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    private void Report(BuildResult result, string done, IReadOnlyList<SiteChange>? changes)
    {
        var log = options.Log;
        var time = DateTime.Now.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        if (errors.Count == 0)
        {
            log.WriteLine($"[{time}] {LogText.Visible(done)}.");
            return;
        }
        // File names and messages come from the content: shown, never acted on by the terminal (LogText).
        log.WriteLine($"[{time}] {(changes is null ? "Construction" : LogText.Visible(Describe(changes)))} : {(errors.Count == 1 ? "une erreur" : $"{errors.Count} erreurs")}"
            + (_state.Current.Files is null ? "." : " ; la dernière version correcte reste affichée."));
        foreach (var error in errors.Take(10))
        {
            log.WriteLine($"  {LogText.Visible(ErrorOverlay.Where(error))} : {LogText.Visible(error.Message)}");
            if (error.Hint.Length > 0)
                log.WriteLine($"    → {LogText.Visible(error.Hint, keepLineBreaks: true).Replace("\n", "\n      ", StringComparison.Ordinal)}");
        }
    }

    private string Describe(IReadOnlyList<SiteChange> changes)
    {
        // Editors and tools save through a temporary file renamed over the real one: name the real one.
        var named = changes.Where(c => File.Exists(c.Path)).ToList();
        if (named.Count == 0)
            return changes.Count == 1 ? $"{options.Paths.Display(changes[0].Path)} supprimé" : $"{changes.Count} fichiers supprimés";
        return named.Count == 1 ? $"{options.Paths.Display(named[0].Path)} modifié" : $"{named.Count} fichiers modifiés";
    }
}
