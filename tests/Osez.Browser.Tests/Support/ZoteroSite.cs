using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Osez.Building;
using Osez.Configuration;

namespace Osez.Browser.Tests.Support;

/// <summary>
/// For the tests that save pages with Zotero's own code: the shipped content plus a few write-ups made for it
/// (collectives first, alone or between persons, several authors, accents, a long title, an old address), built
/// with the address it is served at as its public address (so that every reference has a URL), served on
/// 127.0.0.1, and Zotero's translation server started once for the test class.
/// </summary>
public sealed partial class ZoteroSite : IAsyncLifetime
{
    /// <summary>The write-ups added to the shipped content: slug, title, authors (YAML), old address or empty.</summary>
    public static readonly (string Slug, string Title, string Authors, string Alias)[] Generated =
    [
        ("zotero-un-collectif-en-tete", "Un collectif d’habitants écrit avec deux professionnelles",
            """
              - collectif: Collectif des habitants de l’îlot Saint-Éloi
              - nom: Noël
                prenom: Ève-Marie
                fonction: Assistante de service social
              - nom: Béranger
                prenom: Zoé
                fonction: Animatrice
            """, ""),
        ("zotero-un-titre-long",
            "Quand les habitantes et habitants d’un quartier prioritaire réécrivent ensemble le règlement de leur maison de quartier",
            """
              - nom: Ndiaye
                prenom: Aïssatou
                fonction: Éducatrice spécialisée
              - nom: Le Goff
                prenom: Ronan
                fonction: Animateur
              - nom: Da Silva
                prenom: Maria José
                fonction: Conseillère en économie sociale et familiale
              - nom: Œuvray
                prenom: François-Xavier
                fonction: Cadre
            """, ""),
        ("zotero-un-seul-collectif", "Un groupe d’entraide écrit seul son expérience",
            """
              - collectif: Le groupe d’entraide des aidantes et aidants
            """, ""),
        ("zotero-deux-collectifs", "Deux collectifs et un éducateur racontent un chantier jeunes",
            """
              - collectif: Comité des usagers
              - nom: Moreau
                prenom: Jérôme
                fonction: Éducateur spécialisé
              - collectif: Les jeunes du conseil de quartier
            """, "zotero-ancien-nom-du-chantier"),
    ];

    private readonly string _root = Path.Combine(Path.GetTempPath(), "osez-zotero-tests", Guid.NewGuid().ToString("N"));
    private StaticServer? _pages;
    private ZoteroServer? _zotero;

    /// <summary>Why the tests are skipped here, or null.</summary>
    public string? Missing { get; } = ZoteroServer.Missing();

    public string Folder => Path.Combine(_root, "output");

    /// <summary>"http://127.0.0.1:PORT/": where the pages are served, also the site's public address.</summary>
    public string PagesBase => _pages!.BaseUrl;

    public ZoteroServer Zotero => _zotero!;

    /// <summary>How long building the site and starting the server took.</summary>
    public TimeSpan StartTime { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (Missing is not null)
            return;
        var clock = Stopwatch.StartNew();
        var content = Path.Combine(_root, "content");
        Copy(Repository.Content, content);
        // The pages are served before they are built: the site's public address is the server's.
        _pages = new StaticServer(Folder, keepAlive: false);
        var siteFile = Path.Combine(content, "site.yml");
        var site = File.ReadAllText(siteFile);
        Assert.Contains("url_de_base: \"\"", site);
        File.WriteAllText(siteFile, site.Replace("url_de_base: \"\"", $"url_de_base: \"{PagesBase.TrimEnd('/')}\"", StringComparison.Ordinal));
        var model = File.ReadAllText(Path.Combine(content, "fiches", "une-cuisine-collective-dans-le-quartier.md"));
        foreach (var (slug, title, authors, alias) in Generated)
            File.WriteAllText(Path.Combine(content, "fiches", slug + ".md"), WriteUp(model, title, authors, alias));

        var result = SiteBuilder.Default.Run(new BuildOptions(SitePaths.From(content, Repository.Templates, Folder), OutputMode.Disk));
        if (!result.Written)
            throw new InvalidOperationException("The site for Zotero did not build:\n"
                + string.Join("\n", result.Diagnostics.Select(d => $"{d.Code} {d.Location}: {d.Message}")));
        _zotero = await ZoteroServer.StartAsync(new Uri(PagesBase).Authority);
        StartTime = clock.Elapsed;
    }

    /// <summary>The write-ups of the site (slug, the CSL-JSON item its page offers), read from the built pages.</summary>
    public IReadOnlyList<(string Slug, JsonObject Csl)> WriteUps()
    {
        var list = new List<(string, JsonObject)>();
        foreach (var directory in Directory.GetDirectories(Path.Combine(Folder, "fiches")).Order(StringComparer.Ordinal))
        {
            var page = Path.Combine(directory, "index.html");
            if (File.Exists(page) && Csl(File.ReadAllText(page)) is { } csl)
                list.Add((Path.GetFileName(directory), csl));
        }
        return list;
    }

    /// <summary>The old addresses of the site (slug) and the slug of the write-up each leads to.</summary>
    public IReadOnlyList<(string Alias, string Target)> Aliases()
    {
        var list = new List<(string, string)>();
        foreach (var directory in Directory.GetDirectories(Path.Combine(Folder, "fiches")).Order(StringComparer.Ordinal))
        {
            var page = Path.Combine(directory, "index.html");
            if (!File.Exists(page))
                continue;
            var html = File.ReadAllText(page);
            if (html.Contains("http-equiv=\"refresh\"", StringComparison.Ordinal) && CanonicalSlug().Match(html) is { Success: true } canonical)
                list.Add((Path.GetFileName(directory), canonical.Groups[1].Value));
        }
        return list;
    }

    /// <summary>The CSL-JSON item in a write-up page's data (the text its « CSL-JSON » download gives), or null.</summary>
    public static JsonObject? Csl(string html)
    {
        var data = CiteFiles().Match(html);
        if (!data.Success)
            return null;
        var texts = JsonNode.Parse(data.Groups[1].Value)!.AsObject();
        return JsonNode.Parse(texts["csl-json"]!.GetValue<string>())!.AsArray()[0]!.AsObject();
    }

    private static string WriteUp(string model, string title, string authors, string alias)
    {
        var text = TitleLine().Replace(model, $"titre: \"{title}\"", 1);
        text = AuthorsBlock().Replace(text, "auteurs:\n" + authors.ReplaceLineEndings("\n").TrimEnd() + "\n", 1);
        if (alias.Length > 0)
            text = text.Replace("statut: publie\n", $"anciens_slugs: [{alias}]\nstatut: publie\n", StringComparison.Ordinal);
        return text;
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var directory in Directory.GetDirectories(from))
            Copy(directory, Path.Combine(to, Path.GetFileName(directory)));
    }

    public async ValueTask DisposeAsync()
    {
        _zotero?.Dispose();
        _pages?.Dispose();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
        await ValueTask.CompletedTask;
    }

    [GeneratedRegex("""<script type="application/json" id="citation-fichiers" data-cite-files>(.*?)</script>""", RegexOptions.Singleline)]
    private static partial Regex CiteFiles();

    [GeneratedRegex("""<link rel="canonical" href="[^"]*/fiches/([^/"]+)/">""")]
    private static partial Regex CanonicalSlug();

    [GeneratedRegex("^titre: .*$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();

    [GeneratedRegex(@"^auteurs:\n(?:  .*\n)+", RegexOptions.Multiline)]
    private static partial Regex AuthorsBlock();
}
