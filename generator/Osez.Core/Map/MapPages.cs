using System.Globalization;
using Osez.Anonymisation.Detectors;
using Osez.Content;
using Osez.Rendering;
using Osez.Rendering.Views;
using Osez.Site;
using Osez.Vocabularies;
using Scriban.Runtime;

namespace Osez.Map;

/// <summary>
/// The map page (carte/), the small map the home page may show (<c>france_map</c>), and what a département's
/// term page adds (<c>departement_page</c>: colleagues to contact, neighbouring départements). Made once per render;
/// nothing when the site has no département vocabulary.
/// </summary>
public sealed class MapPages : PageSet
{
    public const string Url = "carte/index.html";

    private readonly SiteModel _site;
    private readonly UiStrings _strings;
    private readonly Vocabulary? _vocabulary;
    private readonly Lazy<MapView>? _map;
    private readonly Dictionary<string, Term> _departementPages = new(StringComparer.Ordinal);

    public MapPages(SiteModel site, UiStrings strings)
    {
        _site = site;
        _strings = strings;
        _vocabulary = site.Vocabularies.All.FirstOrDefault(v => v.Key == MapFeature.VocabularyKey);
        if (_vocabulary is null)
            return;
        var vocabulary = _vocabulary;
        _map = new Lazy<MapView>(() => FranceMap.Of(site, vocabulary, strings));
        foreach (var term in vocabulary.Terms)
            _departementPages[SiteUrls.Term(vocabulary, term)] = term;
    }

    public override IEnumerable<KeyValuePair<string, string>> Urls => _vocabulary is null ? [] : [new("map", Url)];

    public override IEnumerable<PageJob> Plan(PageServices services)
    {
        if (_map is null)
            yield break;
        var views = services.Views;
        yield return new PageJob(Url, "carte", "carte des départements", () =>
        {
            var model = PageModel.Of(views.Page(Url, "carte", _strings.Get("carte.title"), _strings.Get("carte.intro")));
            model["france_map"] = _map.Value;
            return model;
        });
    }

    /// <summary>The home page gets the map (for a small version); a département's first page its colleagues and neighbours.</summary>
    public override void AddTo(PageJob page, ScriptObject model, PageServices services)
    {
        if (page.Url == SiteUrls.Home)
            model["france_map"] = _map?.Value;
        else if (page.Layout == "term")
            model["departement_page"] = _departementPages.TryGetValue(page.Url, out var term) ? Departement(term, services.Views) : null;
    }

    private DepartementView Departement(Term term, ViewFactory views)
    {
        var vocabulary = _vocabulary!;
        var neighbours = DepartementNeighbours.Metropole.Of(term.Id)
            .Select(vocabulary.Find).OfType<Term>()
            .Select(t => FranceMap.Listed(vocabulary, t, _site.UsageOf(vocabulary, t).Count, _strings))
            .ToList();
        return new DepartementView(term.Id, Colleagues(_site.UsageOf(vocabulary, term)), neighbours);
    }

    /// <summary>
    /// The structures that wrote the write-ups, once each (same name and address), alphabetically. Only a service's
    /// address is shown: one that looks like a person's (prénom.nom@) is left out, as check already refuses it.
    /// </summary>
    private static List<ColleagueView> Colleagues(IReadOnlyList<WriteUp> writeUps)
    {
        var french = CultureInfo.GetCultureInfo("fr-FR").CompareInfo;
        return writeUps
            .Where(w => w.Contact is { } c && c.Organisation.Trim().Length > 0)
            .GroupBy(w => (Organisation: w.Contact!.Organisation.Trim(), Email: SafeEmail(w.Contact.Email)),
                new ContactKeyComparer())
            .Select(g =>
            {
                var contact = g.First().Contact!;
                return new ColleagueView(g.Key.Organisation, g.Key.Email, contact.Phone.Trim(), SafeWebsite(contact.Website),
                    g.Select(w => new LinkView(w.Title, SiteUrls.WriteUp(w.Slug))).ToList());
            })
            .OrderBy(c => c.Organisation, Comparer<string>.Create((a, b) => french.Compare(a, b, CompareOptions.IgnoreCase)))
            .ToList();
    }

    private static string SafeEmail(string email)
    {
        var trimmed = email.Trim();
        return trimmed.Length == 0 || EmailDetector.IsPersonalAddress(trimmed) ? string.Empty : trimmed;
    }

    /// <summary>Only a web address (http or https) becomes a link; anything else is left out.</summary>
    private static string SafeWebsite(string website)
    {
        var trimmed = website.Trim();
        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? trimmed : string.Empty;
    }

    private sealed class ContactKeyComparer : IEqualityComparer<(string Organisation, string Email)>
    {
        public bool Equals((string Organisation, string Email) x, (string Organisation, string Email) y)
            => string.Equals(x.Organisation, y.Organisation, StringComparison.OrdinalIgnoreCase)
               && string.Equals(x.Email, y.Email, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((string Organisation, string Email) obj)
            => HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Organisation), StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Email));
    }
}
