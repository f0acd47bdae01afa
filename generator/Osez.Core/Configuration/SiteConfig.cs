namespace Osez.Configuration;

/// <summary>The site's settings, from <c>content/site.yml</c>.</summary>
public sealed record SiteConfig
{
    public required string Title { get; init; }
    public string Subtitle { get; init; } = string.Empty;
    public required string Description { get; init; }

    /// <summary>Absolute public address without a final slash, or empty (canonical links, feeds and sitemap need it).</summary>
    public string BaseUrl { get; init; } = string.Empty;

    public const string DefaultLanguage = "fr";

    /// <summary>A language code ("fr"), also the name of the interface texts' file (templates/strings/fr.yml).</summary>
    public string Language { get; init; } = DefaultLanguage;

    /// <summary>Where site.yml sets <see cref="Language"/>, for messages; null when it does not.</summary>
    public Diagnostics.SourceLocation? LanguageLocation { get; init; }
    public required string Publisher { get; init; }

    /// <summary>Web address of the source repository, or empty ("Proposer une modification" links need it).</summary>
    public string RepositoryUrl { get; init; } = string.Empty;

    public string Branch { get; init; } = "main";

    /// <summary>Who receives proposed write-ups (<c>redaction</c>), or null when site.yml does not say.</summary>
    public EditorialTeam? EditorialTeam { get; init; }

    public bool HasBaseUrl => BaseUrl.Length > 0;

    public bool HasRepository => RepositoryUrl.Length > 0;
}
