namespace Osez.Rendering.Views;

/// <summary>The site as every template sees it.</summary>
public sealed record SiteView(
    string Title,
    string Subtitle,
    string Description,
    string BaseUrl,
    string Language,
    string Publisher,
    string RepositoryUrl,
    int WriteUpCount,
    IReadOnlyList<VocabularyView> Vocabularies,
    IReadOnlyList<LinkView> Pages);
