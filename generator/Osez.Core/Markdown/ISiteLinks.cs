namespace Osez.Markdown;

/// <summary>Resolves the site's own link forms ("fiche:slug", "page:slug") to root-relative URLs.</summary>
public interface ISiteLinks
{
    /// <returns>The URL relative to the site root, or null when the write-up is not on the site.</returns>
    string? WriteUp(string slug);

    /// <returns>The URL relative to the site root, or null when the page does not exist.</returns>
    string? Page(string slug);

    IEnumerable<string> WriteUpSlugs { get; }

    IEnumerable<string> PageSlugs { get; }

    /// <returns>The Markdown body of a write-up on the site (to check anchors), or null.</returns>
    string? WriteUpBody(string slug) => null;

    /// <returns>The title of a write-up on the site, or null.</returns>
    string? WriteUpTitle(string slug) => null;

    /// <returns>The title of a page, or null.</returns>
    string? PageTitle(string slug) => null;

    /// <returns>True for a write-up whose file exists but could not be read (its own errors say why).</returns>
    bool IsUnreadable(string slug) => false;
}
