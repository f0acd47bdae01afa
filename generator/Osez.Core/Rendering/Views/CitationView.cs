namespace Osez.Rendering.Views;

/// <summary>How to cite a write-up, as templates see it.</summary>
/// <param name="ReferenceHtml">The formatted French reference (safe HTML).</param>
/// <param name="ReferenceText">The same as plain text, without the consulted date.</param>
/// <param name="Coins">The title attribute of a COinS span (for listing pages only; escape it).</param>
/// <param name="Url">Absolute address of the write-up, or empty without a base URL.</param>
/// <param name="PublicationDate">"2025/04/08", as Highwire tags want it.</param>
/// <param name="HighwireAuthors">Each author's <c>citation_author</c>, in order (<see cref="Citing.CitedAuthor.HighwireName"/>).</param>
/// <param name="Genre">"Fiche d’expérience": the kind of report, for <c>DC.type</c> (Zotero's report type).</param>
public sealed record CitationView(
    Markup ReferenceHtml,
    string ReferenceText,
    string Coins,
    string Url,
    string PublicationDate,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> HighwireAuthors,
    string Genre)
{
    private readonly Func<string>? _exports;

    /// <summary>
    /// The write-up's reference in every format (<see cref="Citing.CitationFormats.All"/>), as JSON safe inside a &lt;script&gt; element,
    /// for the page's download links. Made when the write-up's page asks for it, never held for every write-up.
    /// </summary>
    public Markup ExportsJson => Markup.ScriptJson(_exports?.Invoke() ?? "{}");

    /// <summary>What makes <see cref="ExportsJson"/>.</summary>
    internal Func<string> Exports { init => _exports = value; }
}
