namespace Osez.Content;

/// <summary>
/// The one rule for every file read from the content and templates folders, which come from strangers: a path is
/// inside a folder only when it still is once every symbolic link on its way has been followed, at any depth (a
/// linked file, a linked sub-folder of a write-up, a linked content/pages). A path that leaves is neither read nor
/// published, and what it points to is never named.
/// </summary>
public static class ContainedPath
{
    // Past this many links a path is taken for a loop, as the system does.
    private const int MaxLinks = 40;

    private static readonly char[] Separators = Path.DirectorySeparatorChar == '/' ? ['/'] : ['/', Path.DirectorySeparatorChar];

    /// <summary>True when <paramref name="path"/>, every link followed, lies in <paramref name="folder"/> (every link followed too).</summary>
    public static bool IsInside(string path, string folder) => RealInside(path, folder) is not null;

    /// <summary>Where <paramref name="path"/> leads, every link followed, when that lies in <paramref name="folder"/>; null otherwise.</summary>
    public static string? RealInside(string path, string folder)
    {
        var full = Path.GetFullPath(path);
        var fullFolder = Path.GetFullPath(folder);
        if (Resolve(fullFolder) is not { } root)
            return null;
        // A walk goes left to right: past the folder, it stands where the folder leads, and only the rest is left.
        var real = IsUnder(full, fullFolder) ? Walk(root, Path.GetRelativePath(fullFolder, full)) : Resolve(full);
        return real is not null && IsUnder(real, root) ? real : null;
    }

    /// <summary>
    /// The path the system reaches: each link replaced by its target, component by component, and each ".." of a
    /// target applied where the link led (not to the text of the path). Null when the links loop.
    /// </summary>
    /// <remarks>
    /// The path itself is made absolute as .NET does before opening a file (its own ".." taken off the text), so that
    /// the place checked is the place a later read reaches.
    /// </remarks>
    public static string? Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        return Walk(root, full[root.Length..]);
    }

    /// <summary>Follows <paramref name="rest"/> (a relative path) from <paramref name="current"/>, a place with no link left in it.</summary>
    private static string? Walk(string current, string rest)
    {
        var pending = new Stack<string>();
        Push(pending, rest);
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part == ".")
                continue;
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            var next = Path.Join(current, part);
            var target = LinkTarget(next);
            if (target is null)
            {
                current = next;
                continue;
            }
            if (++links > MaxLinks)
                return null;
            var root = Path.GetPathRoot(target);
            if (!string.IsNullOrEmpty(root))
            {
                current = root;
                target = target[root.Length..];
            }
            Push(pending, target);
        }
        return current;
    }

    /// <summary>True when <paramref name="fullPath"/> is <paramref name="folder"/> or lies under it, by the text of the paths alone.</summary>
    public static bool IsUnder(string fullPath, string folder)
    {
        if (folder.Length == 0 || fullPath.Length == 0)
            return false;
        var relative = Path.GetRelativePath(folder, fullPath);
        return relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            && !Path.IsPathRooted(relative);
    }

    /// <summary>
    /// The files under <paramref name="folder"/>, at any depth, in ordinal order, each named by its path in the folder.
    /// A link that leaves <paramref name="boundary"/> is handed to <paramref name="refused"/> (never followed); a linked
    /// folder that stays inside is visited once.
    /// </summary>
    public static IReadOnlyList<string> Files(string folder, string boundary, Action<string>? refused = null)
    {
        var files = new List<string>();
        if (!Directory.Exists(folder) || Resolve(boundary) is not { } root)
            return files;
        if (Resolve(folder) is not { } start || !IsUnder(start, root))
        {
            refused?.Invoke(folder);
            return files;
        }
        var visited = new HashSet<string>(StringComparer.Ordinal) { start };
        var folders = new Stack<(string Path, string Real)>();
        folders.Push((folder, start));
        while (folders.TryPop(out var current))
        {
            List<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(current.Path).EnumerateFileSystemInfos().ToList();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                continue;
            }
            foreach (var entry in entries)
            {
                var real = Path.Join(current.Real, entry.Name);
                if ((entry.Attributes & FileAttributes.ReparsePoint) != 0)
                {
                    if (Resolve(entry.FullName) is not { } resolved || !IsUnder(resolved, root))
                    {
                        refused?.Invoke(entry.FullName);
                        continue;
                    }
                    real = resolved;
                }
                if (entry is DirectoryInfo)
                {
                    if (visited.Add(real))
                        folders.Push((entry.FullName, real));
                }
                // The place reached, not the link: File.Exists says yes for a link to nothing.
                else if (File.Exists(real))
                    files.Add(entry.FullName);
            }
        }
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static void Push(Stack<string> pending, string path)
    {
        var parts = path.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        for (var i = parts.Length - 1; i >= 0; i--)
            pending.Push(parts[i]);
    }

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Not readable as a link: nor would it be as a file, so nothing is reached through it.
            return null;
        }
    }
}
