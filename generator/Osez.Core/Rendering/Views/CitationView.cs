namespace Osez.Rendering.Views;

/// <summary>How to cite a write-up, as templates see it.</summary>
/// <param name="ReferenceHtml">The formatted French reference (safe HTML).</param>
/// <param name="ReferenceText">The same as plain text, without the consulted date.</param>
/// <param name="Coins">The title attribute of a COinS span (for listing pages only; escape it).</param>
/// <param name="Url">Absolute address of the write-up, or empty without a base URL.</param>
/// <param name="PublicationDate">"2025/04/08", as Highwire tags want it.</param>
public sealed record CitationView(
    string ReferenceHtml,
    string ReferenceText,
    string Coins,
    string Url,
    string PublicationDate,
    string BibTexUrl,
    string RisUrl,
    string CslJsonUrl,
    IReadOnlyList<string> Keywords);
