using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Osez.Rendering.Views;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Osez.Rendering;

/// <summary>
/// The write-up card of the home page, the list of write-ups and the term pages, written in C#: a site of
/// 10,000 write-ups shows some 130,000 cards, too many to render each through Scriban.
/// </summary>
/// <remarks>
/// The theme still decides what a card looks like. Its card is <c>partials/writeup-card.html</c> with the two
/// partials it includes; this class writes exactly what they write, so it answers <c>include "writeup-card.html"</c>
/// only while the theme's three files are the ones shipped with the generator, text for text (<see cref="Shipped"/>).
/// A theme that changes any of them gets its own card rendered by Scriban, like every other partial. Tests render
/// the shipped partial with Scriban and compare, and fail if a shipped file changes without this class.
/// </remarks>
internal sealed class WriteUpCard
{
    public const string Partial = "partials/writeup-card.html";

    /// <summary>SHA-256 of the text (UTF-8, lines ended by "\n") of each partial this class stands for.</summary>
    internal static readonly IReadOnlyDictionary<string, string> Shipped = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Partial] = "f76f9e98c741473b74770c6bce9eb674d72939d6025ec8495d27056974638494",
        ["partials/selection-button.html"] = "08d35b2cf02653eea04ac0bf4dbe221096990808f954f4f7aaad354e2a5e8856",
        ["partials/coins.html"] = "ebf85f41601adfc70f70c3408cbed932e351b10a571674aafcfb467f05584454",
    };

    private static readonly ScriptVariableGlobal WriteUp = new("w");
    private static readonly ScriptVariableGlobal Level = new("card_level");
    private static readonly ScriptVariableGlobal Page = new("page");
    private static readonly ScriptVariableGlobal Texts = new("t");
    // The variables the partial sets as it goes, set here too: what follows the include sees the same values.
    private static readonly ScriptVariableGlobal Departement = new("departement");
    private static readonly ScriptVariableGlobal Themes = new("themes");

    /// <summary>Beyond this many cards kept, further ones are written each time.</summary>
    private const int MaxCards = 200_000;

    [ThreadStatic]
    private static StringBuilder? t_builder;

    // A card appears on the home page, the list of write-ups and the page of each of its terms: written once per
    // level and depth of page, then reused (10,000 write-ups: some 130,000 cards shown, 20,000 written).
    private readonly ConcurrentDictionary<CardKey, string> _written = new();
    // ConcurrentDictionary.Count takes every lock of the dictionary.
    private int _count;

    /// <summary>Whether the theme's card is the shipped one: <paramref name="texts"/> holds the theme's partials by path.</summary>
    public static bool IsShipped(IReadOnlyDictionary<string, string> texts)
        => Shipped.All(p => texts.TryGetValue(p.Key, out var text) && Hash(text) == p.Value);

    internal static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>A text of <c>t</c>: "" when it is missing (a missing member prints nothing), null when it is not text.</summary>
    private static string? Text(object? texts, string section, string key)
    {
        if (texts is not ScriptObject sections || !sections.TryGetValue(section, out var part))
            return texts is ScriptObject ? string.Empty : null;
        if (part is not ScriptObject entries)
            return null;
        if (!entries.TryGetValue(key, out var value) || value is null)
            return string.Empty;
        return value as string;
    }

    /// <summary>
    /// The card of <c>w</c> at heading level <c>card_level</c>, with links from <c>page.root</c>, as the partial
    /// writes it; false when the values are not what the partial expects (Scriban then renders it, errors included).
    /// </summary>
    public bool TryRender(TemplateContext context, out string html)
    {
        html = string.Empty;
        object? writeUp, level, page, texts;
        try
        {
            writeUp = context.GetValue(WriteUp);
            level = context.GetValue(Level);
            page = context.GetValue(Page);
            texts = context.GetValue(Texts);
        }
        catch (ScriptRuntimeException)
        {
            return false;
        }
        if (writeUp is not WriteUpView w || page is not PageView { Root: var root } || level is null
            || Text(texts, "common", "illustrative_badge") is not { } illustrative || Text(texts, "common", "draft_badge") is not { } draft
            || Text(texts, "selection", "add") is not { } add || Text(texts, "selection", "remove") is not { } remove)
            return false;

        var key = new CardKey(w, context.ObjectToString(level) ?? string.Empty, root, illustrative, draft, add, remove);
        if (!_written.TryGetValue(key, out html!))
        {
            html = Write(key);
            if (Volatile.Read(ref _count) < MaxCards && _written.TryAdd(key, html))
                Interlocked.Increment(ref _count);
        }
        // What the partial leaves set behind it.
        w.FacetsByKey.TryGetValue("territoire.departement", out var departement);
        w.FacetsByKey.TryGetValue("thematiques", out var themes);
        context.SetValue(Departement, departement);
        context.SetValue(Themes, themes);
        return true;
    }

    private static string Write(CardKey key)
    {
        var w = key.WriteUp;
        var heading = HtmlText.Escape(key.Level);
        w.FacetsByKey.TryGetValue("territoire.departement", out var departement);
        w.FacetsByKey.TryGetValue("thematiques", out var themes);
        var card = t_builder ??= new StringBuilder(4096);
        card.Clear();
        card.Append("<article class=\"card\">\n  <h").Append(heading).Append(" class=\"card__title\"><a href=\"")
            .Append(HtmlText.Escape(key.Root)).Append(HtmlText.Escape(w.Url)).Append("\">").Append(HtmlText.Escape(w.Title))
            .Append("</a></h").Append(heading).Append(">\n");
        card.Append("  <p class=\"card__meta\"><time datetime=\"").Append(HtmlText.Escape(w.PublishedOn)).Append("\">")
            .Append(HtmlText.Escape(w.PublishedLabel)).Append("</time>");
        if (departement is not null)
            card.Append(" · ").Append(HtmlText.Escape(departement.Terms.Count > 0 ? departement.Terms[0].Label : null));
        if (w.Illustrative)
            card.Append(" · <span class=\"badge\">").Append(HtmlText.Escape(key.Illustrative)).Append("</span>");
        if (w.Draft)
            card.Append(" · <span class=\"badge badge--draft\">").Append(HtmlText.Escape(key.Draft)).Append("</span>");
        card.Append("</p>\n  <p class=\"card__summary\">").Append(HtmlText.Escape(w.Summary)).Append("</p>\n");
        if (themes is not null)
        {
            card.Append("  <ul class=\"tags\" aria-label=\"").Append(HtmlText.Escape(themes.Label)).Append("\">\n");
            foreach (var term in themes.Terms)
                card.Append("    <li>").Append(HtmlText.Escape(term.Label)).Append("</li>\n");
            card.Append("  </ul>\n");
        }
        // partials/selection-button.html
        card.Append("  <button type=\"button\" class=\"selection-toggle\" data-selection-toggle=\"").Append(HtmlText.Escape(w.Slug))
            .Append("\" data-add=\"").Append(HtmlText.Escape(key.Add)).Append("\" data-remove=\"").Append(HtmlText.Escape(key.Remove))
            .Append("\" hidden><span data-selection-label>").Append(HtmlText.Escape(key.Add)).Append("</span><span class=\"visually-hidden\"> : ")
            .Append(HtmlText.Escape(w.Title)).Append("</span></button>\n\n");
        // partials/coins.html
        card.Append("  ");
        if (w.Citation is { } citation)
            card.Append("<span class=\"Z3988\" title=\"").Append(HtmlText.Escape(citation.Coins)).Append("\"></span>");
        card.Append("\n</article>\n");
        return card.ToString();
    }

    /// <summary>
    /// Everything a card is made from: the write-up's view (the very object: views do not change once made), the
    /// level, the way back to the root and the four interface texts it shows.
    /// </summary>
    private sealed record CardKey(WriteUpView WriteUp, string Level, string Root, string Illustrative, string Draft, string Add, string Remove)
    {
        public bool Equals(CardKey? other)
            => other is not null && ReferenceEquals(WriteUp, other.WriteUp) && Level == other.Level && Root == other.Root
               && Illustrative == other.Illustrative && Draft == other.Draft && Add == other.Add && Remove == other.Remove;

        public override int GetHashCode()
            => HashCode.Combine(RuntimeHelpers.GetHashCode(WriteUp), Level, Root, Illustrative, Draft, Add, Remove);
    }
}
