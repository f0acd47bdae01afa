namespace Osez.Citing;

/// <summary>
/// The three reference formats by the names the pages' scripts use (<c>assets/citations.js</c>,
/// <c>assets/cite.js</c>): the keys of a write-up page's embedded texts and of the export buttons.
/// </summary>
public static class CitationFormats
{
    public const string BibTex = "bibtex";
    public const string Ris = "ris";
    public const string CslJson = "csl-json";
}
