namespace Osez.Markdown;

/// <summary>
/// The HTML a body may keep, for texts pasted from a word processor, a wiki or a website: structure
/// (paragraphs, line breaks, lists, tables, folding sections) and emphasis, without any attribute that
/// styles, scripts or names things. Links follow the rule of Markdown links. Everything else is
/// removed and told, with its Markdown equivalent where there is one. Documented in CONTRIBUTING.md
/// (« Du HTML dans le texte »): change both together.
/// </summary>
internal static class RawHtmlRules
{
    public static readonly IReadOnlySet<string> Tags = Set(
        "p br hr div span blockquote pre code ul ol li dl dt dd table caption thead tbody tfoot tr th td details summary "
        + "a b strong i em u s del ins sup sub small mark abbr q cite kbd");

    public static readonly IReadOnlySet<string> Attributes = Set("href title lang colspan rowspan scope start reversed type value open");

    /// <summary>Removed with what they hold: code, styles, forms, things loaded from elsewhere, not text to read.</summary>
    public static readonly IReadOnlySet<string> DroppedWithContent = Set(
        "script noscript style link meta base title head template iframe frame frameset object embed applet param "
        + "img picture source track audio video canvas svg math map area input button select option optgroup datalist textarea "
        + "noembed noframes xmp plaintext");

    /// <summary>Elements whose text stands apart from the text around it (for the search text).</summary>
    public static readonly IReadOnlySet<string> Blocks = Set(
        "p br hr div blockquote pre ul ol li dl dt dd table caption thead tbody tfoot tr th td details summary "
        + "h1 h2 h3 h4 h5 h6 section article header footer nav aside main figure figcaption address center form fieldset legend");

    /// <summary>How a removed element is told: what happened, and what to write instead.</summary>
    public static (string Message, string Hint) Removed(string tag, string text, Func<string, string?> attribute)
    {
        var shown = $"<{tag}>";
        switch (tag)
        {
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                var level = Math.Max(2, tag[1] - '0');
                return ($"Le titre {shown} n'est pas repris comme titre : son texte reste, sans lien dans le sommaire.",
                    $"Écrivez le titre en Markdown : {new string('#', level)} {Or(text, "Titre")}");
            case "img" or "picture":
                var file = attribute("src") is { } src && Osez.Text.WebAddress.SchemeOf(src) is null ? src : "nom-du-fichier.jpg";
                return ($"L'image {shown} n'est pas affichée : une image s'écrit en Markdown, enregistrée dans le dossier de la fiche.",
                    $"Écrivez : ![{Or(attribute("alt") ?? string.Empty, "description de l'image")}]({file})");
            case "iframe" or "embed" or "object" or "video" or "audio" or "frame" or "frameset" or "applet":
                var address = attribute("src") ?? attribute("data");
                return ($"La balise {shown} est retirée : le site n'intègre rien qui vienne d'un autre site (vidéo, carte, document).",
                    $"Mettez un lien à la place : [Voir la vidéo]({(address is not null && Osez.Text.WebAddress.SchemeOf(address) is "http" or "https" ? address : "https://...")})");
            case "script" or "noscript" or "template":
                return ($"La balise {shown} est retirée avec son contenu : un script ne peut pas être publié.",
                    "Retirez-la du texte.");
            case "style" or "link" or "meta" or "base" or "title" or "head":
                return ($"La balise {shown} est retirée : la mise en forme et les réglages de la page viennent du site.",
                    "Retirez-la du texte : elle est souvent laissée par un copier-coller depuis un traitement de texte ou un site.");
            case "form" or "input" or "button" or "select" or "option" or "optgroup" or "datalist" or "textarea" or "label" or "fieldset" or "legend":
                return ($"La balise {shown} est retirée : un formulaire ne peut pas être publié sur le site.",
                    "Décrivez-le en quelques mots, ou mettez un lien vers lui : [le formulaire](https://...)");
            case "svg" or "math" or "canvas":
                return ($"Le dessin {shown} est retiré : il n'est pas repris sur le site.",
                    "Enregistrez-le comme image dans le dossier de la fiche et écrivez : ![description du dessin](dessin.png)");
            default:
                return DroppedWithContent.Contains(tag)
                    ? ($"La balise {shown} est retirée avec son contenu.", "Retirez-la du texte.")
                    : ($"La balise {shown} n'est pas reprise : son texte reste, sans cette mise en forme.",
                        "Retirez-la : la mise en forme vient du site (ces balises sont souvent laissées par un copier-coller depuis un traitement de texte ou un site).");
        }
    }

    /// <summary>How a removed attribute is told.</summary>
    public static (string Message, string Hint) RemovedAttribute(string name)
    {
        const string Pasted = "Rien à faire, ou retirez-le du texte : il est souvent laissé par un copier-coller depuis un traitement de texte ou un site.";
        return name switch
        {
            "style" => ("L'attribut HTML style est retiré : la mise en forme vient du site.", Pasted),
            "class" or "id" or "name" => ($"L'attribut HTML {name} est retiré : il pourrait se confondre avec ceux de la page.", Pasted),
            _ when name.StartsWith("on", StringComparison.OrdinalIgnoreCase) => ($"L'attribut HTML {name} est retiré : un script ne peut pas être publié.", "Retirez-le du texte."),
            _ => ($"L'attribut HTML {name} est retiré.", Pasted),
        };
    }

    /// <summary>How a comment or a declaration ("&lt;?xml ...&gt;", "&lt;!DOCTYPE ...&gt;") is told.</summary>
    public static (string Message, string Hint) RemovedComment(string start) => start.StartsWith("<!--", StringComparison.Ordinal)
        ? ("Le commentaire HTML « <!-- ... --> » n'est pas publié.",
            "Son texte reste lisible dans les sources publiques du site : retirez-le s'il ne doit pas être lu. Un commentaire qui n'est pas refermé par --> cache aussi tout ce qui le suit.")
        : ($"La déclaration « {start}... » n'est pas reprise.",
            "Retirez-la du texte : elle est souvent laissée par un copier-coller depuis un traitement de texte.");

    private static string Or(string text, string fallback)
    {
        var words = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return words.Length == 0 ? fallback : words.Length > 60 ? words[..60] + "…" : words;
    }

    private static HashSet<string> Set(string names) => new(names.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);
}
