using AngleSharp.Html.Parser;

namespace Osez.Tests.Support;

/// <summary>Finds every internal link of a built site and whether its target exists.</summary>
public static class OutputLinks
{
    public sealed record Link(string Page, string Attribute, string Value, string? Target, string? Anchor);

    public static IReadOnlyList<Link> All(IReadOnlyDictionary<string, byte[]> files)
    {
        var parser = new HtmlParser();
        var links = new List<Link>();
        foreach (var (page, bytes) in files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)))
        {
            var document = parser.ParseDocument(System.Text.Encoding.UTF8.GetString(bytes));
            foreach (var element in document.QuerySelectorAll("[href], [src]"))
            {
                foreach (var attribute in new[] { "href", "src" })
                {
                    var value = element.GetAttribute(attribute);
                    if (value is null || IsExternal(value))
                        continue;
                    var hash = value.IndexOf('#');
                    var path = hash < 0 ? value : value[..hash];
                    var anchor = hash < 0 ? null : value[(hash + 1)..];
                    var target = path.Length == 0 ? page : Resolve(page, Uri.UnescapeDataString(path));
                    links.Add(new Link(page, attribute, value, target, anchor));
                }
            }
        }
        return links;
    }

    /// <summary>Links whose target file does not exist in the site, or whose anchor is missing on the target page.</summary>
    public static IReadOnlyList<string> Broken(IReadOnlyDictionary<string, byte[]> files)
    {
        var parser = new HtmlParser();
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string> IdsOf(string page)
        {
            if (!ids.TryGetValue(page, out var set))
            {
                var document = parser.ParseDocument(System.Text.Encoding.UTF8.GetString(files[page]));
                set = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
                ids[page] = set;
            }
            return set;
        }
        var broken = new List<string>();
        foreach (var link in All(files))
        {
            if (link.Target is null || !files.ContainsKey(link.Target))
                broken.Add($"{link.Page}: {link.Attribute}=\"{link.Value}\" (no file {link.Target})");
            else if (!string.IsNullOrEmpty(link.Anchor) && link.Target.EndsWith(".html", StringComparison.Ordinal)
                     && !IdsOf(link.Target).Contains(Uri.UnescapeDataString(link.Anchor)))
                broken.Add($"{link.Page}: {link.Attribute}=\"{link.Value}\" (no id {link.Anchor} in {link.Target})");
        }
        return broken;
    }

    public static bool IsExternal(string value)
        => value.StartsWith("http://", StringComparison.Ordinal) || value.StartsWith("https://", StringComparison.Ordinal)
           || value.StartsWith("mailto:", StringComparison.Ordinal) || value.StartsWith("//", StringComparison.Ordinal)
           || value.StartsWith("data:", StringComparison.Ordinal) || value.StartsWith("tel:", StringComparison.Ordinal);

    /// <summary>"fiches/a/index.html" + "../b/index.html" gives "fiches/b/index.html"; null when it leaves the site.</summary>
    public static string? Resolve(string page, string relative)
    {
        var parts = page.Split('/').SkipLast(1).ToList();
        foreach (var part in relative.Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count == 0)
                    return null;
                parts.RemoveAt(parts.Count - 1);
            }
            else if (part is not "." and not "")
                parts.Add(part);
        }
        var result = string.Join('/', parts);
        return relative.EndsWith('/') ? result + "/index.html" : result;
    }

    /// <summary>All files of a folder on disk, as the in-memory map the helpers take.</summary>
    public static Dictionary<string, byte[]> Read(string folder) => Directory
        .EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
}
