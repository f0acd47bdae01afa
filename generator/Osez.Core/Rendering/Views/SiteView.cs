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
    IReadOnlyList<LinkView> Pages)
{
    /// <summary>Where to write to the editorial team (<c>redaction.courriel</c>), or empty.</summary>
    public string TeamEmail { get; init; } = string.Empty;

    /// <summary>How to name the team: its name, or its address when it has none; empty without a team.</summary>
    public string TeamName { get; init; } = string.Empty;
}
