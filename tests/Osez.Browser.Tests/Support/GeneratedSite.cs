using Osez.Building;
using Osez.Configuration;
using Osez.Corpus;

namespace Osez.Browser.Tests.Support;

/// <summary>
/// A site of 1,100 generated write-ups (bench/Osez.Corpus), so that the search index is cut into many
/// shards and the facet values into two chunks; built once per run, served over HTTP.
/// </summary>
public sealed class GeneratedSite
{
    public const int Count = 1100;

    private static readonly Lazy<GeneratedSite> Shared = new(() => new GeneratedSite());

    private readonly StaticServer _server;

    private GeneratedSite()
    {
        var corpus = Path.Combine(Root, "corpus");
        CorpusWriter.Write(new CorpusOptions(Count, "1", corpus, Repository.Content, Stats: false));
        var paths = SitePaths.From(Path.Combine(corpus, "content"), Repository.Templates, Folder);
        var result = SiteBuilder.Default.Run(new BuildOptions(paths, OutputMode.Disk));
        if (!result.Written)
            throw new InvalidOperationException("The generated site did not build:\n"
                + string.Join("\n", result.Diagnostics.Select(d => $"{d.Code} {d.Location}: {d.Message}")));
        _server = new StaticServer(Folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            _server.Dispose();
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
            }
        };
    }

    public static GeneratedSite Instance => Shared.Value;

    private static string Root { get; } = Path.Combine(Path.GetTempPath(), "osez-browser-tests", Guid.NewGuid().ToString("N"));

    public string Folder { get; } = Path.Combine(Root, "output");

    public string HttpBase => _server.BaseUrl;

    public string FileBase => new Uri(Folder + Path.DirectorySeparatorChar).AbsoluteUri;
}
