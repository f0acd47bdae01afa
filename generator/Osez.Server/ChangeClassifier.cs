using Osez.Configuration;

namespace Osez.Server;

/// <summary>Sorts changed paths into <see cref="ChangeKind"/>s, and leaves out what editors write beside files.</summary>
public sealed class ChangeClassifier(SitePaths paths)
{
    public ChangeKind Classify(string fullPath)
    {
        if (IsEditorNoise(fullPath))
            return ChangeKind.Ignored;
        if (Under(fullPath, paths.WriteUps))
            return fullPath.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? ChangeKind.WriteUp : ChangeKind.WriteUpFile;
        if (Under(fullPath, paths.Pages))
            return ChangeKind.Page;
        if (Under(fullPath, paths.LearningPaths))
            return ChangeKind.LearningPath;
        if (Under(fullPath, paths.Vocabularies))
            return ChangeKind.Vocabulary;
        if (string.Equals(fullPath, paths.ConfigFile, StringComparison.Ordinal))
            return ChangeKind.Config;
        if (Under(fullPath, Path.Combine(paths.Templates, "strings")))
            return ChangeKind.Strings;
        if (Under(fullPath, Path.Combine(paths.Templates, "assets")))
            return ChangeKind.ThemeAsset;
        if (Under(fullPath, Path.Combine(paths.Templates, "layouts")) || Under(fullPath, Path.Combine(paths.Templates, "partials")))
            return ChangeKind.Template;
        return ChangeKind.Ignored;
    }

    /// <summary>Swap files, backups and the like: "~" endings, ".swp", Vim's "4913" probe, hidden files.</summary>
    public static bool IsEditorNoise(string fullPath)
    {
        var name = Path.GetFileName(fullPath);
        return name.Length == 0 || name.StartsWith('.') || name.StartsWith('#') || name.EndsWith('~')
               || name is "4913" || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal)
               || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase);
    }

    private static bool Under(string path, string folder)
        => path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
