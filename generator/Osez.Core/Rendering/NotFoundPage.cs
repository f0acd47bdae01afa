using System.Text;

namespace Osez.Rendering;

/// <summary>
/// What the 404 page carries inline when the site's public address is unknown: the theme's stylesheet and icon,
/// so that it is styled at any depth and from disk without asking for a file it cannot locate.
/// </summary>
public static class NotFoundPage
{
    public sealed record Inline(Markup Styles, string Icon);

    public static Inline Standalone(string templates)
    {
        var assets = Path.Combine(templates, "assets");
        var css = Read(Path.Combine(assets, "site.css"));
        var icon = Read(Path.Combine(assets, "favicon.svg"));
        // "</" cannot end the style element early: written "<\/" it means the same to CSS.
        return new Inline(Markup.TrustedHtml(css.Replace("</", "<\\/", StringComparison.Ordinal)),
            icon.Length == 0 ? string.Empty : "data:image/svg+xml," + Uri.EscapeDataString(icon.Trim()));
    }

    private static string Read(string path) => File.Exists(path) ? File.ReadAllText(path, Encoding.UTF8) : string.Empty;
}
