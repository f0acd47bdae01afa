using Osez.Configuration;
using Osez.Diagnostics;
using Osez.Text;

namespace Osez.Content;

/// <summary>
/// Lists the entries of a content folder safely: in a stable order, and never following a
/// symbolic link that leads outside the content folder.
/// </summary>
public static class ContentFolder
{
    public static IReadOnlyList<FileSystemInfo> Entries(string folder, SitePaths paths, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(folder))
            return [];
        var entries = new List<FileSystemInfo>();
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos()
                     .OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            if (entry.Name.StartsWith('.'))
                continue;
            if (!IsInside(entry, paths))
            {
                diagnostics.Report(DiagnosticCodes.PathOutsideSite, new SourceLocation(paths.Display(entry.FullName)),
                    "Ce lien symbolique pointe hors du dossier de contenu : il est ignoré.",
                    "Copiez le fichier dans le dossier content/ au lieu d'y faire un lien.");
                continue;
            }
            entries.Add(entry);
        }
        return entries;
    }

    /// <summary>True when the entry (after resolving any symbolic link) lies inside the content folder.</summary>
    public static bool IsInside(FileSystemInfo entry, SitePaths paths)
    {
        var target = entry.LinkTarget is null ? entry.FullName : entry.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        if (target is null)
            return false;
        return IsUnder(Path.GetFullPath(target), paths.Content);
    }

    public static bool IsUnder(string fullPath, string folder)
    {
        var relative = Path.GetRelativePath(folder, fullPath);
        return relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            && !Path.IsPathRooted(relative);
    }

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
