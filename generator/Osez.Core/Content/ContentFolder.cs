using Osez.Configuration;
using Osez.Diagnostics;

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
}
