namespace Osez.Configuration;

/// <summary>
/// The folders a build works with. Paths shown to people are relative to <see cref="Root"/>
/// (the folder holding the content folder, normally the repository).
/// </summary>
public sealed record SitePaths(string Content, string Templates, string Output)
{
    public string Root => Path.GetDirectoryName(Content.TrimEnd(Path.DirectorySeparatorChar)) ?? Content;

    public string WriteUps => Path.Combine(Content, "fiches");
    public string Vocabularies => Path.Combine(Content, "vocabulaires");
    public string Pages => Path.Combine(Content, "pages");
    public string LearningPaths => Path.Combine(Content, "parcours");
    public string ConfigFile => Path.Combine(Content, "site.yml");

    // A root ("/", "C:\") keeps its separator: without it, it would be no path at all.
    public static SitePaths From(string content, string templates, string output) => new(
        Path.TrimEndingDirectorySeparator(Path.GetFullPath(content)),
        Path.TrimEndingDirectorySeparator(Path.GetFullPath(templates)),
        Path.TrimEndingDirectorySeparator(Path.GetFullPath(output)));

    /// <summary>"content/fiches/x.md" for a file under the root; the full path otherwise.</summary>
    public string Display(string fullPath)
    {
        var relative = Path.GetRelativePath(Root, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? fullPath.Replace('\\', '/')
            : relative.Replace('\\', '/');
    }
}
