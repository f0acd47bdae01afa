using Osez.Configuration;
using Osez.Diagnostics;
using Osez.Text;

namespace Osez.Content;

/// <summary>
/// Lists the entries of a content folder safely: in a stable order, and never through a symbolic link that leads
/// outside the content folder, whether the link is the entry itself or the folder that holds it
/// (<see cref="ContainedPath"/>).
/// </summary>
public static class ContentFolder
{
    /// <summary>
    /// Whether a file's lines may be quoted under a message: only a file of the content or templates folder, every
    /// link followed. Reports end up in public logs; a link to a system file must not have them print it.
    /// </summary>
    public static bool MayQuote(this SitePaths paths, string fullPath)
        => ContainedPath.IsInside(fullPath, paths.Content) || ContainedPath.IsInside(fullPath, paths.Templates);

    public static IReadOnlyList<FileSystemInfo> Entries(string folder, SitePaths paths, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(folder) || !Accept(folder, paths, diagnostics))
            return [];
        var entries = new List<FileSystemInfo>();
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos()
                     .OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            if (entry.Name.StartsWith('.'))
                continue;
            // An entry that is not a link lies where its folder, already accepted, lies.
            if ((entry.Attributes & FileAttributes.ReparsePoint) != 0 && !Accept(entry.FullName, paths, diagnostics))
                continue;
            entries.Add(entry);
        }
        return entries;
    }

    /// <summary>
    /// True when the path, every link followed, lies inside the content folder; otherwise reports it (by its name in
    /// the content folder, never by what it points to) so that it is left out.
    /// </summary>
    public static bool Accept(string path, SitePaths paths, DiagnosticBag diagnostics)
    {
        if (ContainedPath.IsInside(path, paths.Content))
            return true;
        ReportOutside(paths.Display(path), "de contenu", "content/", diagnostics);
        return false;
    }

    /// <summary>Reports a link that leads out of the content or templates folder, named as it is there.</summary>
    /// <param name="folder">Which folder, as in « hors du dossier {folder} » (« de contenu », « des gabarits »).</param>
    /// <param name="name">The folder's usual name, as in « le dossier {name} » (« content/ »).</param>
    public static void ReportOutside(string display, string folder, string name, DiagnosticBag diagnostics)
        => diagnostics.Report(DiagnosticCodes.PathOutsideSite, new SourceLocation(display),
            $"Ce lien symbolique pointe hors du dossier {folder} : il est ignoré.",
            $"Copiez le fichier (ou le dossier) dans {name} au lieu d'y faire un lien.");

    /// <summary>By the text of the paths alone: see <see cref="ContainedPath.IsUnder"/>.</summary>
    public static bool IsUnder(string fullPath, string folder) => ContainedPath.IsUnder(fullPath, folder);

    /// <summary>
    /// The Markdown files of a flat content folder (pages, learning paths), read and split, each with the slug its
    /// name gives. A name that cannot be an address, or a file that cannot be read, is reported and left out.
    /// </summary>
    /// <param name="what">What the files are, as in « adresse de {what} » (« page », « parcours »).</param>
    public static IEnumerable<(string Slug, SourceDocument Source, MarkdownFile File)> MarkdownFiles(
        string folder, string what, SitePaths paths, DiagnosticBag diagnostics)
    {
        foreach (var entry in Entries(folder, paths, diagnostics))
        {
            if (entry is not FileInfo { Extension: ".md" } file)
                continue;
            var display = paths.Display(file.FullName);
            var slug = Path.GetFileNameWithoutExtension(file.Name);
            if (!Slugs.IsValid(slug))
            {
                diagnostics.Report(DiagnosticCodes.InvalidSlug, new SourceLocation(display),
                    $"Le nom « {slug} » ne peut pas servir d'adresse de {what}.",
                    $"Renommez le fichier en « {Slugs.FromText(slug)}.md » (minuscules, chiffres et tirets).");
                continue;
            }
            if (UnexpectedError.Guard(display, diagnostics, () => MarkdownFile.Read(file.FullName, display, diagnostics), null) is { } markdown)
                yield return (slug, new SourceDocument(file.FullName, display, null), markdown);
        }
    }
}
