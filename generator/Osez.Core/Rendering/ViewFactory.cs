using System.Collections.Concurrent;
using System.Globalization;
using Osez.Content;
using Osez.Content.Schema;
using Osez.Rendering.Views;
using Osez.Site;

namespace Osez.Rendering;

/// <summary>Builds the objects templates see, once per build.</summary>
public sealed class ViewFactory
{
    private readonly SiteModel _site;
    private readonly UiStrings _strings;
    private readonly DateLabels _dates;
    private readonly Dictionary<string, VocabularyView> _vocabularies;
    private readonly ConcurrentDictionary<string, WriteUpView> _writeUps = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<PageSet> _features;

    /// <param name="writeUps">Views made by a previous build that are still exactly right (preview server).</param>
    /// <param name="features">What the features add to each write-up's view (how to cite it).</param>
    public ViewFactory(SiteModel site, UiStrings strings, IEnumerable<KeyValuePair<string, WriteUpView>>? writeUps = null, IReadOnlyList<PageSet>? features = null)
    {
        if (writeUps is not null)
            _writeUps = new ConcurrentDictionary<string, WriteUpView>(writeUps, StringComparer.Ordinal);
        _site = site;
        _strings = strings;
        _dates = new DateLabels(strings);
        _vocabularies = site.Vocabularies.All.ToDictionary(v => v.Key, v => new VocabularyView(
            v.Key, v.Slug, v.Label, v.SingularLabel, v.Description, SiteUrls.Vocabulary(v), v.IsFacet,
            v.Terms.Select(t => new TermView(t.Id, t.Label, t.Description, SiteUrls.Term(v, t), site.UsageOf(v, t).Count)).ToList()),
            StringComparer.Ordinal);
        Site = new SiteView(
            site.Config.Title, site.Config.Subtitle, site.Config.Description, site.Config.BaseUrl, site.Config.Language,
            site.Config.Publisher, site.Config.RepositoryUrl, site.WriteUps.Count,
            site.Vocabularies.All.Select(v => _vocabularies[v.Key]).ToList(),
            site.Pages.Select(p => new LinkView(p.Title, SiteUrls.Page(p.Slug))).ToList())
        {
            TeamEmail = site.Config.EditorialTeam?.Email ?? string.Empty,
            TeamName = site.Config.EditorialTeam?.Shown ?? string.Empty,
        };
        _features = features ?? [];
    }

    public SiteView Site { get; }

    public DateLabels Dates => _dates;

    public UiStrings Strings => _strings;

    public VocabularyView Vocabulary(string key) => _vocabularies[key];

    /// <summary>The write-up views made (or handed over) so far, by slug.</summary>
    public IReadOnlyDictionary<string, WriteUpView> WriteUpViews => _writeUps;

    public WriteUpView WriteUp(WriteUp writeUp) => _writeUps.GetOrAdd(writeUp.Slug, _ => Create(writeUp));

    public IReadOnlyList<WriteUpView> WriteUps(IEnumerable<WriteUp> writeUps) => writeUps.Select(WriteUp).ToList();

    public PageView Page(string url, string kind, string title, string description, string editUrl = "")
        => new(url, SiteUrls.RootFrom(url), kind, title, description,
            _site.Config.HasBaseUrl ? $"{_site.Config.BaseUrl}/{SiteUrls.Pretty(url)}" : string.Empty, editUrl);

    private WriteUpView Create(WriteUp writeUp)
    {
        var view = CoreView(writeUp);
        foreach (var feature in _features)
            view = feature.Complete(view, writeUp);
        return view;
    }

    private WriteUpView CoreView(WriteUp writeUp)
    {
        var facets = new List<FacetView>();
        foreach (var vocabulary in _site.Vocabularies.All)
        {
            var view = _vocabularies[vocabulary.Key];
            var terms = writeUp.TermsOf(vocabulary.Key)
                .Select(t => view.Terms.FirstOrDefault(v => v.Id == t.Id))
                .Where(t => t is not null).Select(t => t!)
                .Distinct().ToList();
            if (terms.Count > 0)
                facets.Add(new FacetView(view.Key, view.Label, view.SingularLabel, view.Url, terms));
        }
        var authors = writeUp.Authors.Select(a => new AuthorView(a.DisplayName, a.CitationName, a.LastName, a.FirstName, a.Role, a.Organisation, a.IsCollective)).ToList();
        Licences.Known.TryGetValue(writeUp.Licence, out var licence);
        return new WriteUpView
        {
            Slug = writeUp.Slug,
            Url = SiteUrls.WriteUp(writeUp.Slug),
            Title = writeUp.Title,
            Summary = writeUp.Summary,
            PublishedOn = Iso(writeUp.PublishedOn),
            PublishedLabel = _dates.Day(writeUp.PublishedOn),
            UpdatedOn = writeUp.UpdatedOn is { } updated ? Iso(updated) : string.Empty,
            UpdatedLabel = writeUp.UpdatedOn is { } u ? _dates.Day(u) : string.Empty,
            Year = writeUp.PublishedOn.Year,
            Authors = authors,
            AuthorsLabel = JoinFrench(authors.Select((a, i) => i > 0 && a.IsCollective ? InSentence(a.Name) : a.Name).ToList()),
            PeriodLabel = writeUp.Period is { } period ? _dates.Period(period) : string.Empty,
            PeriodStart = writeUp.Period?.Start.ToString() ?? string.Empty,
            PeriodEnd = writeUp.Period?.End?.ToString() ?? string.Empty,
            Ongoing = writeUp.Period is { End: null },
            GroupSizeLabel = writeUp.GroupSize is { } size
                ? _strings.Get("writeup.group_size").Replace("{min}", size.Min.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                    .Replace("{max}", size.Max.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                : string.Empty,
            Illustrative = writeUp.IsIllustrative,
            Draft = writeUp.IsDraft,
            Licence = writeUp.Licence,
            LicenceLabel = licence.Label ?? writeUp.Licence,
            LicenceUrl = licence.Url ?? string.Empty,
            Contact = writeUp.Contact is { } c ? new ContactView(c.Organisation, c.Email, c.Phone, c.Website) : null,
            Facts = [.. WriteUpSchema.GenericFields.Where(f => writeUp.Values.ContainsKey(f.Key)).Select(f => new FactView(f.Key, f.Label, writeUp.Values[f.Key]))],
            Facets = facets,
            FacetsByKey = facets.ToDictionary(f => f.Key, StringComparer.Ordinal),
            SourcePath = writeUp.Source.DisplayPath,
            EditUrl = ForgeLinks.Edit(_site.Config, writeUp.Source.DisplayPath),
            IssueUrl = IssueUrl(writeUp),
        };
    }

    private string IssueUrl(WriteUp writeUp)
    {
        var address = _site.Config.HasBaseUrl ? $"{_site.Config.BaseUrl}/{SiteUrls.Pretty(SiteUrls.WriteUp(writeUp.Slug))}" : writeUp.Source.DisplayPath;
        return ForgeLinks.NewIssue(_site.Config, $"{_strings.Get("propose.report")} : {writeUp.Title}",
            _strings.Get("propose.report_body").Replace("{adresse}", address, StringComparison.Ordinal));
    }

    private string JoinFrench(IReadOnlyList<string> names) => names.Count switch
    {
        0 => string.Empty,
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " " + _strings.Get("common.and") + " " + names[^1],
    };

    /// <summary>"Le comité cuisine" read after "et": "le comité cuisine". Only a leading article is lowered, never a name.</summary>
    private static string InSentence(string collective)
    {
        foreach (var article in (string[])["Le ", "La ", "Les ", "L'", "L\u2019"])
            if (collective.StartsWith(article, StringComparison.Ordinal))
                return char.ToLowerInvariant(collective[0]) + collective[1..];
        return collective;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
