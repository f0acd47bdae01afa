using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Osez.Tests.Support;

/// <summary>Script payloads, and the check that a built page carries them only as harmless text.</summary>
public static class Injection
{
    /// <summary>Marks everything a payload would run, to tell it from the site's own scripts.</summary>
    public const string Marker = "osez-xss";

    /// <summary>Breaks out of a text, a quoted attribute, a style element and a script element, then runs a script.</summary>
    public const string Payload = "\"'></style></script><script>alert('osez-xss')</script><img src=x onerror=alert('osez-xss')><!--";

    /// <summary>
    /// Asserts that nothing in the page came alive from a payload: no script of its own, no event attribute, no
    /// javascript: address, every JSON data block still valid JSON, and the payload's tags nowhere as tags.
    /// </summary>
    public static void AssertHarmless(string html, string page)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var script in document.QuerySelectorAll("script"))
        {
            var type = script.GetAttribute("type");
            if (type == "application/json")
            {
                var ex = Record.Exception(() => JsonDocument.Parse(script.TextContent).Dispose());
                Assert.True(ex is null, $"{page}: a JSON block no longer parses: {ex?.Message}");
            }
            else
                Assert.True(script.HasAttribute("src") && string.IsNullOrWhiteSpace(script.TextContent),
                    $"{page}: an inline script appeared: {script.OuterHtml}");
        }
        foreach (var element in document.All)
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase),
                    $"{page}: event attribute {attribute.Name} on <{element.LocalName}>");
                if (attribute.Name is "href" or "src" or "action" or "formaction" or "xlink:href")
                    Assert.False(IsScriptAddress(attribute.Value), $"{page}: {attribute.Name}=\"{attribute.Value}\" on <{element.LocalName}>");
            }
        foreach (var refresh in document.QuerySelectorAll("meta[http-equiv]"))
            Assert.DoesNotContain("javascript:", Squeeze(refresh.GetAttribute("content")), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(document.QuerySelectorAll("img[src=x]"));
        Assert.True(document.QuerySelectorAll("style").Length <= 1, $"{page}: a style element was split in two");
        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary><see cref="AssertHarmless(string, string)"/> on every HTML page of a build.</summary>
    public static int AssertHarmless(IReadOnlyDictionary<string, byte[]> files)
    {
        var pages = 0;
        foreach (var (path, bytes) in files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)))
        {
            AssertHarmless(Encoding.UTF8.GetString(bytes), path);
            pages++;
        }
        return pages;
    }

    private static bool IsScriptAddress(string value)
    {
        var squeezed = Squeeze(value);
        return squeezed.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
            || squeezed.StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase)
            || squeezed.StartsWith("data:", StringComparison.OrdinalIgnoreCase);
    }

    private static string Squeeze(string? value) => new((value ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
}
