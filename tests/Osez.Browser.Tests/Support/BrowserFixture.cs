using Microsoft.Playwright;
using Osez.Building;
using Osez.Configuration;

[assembly: AssemblyFixture(typeof(Osez.Browser.Tests.Support.BrowserFixture))]

namespace Osez.Browser.Tests.Support;

/// <summary>
/// One Chromium for the whole test run, and the shipped site built once into a temporary
/// folder, served over HTTP and also opened from disk.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private StaticServer? _server;

    public string SiteFolder { get; } = Path.Combine(Path.GetTempPath(), "osez-browser-tests", Guid.NewGuid().ToString("N"), "output");

    public string HttpBase => _server!.BaseUrl;

    public string FileBase => new Uri(SiteFolder + Path.DirectorySeparatorChar).AbsoluteUri;

    public IBrowser Browser => _browser!;

    public async ValueTask InitializeAsync()
    {
        var paths = SitePaths.From(Repository.Content, Repository.Templates, SiteFolder);
        var result = SiteBuilder.Default.Run(new BuildOptions(paths, OutputMode.Disk));
        if (!result.Written)
            throw new InvalidOperationException("The shipped site did not build:\n"
                + string.Join("\n", result.Diagnostics.Select(d => $"{d.Code} {d.Location}: {d.Message}")));
        _server = new StaticServer(SiteFolder);

        // The machines are shared and slow at times: wait long before calling a page broken.
        Assertions.SetDefaultExpectTimeout(20_000);
        var chromium = ChromiumLocator.Find() ?? throw new InvalidOperationException(ChromiumLocator.Missing);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--allow-file-access-from-files",
            ],
        });
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "fr-FR",
        });
        context.SetDefaultTimeout(20_000);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
        _server?.Dispose();
        try
        {
            Directory.Delete(Path.GetDirectoryName(SiteFolder)!, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
