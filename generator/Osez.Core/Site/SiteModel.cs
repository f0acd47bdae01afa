using System.Text.RegularExpressions;
using Osez.Configuration;
using Osez.Content;
using Osez.Markdown;
using Osez.Vocabularies;

namespace Osez.Site;

/// <summary>
/// The site as it will be published: the write-ups that go out (drafts only with --drafts),
/// newest first, with the relations between them (terms, backlinks) worked out once.
/// </summary>
public sealed partial class SiteModel : ISiteLinks
{
    private readonly Dictionary<string, WriteUp> _bySlug;
    private readonly Dictionary<string, ContentPage> _pages;
    private readonly Dictionary<(string Key, string Term), List<WriteUp>> _usage = [];
    private readonly Dictionary<string, List<WriteUp>> _backlinks = new(StringComparer.Ordinal);

    public SiteModel(LoadedSite loaded, bool includeDrafts)
    {
        Loaded = loaded;
        WriteUps = loaded.WriteUps
            .Where(w => includeDrafts || !w.IsDraft)
            .GroupBy(w => w.Slug, StringComparer.Ordinal).Select(g => g.First())
            .OrderByDescending(w => w.PublishedOn)
            .ThenBy(w => w.Slug, StringComparer.Ordinal)
            .ToList();
        _bySlug = WriteUps.ToDictionary(w => w.Slug, StringComparer.Ordinal);
        _pages = loaded.Pages.ToDictionary(p => p.Slug, StringComparer.Ordinal);
        Pages = loaded.Pages.OrderBy(p => p.Order).ThenBy(p => p.Slug, StringComparer.Ordinal).ToList();

        // The links in the bodies are looked for on every core (the bodies are most of the content), then
        // counted in order, so that backlinks keep the site's order.
        var bodyLinks = new List<string>[WriteUps.Count];
        Parallel.For(0, WriteUps.Count, i => bodyLinks[i] = BodyLinkPattern().Matches(WriteUps[i].Body).Select(m => m.Groups[1].Value).ToList());
        for (var i = 0; i < WriteUps.Count; i++)
        {
            var writeUp = WriteUps[i];
            foreach (var (key, terms) in writeUp.Terms)
                foreach (var id in terms.Select(t => t.Id).Distinct(StringComparer.Ordinal))
                {
                    if (!_usage.TryGetValue((key, id), out var list))
                        _usage[(key, id)] = list = [];
                    list.Add(writeUp);
                }
            var targets = writeUp.Related.Select(r => r.Slug)
                .Concat(bodyLinks[i])
                .Where(slug => slug != writeUp.Slug)
                .Distinct(StringComparer.Ordinal);
            foreach (var target in targets)
            {
                if (!_backlinks.TryGetValue(target, out var list))
                    _backlinks[target] = list = [];
                list.Add(writeUp);
            }
        }
    }

    public LoadedSite Loaded { get; }

    public SiteConfig Config => Loaded.Config;

    public SitePaths Paths => Loaded.Paths;

    public VocabularySet Vocabularies => Loaded.Vocabularies;

    /// <summary>The write-ups that are published, newest first.</summary>
    public IReadOnlyList<WriteUp> WriteUps { get; }

    /// <summary>Free pages, in menu order.</summary>
    public IReadOnlyList<ContentPage> Pages { get; }

    public WriteUp? Find(string slug) => _bySlug.GetValueOrDefault(slug);

    /// <summary>Published write-ups that use a term, newest first.</summary>
    public IReadOnlyList<WriteUp> UsageOf(Vocabulary vocabulary, Term term)
        => _usage.TryGetValue((vocabulary.Key, term.Id), out var list) ? list : [];

    /// <summary>Published write-ups that link to this one (in "liens" or in their text), newest first.</summary>
    public IReadOnlyList<WriteUp> BacklinksOf(string slug)
        => _backlinks.TryGetValue(slug, out var list) ? list : [];

    string? ISiteLinks.WriteUp(string slug) => _bySlug.ContainsKey(slug) ? SiteUrls.WriteUp(slug) : null;

    string? ISiteLinks.Page(string slug) => _pages.ContainsKey(slug) ? SiteUrls.Page(slug) : null;

    IEnumerable<string> ISiteLinks.WriteUpSlugs => _bySlug.Keys;

    IEnumerable<string> ISiteLinks.PageSlugs => _pages.Keys;

    bool ISiteLinks.IsUnreadable(string slug) => Loaded.UnreadableWriteUps.Contains(slug);

    string? ISiteLinks.WriteUpTitle(string slug) => _bySlug.TryGetValue(slug, out var writeUp) ? writeUp.Title : null;

    string? ISiteLinks.PageTitle(string slug) => _pages.TryGetValue(slug, out var page) ? page.Title : null;

    string? ISiteLinks.WriteUpBody(string slug) => _bySlug.TryGetValue(slug, out var writeUp) ? writeUp.Body : null;

    [GeneratedRegex(@"\]\(\s*fiche:([a-z0-9-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex BodyLinkPattern();
}
