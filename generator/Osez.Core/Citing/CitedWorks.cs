using Osez.Content;
using Osez.Site;

namespace Osez.Citing;

/// <summary>Builds the <see cref="CitedWork"/> of each published write-up, once per build.</summary>
public sealed class CitedWorks
{
    /// <summary>The vocabulary whose term labels become keywords.</summary>
    public const string KeywordVocabulary = "thematiques";

    private readonly Dictionary<string, CitedWork> _bySlug;

    public CitedWorks(SiteModel site, string genre)
    {
        _bySlug = site.WriteUps.ToDictionary(w => w.Slug, w => Create(site, w, genre), StringComparer.Ordinal);
        All = site.WriteUps.Select(w => _bySlug[w.Slug]).ToList();
    }

    /// <summary>In the site's order: newest first.</summary>
    public IReadOnlyList<CitedWork> All { get; }

    public CitedWork? Find(string slug) => _bySlug.GetValueOrDefault(slug);

    public CitedWork this[WriteUp writeUp] => _bySlug[writeUp.Slug];

    private static CitedWork Create(SiteModel site, WriteUp writeUp, string genre)
    {
        var path = SiteUrls.WriteUp(writeUp.Slug);
        var keywords = site.Vocabularies.ByKey(KeywordVocabulary) is { } vocabulary
            ? writeUp.TermsOf(KeywordVocabulary).Select(t => vocabulary.Find(t.Id)?.Label).OfType<string>().Distinct().ToList()
            : [];
        return new CitedWork
        {
            Id = writeUp.Slug,
            Title = writeUp.Title,
            Authors = writeUp.Authors.Select(a => a.IsCollective
                ? new CitedAuthor(string.Empty, string.Empty, a.Collective)
                : new CitedAuthor(a.LastName, a.FirstName, string.Empty)).ToList(),
            Issued = writeUp.PublishedOn,
            Updated = writeUp.UpdatedOn,
            Abstract = writeUp.Summary,
            Publisher = site.Config.Publisher,
            SiteTitle = site.Config.Title,
            Genre = genre,
            Language = site.Config.Language,
            Url = site.Config.HasBaseUrl ? $"{site.Config.BaseUrl}/{SiteUrls.Pretty(path)}" : string.Empty,
            Path = path,
            Licence = writeUp.Licence,
            Keywords = keywords,
            IsIllustrative = writeUp.IsIllustrative,
        };
    }
}
