namespace Osez.Citing;

/// <summary>Where the citation exports, data files and feeds live, relative to the site root.</summary>
public static class CitingUrls
{
    public const string DataFolder = "donnees/";

    /// <summary>The collection's export in a format: every write-up's reference, newest first ("donnees/citations.bib").</summary>
    public static string Collection(CitationFormat format) => DataFolder + CollectionFile(format);

    /// <summary>Its name in <see cref="DataFolder"/>: "citations.bib".</summary>
    public static string CollectionFile(CitationFormat format) => "citations" + format.Extension;

    /// <summary>
    /// What the selection and search pages load first (a script, so that it works from file://): the
    /// number of chunks and the name of each, see <see cref="ReferenceChunk"/> and <see cref="ContentChunk"/>.
    /// </summary>
    public const string ReferencesManifest = DataFolder + "references.js";

    /// <summary>References of a chunk of write-ups (title, authors, formatted reference, BibTeX, RIS, CSL).</summary>
    public static string ReferenceChunk(int chunk, string hash) => $"{DataFolder}{ReferenceChunkKey(chunk)}-{hash}.js";

    /// <summary>Texts (body HTML) of a chunk of write-ups, for the printed handout of a selection.</summary>
    public static string ContentChunk(int chunk, string hash) => $"{DataFolder}{ContentChunkKey(chunk)}-{hash}.js";

    /// <summary>The key under which a chunk script stores its data (the hash is left out: it only names the file).</summary>
    public static string ReferenceChunkKey(int chunk) => $"references/{chunk}";

    public static string ContentChunkKey(int chunk) => $"contenus/{chunk}";

    /// <summary>Open data: every write-up's metadata.</summary>
    public const string MetadataJson = DataFolder + "fiches.json";
    public const string MetadataCsv = DataFolder + "fiches.csv";
    public const string OpenDataPage = DataFolder + "index.html";

    public const string Feed = "flux.xml";
    public const string Sitemap = "sitemap.xml";
    public const string Robots = "robots.txt";

    public const string Selection = "selection/index.html";

    /// <summary>The anchor of the « Citer cette fiche » block on a write-up's page.</summary>
    public const string CiteAnchor = "citer";
}
