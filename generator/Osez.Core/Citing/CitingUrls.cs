using Osez.Site;

namespace Osez.Citing;

/// <summary>Where the citation exports, data files and feeds live, relative to the site root.</summary>
public static class CitingUrls
{
    public const string DataFolder = "donnees/";

    /// <summary>The collection's exports and the script that the selection and search pages load (works from file://).</summary>
    public const string CollectionBibTex = DataFolder + "citations.bib";
    public const string CollectionRis = DataFolder + "citations.ris";
    public const string CollectionCslJson = DataFolder + "citations.json";
    public const string CitationScript = DataFolder + "citations.js";

    /// <summary>Open data: every write-up's metadata.</summary>
    public const string MetadataJson = DataFolder + "fiches.json";
    public const string MetadataCsv = DataFolder + "fiches.csv";
    public const string OpenDataPage = DataFolder + "index.html";

    public const string Feed = "flux.xml";
    public const string Sitemap = "sitemap.xml";
    public const string Robots = "robots.txt";

    public const string Selection = "selection/index.html";

    public static string BibTex(string slug) => SiteUrls.WriteUpFolder(slug) + "citation.bib";

    public static string Ris(string slug) => SiteUrls.WriteUpFolder(slug) + "citation.ris";

    public static string CslJson(string slug) => SiteUrls.WriteUpFolder(slug) + "citation.json";

    /// <summary>The write-up's body as a script, loaded by the selection page to print a handout.</summary>
    public static string BodyScript(string slug) => SiteUrls.WriteUpFolder(slug) + "contenu.js";
}
