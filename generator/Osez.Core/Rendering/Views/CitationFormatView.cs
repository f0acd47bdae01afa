namespace Osez.Rendering.Views;

/// <summary>A reference format as templates see it: <c>citation_formats</c> lists them, in the order pages offer them.</summary>
/// <param name="Name">"bibtex": the name the pages' scripts know it by (<c>data-cite-download</c>, <c>data-export</c>...).</param>
/// <param name="Label">Its label, from the interface texts ("BibTeX").</param>
/// <param name="Extension">".bib": a write-up's file is named after its slug followed by it.</param>
/// <param name="MediaType">Its MIME type ("application/x-bibtex").</param>
/// <param name="Url">The collection's file, from the site root ("donnees/citations.bib").</param>
/// <param name="File">The collection file's name ("citations.bib").</param>
public sealed record CitationFormatView(string Name, string Label, string Extension, string MediaType, string Url, string File);
