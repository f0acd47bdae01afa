using Osez.Anonymisation;
using Osez.Content;
using Osez.Rendering;
using Osez.Site;

namespace Osez.Building;

/// <summary>
/// What the preview server keeps from one build to the next, so that saving one write-up rebuilds little:
/// write-ups whose file did not change are not read again nor scanned again, and the pages of write-ups that
/// neither changed nor link to (or are linked from) one that changed are reused as they were. Every other page,
/// the index, the exports and the feeds are made again, so the files are the same as a full build's.
/// <para>
/// A write-up's page shows, besides the write-up itself, only the titles of the write-ups it links to and of
/// those that link to it (its "liens", and "fiche:" links in texts), the learning paths, the vocabularies, the
/// site's settings and the theme. Any change other than a write-up's Markdown file (<see cref="Forget"/>), a
/// write-up added, removed or renamed, or another day, and every page is rendered again.
/// </para>
/// <para>
/// It is the one object a build is given for this (<see cref="BuildRun"/>): each stage takes from it its own memo,
/// <see cref="WriteUps"/> to load, <see cref="Anonymisation"/> to validate, <see cref="RenderScope"/> to render
/// bodies and pages.
/// </para>
/// </summary>
public sealed class BuildMemory
{
    /// <summary>More changed write-ups than this share of the site, and every page is rendered again.</summary>
    private const int FullRenderShare = 4;

    private LastBuild? _last;
    private IReadOnlyDictionary<string, byte[]> _produced = new Dictionary<string, byte[]>();

    // The build under way: its options, what its render stages may reuse, and the files its pages made.
    private BuildOptions? _options;
    private (SiteModel Site, RenderScope? Scope)? _scope;
    private HashSet<string>? _pagePaths;

    /// <summary>The load stage's memo: write-ups whose file did not change are not read again.</summary>
    public WriteUpMemo WriteUps { get; } = new();

    /// <summary>The validate stage's memo: write-ups that were not read again are not scanned again.</summary>
    public AnonymisationMemo Anonymisation { get; } = new();

    /// <summary>Write-up pages reused by the last build; 0 when every page was rendered.</summary>
    public int LastReused { get; private set; }

    /// <summary>A write-up's Markdown file changed (or appeared, or went): it is read again.</summary>
    public void WriteUpChanged(string fullPath) => WriteUps.Forget(fullPath);

    /// <summary>Anything else changed (settings, vocabularies, pages, templates...): the next build renders every page.</summary>
    public void Forget() => _last = null;

    /// <summary>A build starts.</summary>
    internal void Begin(BuildOptions options)
    {
        LastReused = 0;
        _options = options;
        _scope = null;
        _pagePaths = null;
    }

    /// <summary>
    /// The render stages' memo: the write-up bodies and pages this build may take from the last one as they were
    /// (null renders everything). Worked out once per build, and only for a build in memory.
    /// </summary>
    internal RenderScope? RenderScope(SiteModel site)
    {
        if (_scope is not { } known || !ReferenceEquals(known.Site, site))
            _scope = known = (site, _options is { Mode: OutputMode.Memory } options ? ScopeFor(site, options) : null);
        return known.Scope;
    }

    private RenderScope? ScopeFor(SiteModel site, BuildOptions options)
    {
        var last = _last;
        if (last is null || last.Today != options.Today || last.IncludeDrafts != options.IncludeDrafts
            || last.Site.WriteUps.Count != site.WriteUps.Count
            || !last.Site.Loaded.UnreadableWriteUps.SetEquals(site.Loaded.UnreadableWriteUps))
            return null;
        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var writeUp in site.WriteUps)
        {
            var before = last.Site.Find(writeUp.Slug);
            if (before is null)
                return null; // a write-up was renamed: links, lists and suggestions change everywhere
            if (!ReferenceEquals(before, writeUp))
                changed.Add(writeUp.Slug);
        }
        if (changed.Count * FullRenderShare > site.WriteUps.Count)
            return null;

        var render = new HashSet<string>(changed, StringComparer.Ordinal);
        foreach (var slug in changed)
        {
            // Pages that show its title: those it links to (their backlinks) and those linking to it (their links).
            render.UnionWith(last.Site.BacklinksOf(slug).Select(w => w.Slug));
            render.UnionWith(site.BacklinksOf(slug).Select(w => w.Slug));
        }
        foreach (var writeUp in site.WriteUps)
            if (LinksFromChanged(site, writeUp.Slug, changed) || LinksFromChanged(last.Site, writeUp.Slug, changed))
                render.Add(writeUp.Slug);
        return new RenderScope(render, last.Rendered, last.Files)
        {
            // A write-up's view holds the terms it uses with their counts: reused only while no count moved.
            Views = SameTermCounts(last.Site, site)
                ? last.Views.Where(v => !render.Contains(v.Key) && ReferenceEquals(last.Site.Find(v.Key), site.Find(v.Key)))
                    .ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal)
                : null,
        };
    }

    private static bool SameTermCounts(SiteModel before, SiteModel now)
    {
        foreach (var vocabulary in now.Vocabularies.All)
            foreach (var term in vocabulary.Terms)
                if (before.UsageOf(vocabulary, term).Count != now.UsageOf(vocabulary, term).Count)
                    return false;
        return true;
    }

    private static bool LinksFromChanged(SiteModel site, string slug, HashSet<string> changed)
    {
        foreach (var from in site.BacklinksOf(slug))
            if (changed.Contains(from.Slug))
                return true;
        return false;
    }

    /// <summary>Keeps pages rendered without errors as the ones the next build starts from.</summary>
    /// <param name="files">The build's files, pages only so far (the producers add theirs afterwards).</param>
    internal void Remember(SiteModel site, RenderedSite rendered, IReadOnlyDictionary<string, byte[]> files)
    {
        var options = _options!;
        LastReused = RenderScope(site)?.Reused ?? 0;
        _pagePaths = files.Keys.ToHashSet(StringComparer.Ordinal);
        _last = new LastBuild(site, rendered.WriteUps.ToDictionary(r => r.WriteUp.Slug, StringComparer.Ordinal), files,
            options.Today, options.IncludeDrafts, rendered.Views);
    }

    /// <summary>Keeps the index, exports and feeds of a complete build (the files beside its pages): the next build serves them until it has its own.</summary>
    internal void RememberProduced(IReadOnlyDictionary<string, byte[]> files)
    {
        if (_pagePaths is { } pagePaths)
            _produced = files.Where(f => !pagePaths.Contains(f.Key)).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
    }

    /// <summary>Freshly rendered pages with the last complete build's index, exports and feeds.</summary>
    internal IReadOnlyDictionary<string, byte[]> WithLastProduced(IReadOnlyDictionary<string, byte[]> pages)
    {
        var files = new Dictionary<string, byte[]>(pages, StringComparer.Ordinal);
        foreach (var (path, bytes) in _produced)
            files.TryAdd(path, bytes);
        return files;
    }

    private sealed record LastBuild(
        SiteModel Site,
        IReadOnlyDictionary<string, RenderedWriteUp> Rendered,
        IReadOnlyDictionary<string, byte[]> Files,
        DateOnly Today,
        bool IncludeDrafts,
        IReadOnlyDictionary<string, Rendering.Views.WriteUpView> Views);
}
