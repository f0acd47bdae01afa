namespace Osez.Vocabularies;

/// <summary>All vocabularies of a site, in display order.</summary>
public sealed class VocabularySet
{
    private readonly Dictionary<string, Vocabulary> _byKey;

    public VocabularySet(IEnumerable<Vocabulary> vocabularies)
    {
        All = vocabularies.OrderBy(v => v.Order).ThenBy(v => v.Slug, StringComparer.Ordinal).ToList();
        _byKey = new Dictionary<string, Vocabulary>(StringComparer.Ordinal);
        foreach (var vocabulary in All)
            _byKey.TryAdd(vocabulary.Key, vocabulary);
    }

    public static VocabularySet Empty { get; } = new([]);

    public IReadOnlyList<Vocabulary> All { get; }

    public Vocabulary? ByKey(string key) => _byKey.GetValueOrDefault(key);

    public Vocabulary? BySlug(string slug) => All.FirstOrDefault(v => v.Slug == slug);
}
