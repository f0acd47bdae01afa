using System.Globalization;
using System.Text;

namespace Osez.Citing;

/// <summary>
/// COinS (OpenURL ContextObject in a span): only on pages that list several write-ups, where
/// Zotero then offers to pick among them. Never on a write-up's own page, where a single span
/// would override its richer meta tags.
/// </summary>
public static class Coins
{
    /// <summary>The value of the span's <c>title</c> attribute (to be HTML-escaped by the template).</summary>
    public static string Title(CitedWork work)
    {
        var pairs = new List<(string, string)>
        {
            ("ctx_ver", "Z39.88-2004"),
            ("rft_val_fmt", "info:ofi/fmt:kev:mtx:book"),
            ("rft.genre", "report"),
            ("rft.btitle", work.Title),
            ("rft.pub", work.Publisher),
            ("rft.date", work.Issued.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("rft.language", work.Language),
        };
        // A collective as rft.aulast with no rft.aufirst: one name, in its place. Zotero puts an rft.aucorp before
        // every other author, whatever its place.
        foreach (var author in work.Authors)
            pairs.Add(author.IsCollective ? ("rft.aulast", author.Literal) : ("rft.au", author.Inverted));
        if (work.Url.Length > 0)
            pairs.Add(("rft_id", work.Url));
        var builder = new StringBuilder();
        foreach (var (key, value) in pairs)
        {
            if (builder.Length > 0)
                builder.Append('&');
            builder.Append(key).Append('=').Append(Uri.EscapeDataString(value));
        }
        return builder.ToString();
    }
}
