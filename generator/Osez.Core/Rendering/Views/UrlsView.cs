namespace Osez.Rendering.Views;

/// <summary>
/// Where the site's pages and files are, from the site root, as templates see them (<c>urls</c>): a link is written
/// <c>{{ page.root }}{{ urls.search }}</c>. The addresses are the generator's own (<see cref="Site.SiteUrls"/>,
/// <see cref="Citing.CitingUrls"/>, <see cref="Search.SearchUrls"/>...), never typed again in a template.
/// </summary>
/// <param name="Home">"index.html".</param>
/// <param name="WriteUps">The list of every write-up, its first page.</param>
/// <param name="Search">The search page.</param>
/// <param name="Selection">The reader's selection.</param>
/// <param name="OpenData">The page that describes the data files.</param>
/// <param name="LearningPaths">The list of learning paths.</param>
/// <param name="Proposal">The « Proposer une fiche » form.</param>
/// <param name="Feed">The Atom feed.</param>
/// <param name="Sitemap">The sitemap (written only when the site has a base URL).</param>
/// <param name="MetadataCsv">Every write-up's metadata, in CSV.</param>
/// <param name="MetadataJson">The same, in JSON.</param>
/// <param name="Assets">The folder of the theme's assets ("assets/"): <c>{{ page.root }}{{ urls.assets }}site.css</c>.</param>
public sealed record UrlsView(
    string Home,
    string WriteUps,
    string Search,
    string Selection,
    string OpenData,
    string LearningPaths,
    string Proposal,
    string Feed,
    string Sitemap,
    string MetadataCsv,
    string MetadataJson,
    string Assets);
