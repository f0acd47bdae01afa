namespace Osez.Rendering.Views;

/// <summary>What every page knows about itself.</summary>
/// <param name="Url">Its path from the site root ("fiches/x/index.html").</param>
/// <param name="Root">The way back to the site root ("../../"): prefix of every link in templates.</param>
/// <param name="Kind">The layout name: home, writeup, writeups, vocabulary, term, page, not-found.</param>
/// <param name="CanonicalUrl">Absolute address when the site has a base URL, else empty.</param>
public sealed record PageView(string Url, string Root, string Kind, string Title, string Description, string CanonicalUrl, string EditUrl);
