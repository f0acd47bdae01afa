using Osez.Content;

namespace Osez.Anonymisation;

/// <summary>What the anonymisation guard reads of one content file.</summary>
/// <param name="DisplayPath">The file, as shown in messages.</param>
/// <param name="Name">The name that becomes its address (a slug), also checked.</param>
/// <param name="FrontMatter">The front-matter text, without its "---" lines.</param>
/// <param name="FrontMatterFirstLine">File line of the first front-matter line.</param>
/// <param name="Body">The Markdown body (image alt texts included).</param>
/// <param name="BodyFirstLine">File line of the first body line.</param>
/// <param name="Folder">The write-up's own folder, whose file names are checked; null for a single file.</param>
/// <param name="Declared">Authors and contact, which are allowed.</param>
/// <param name="Accepted">The passages the author declares as false alarms.</param>
public sealed record ScannedDocument(
    string DisplayPath,
    string Name,
    string FrontMatter,
    int FrontMatterFirstLine,
    string Body,
    int BodyFirstLine,
    string? Folder,
    DeclaredIdentities Declared,
    IReadOnlyList<AcceptedPassage> Accepted)
{
    public static ScannedDocument Of(WriteUp writeUp) => new(
        writeUp.Source.DisplayPath, writeUp.Slug, writeUp.FrontMatterText, writeUp.FrontMatterFirstLine,
        writeUp.Body, writeUp.BodyFirstLine, writeUp.Source.Folder,
        DeclaredIdentities.Of(writeUp.Authors, writeUp.Contact), writeUp.AcceptedPassages);

    public static ScannedDocument Of(ContentPage page) => new(
        page.Source.DisplayPath, page.Slug, page.FrontMatterText, page.FrontMatterFirstLine,
        page.Body, page.BodyFirstLine, null, DeclaredIdentities.None, page.AcceptedPassages);
}
