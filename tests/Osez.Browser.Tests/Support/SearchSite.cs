using Osez.Building;
using Osez.Configuration;

namespace Osez.Browser.Tests.Support;

/// <summary>
/// The search fixture site (tests/fixtures/sites/recherche: five write-ups holding the words of the
/// search queries), built once per run into a temporary folder and served over HTTP.
/// </summary>
public sealed class SearchSite
{
    private static readonly Lazy<SearchSite> Shared = new(() => new SearchSite());

    private readonly StaticServer _server;

    private SearchSite()
    {
        var content = Path.Combine(Repository.Root, "tests", "fixtures", "sites", "recherche", "content");
        var paths = SitePaths.From(content, Repository.Templates, Folder);
        var result = SiteBuilder.Default.Run(new BuildOptions(paths, OutputMode.Disk));
        if (!result.Written)
            throw new InvalidOperationException("The search fixture site did not build:\n"
                + string.Join("\n", result.Diagnostics.Select(d => $"{d.Code} {d.Location}: {d.Message}")));
        _server = new StaticServer(Folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            _server.Dispose();
            try
            {
                Directory.Delete(Path.GetDirectoryName(Folder)!, recursive: true);
            }
            catch (IOException)
            {
            }
        };
    }

    public static SearchSite Instance => Shared.Value;

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "osez-browser-tests", Guid.NewGuid().ToString("N"), "output");

    public string HttpBase => _server.BaseUrl;

    public string FileBase => new Uri(Folder + Path.DirectorySeparatorChar).AbsoluteUri;
}
