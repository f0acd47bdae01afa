namespace Osez.Citing;

/// <summary>The reference formats readers download, in the order pages offer them.</summary>
public static class CitationFormats
{
    public static BibTex BibTex { get; } = new();

    public static Ris Ris { get; } = new();

    public static CslJson CslJson { get; } = new();

    /// <summary>Every format: what the pages offer, the collection's files, the chunks and the templates loop over.</summary>
    public static IReadOnlyList<CitationFormat> All { get; } = [BibTex, Ris, CslJson];
}
