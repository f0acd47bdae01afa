using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Osez.Building;

namespace Osez.Tests.Support;

/// <summary>Reads pages of a built site as parsed HTML documents.</summary>
public static class Html
{
    public static string Text(BuildResult result, string path)
    {
        Assert.NotNull(result.Files);
        Assert.True(result.Files.ContainsKey(path), $"missing {path}; have:\n{string.Join("\n", result.Files.Keys.Order())}");
        return Encoding.UTF8.GetString(result.Files[path]);
    }

    public static IHtmlDocument Parse(BuildResult result, string path) => new HtmlParser().ParseDocument(Text(result, path));

    /// <summary>The values of every <c>&lt;meta name=…&gt;</c> (or property=…) with this name, in order.</summary>
    public static IReadOnlyList<string> Meta(IHtmlDocument document, string name)
        => document.Head!.QuerySelectorAll("meta")
            .Where(m => m.GetAttribute("name") == name || m.GetAttribute("property") == name)
            .Select(m => m.GetAttribute("content") ?? string.Empty).ToList();
}
