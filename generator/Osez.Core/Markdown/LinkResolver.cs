using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Osez.Diagnostics;
using Osez.Text;

namespace Osez.Markdown;

/// <summary>
/// Decides what every link and image of a body points to: the site's own forms
/// ("fiche:slug", "page:slug"), a file of the write-up's folder, or an outside address.
/// Anything else (javascript:, data:, paths leaving the folder) is refused.
/// </summary>
internal sealed partial class LinkResolver(ISiteLinks site, Func<string, IReadOnlySet<string>?> anchorsOf)
{
    private const string Refused = "#lien-refuse";

    public string Resolve(string url, bool isImage, SourceLocation at, LinkContext context, DiagnosticBag diagnostics,
        List<string> assets, List<string> linkedWriteUps, IReadOnlySet<string> ownAnchors)
    {
        var trimmed = url.Trim();
        if (trimmed.StartsWith('#') && trimmed.Length > 1)
            CheckAnchor(trimmed[1..], ownAnchors, "cette fiche", at, diagnostics);
        if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            return trimmed;

        var scheme = WebAddress.SchemeOf(trimmed);
        switch (scheme)
        {
            case var allowed when WebAddress.IsLinkScheme(allowed) && !isImage:
                return trimmed;
            case var web when WebAddress.IsWebScheme(web):
                diagnostics.Report(DiagnosticCodes.DangerousLink, at,
                    "Une image ne peut pas venir d'un autre site : elle ferait une requête hors du site à chaque lecture.",
                    "Enregistrez l'image dans le dossier de la fiche et écrivez ![description](nom-du-fichier.jpg).");
                return Refused;
            case "fiche":
                return WriteUp(trimmed["fiche:".Length..], at, context, diagnostics, linkedWriteUps);
            case "page":
                return Page(trimmed["page:".Length..], at, context, diagnostics);
            case null:
                return LocalFile(trimmed, isImage, at, context, diagnostics, assets);
            default:
                diagnostics.Report(DiagnosticCodes.DangerousLink, at,
                    $"Le lien « {Shorten(trimmed)} » est refusé : seuls les liens web (https://...), les courriels (mailto:) et les liens vers d'autres fiches (fiche:nom) sont permis.",
                    "Retirez ce lien ; les liens « javascript: » ou « data: » ne sont jamais acceptés.");
                return Refused;
        }
    }

    /// <summary>
    /// A link Markdown could not read as one ("[texte](fiche:Un titre avec des espaces)") stays in the page as typed:
    /// each is found in the text of its paragraph and reported, with the write-up or page whose title matches.
    /// </summary>
    public void ReportUnreadLinks(MarkdownDocument document, LinkContext context, DiagnosticBag diagnostics)
    {
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (leaf.Inline is null)
                continue;
            var text = new System.Text.StringBuilder();
            var starts = new List<(int Start, LiteralInline Literal)>();
            foreach (var inline in leaf.Inline.Descendants<Inline>())
            {
                if (inline is LiteralInline literal)
                {
                    starts.Add((text.Length, literal));
                    text.Append(literal.Content.AsSpan());
                }
                else if (inline is CodeInline or AutolinkInline or HtmlInline)
                    text.Append('\n'); // a link is not read across them
                else if (inline is LineBreakInline)
                    text.Append(' ');
                else if (inline is not ContainerInline)
                    text.Append('\u2019'); // a typographic apostrophe or quotation mark
            }
            var all = text.ToString();
            if (!all.Contains("](", StringComparison.Ordinal))
                continue;
            foreach (System.Text.RegularExpressions.Match match in UnreadLink().Matches(all))
            {
                var (start, literal) = starts.Last(s => s.Start <= match.Index);
                var at = new SourceLocation(context.DisplayPath, context.BodyFirstLine + literal.Line,
                    literal.Column + 1 + Math.Max(0, match.Index - start));
                ReportUnread(match.Groups["kind"].Value, match.Groups["target"].Value.Trim(), at, diagnostics);
            }
        }
    }

    private void ReportUnread(string kind, string target, SourceLocation at, DiagnosticBag diagnostics)
    {
        var writeUp = kind == "fiche";
        var slugs = writeUp ? site.WriteUpSlugs : site.PageSlugs;
        var typed = target.TrimEnd('…', '.', ' ');
        var close = MaySuggest(at)
            ? Suggestions.Closest(typed, slugs.Select(s => (s, (writeUp ? site.WriteUpTitle(s) : site.PageTitle(s)) ?? string.Empty)), max: 1)
            : [];
        var what = writeUp ? "fiche" : "page";
        diagnostics.Report(writeUp ? DiagnosticCodes.UnknownWriteUpLink : DiagnosticCodes.UnknownPageLink, at,
            $"Ce lien n'est pas lu comme un lien et paraîtrait tel quel dans la page : après « {kind}: » vient le nom du fichier de la {what} (sans espaces), pas « {Shorten(target)} ».",
            close.Count > 0
                ? $"Écrivez {kind}:{close[0]} (la {what} « {Shorten((writeUp ? site.WriteUpTitle(close[0]) : site.PageTitle(close[0])) ?? close[0])} »)."
                : writeUp
                    ? "Le nom d'une fiche est celui de son fichier dans content/fiches, sans « .md » : [le texte du lien](fiche:nom-de-la-fiche)."
                    : "Le nom d'une page est celui de son fichier dans content/pages, sans « .md » : [le texte du lien](page:nom-de-la-page).");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\]\(\s*(?<kind>fiche|page):(?<target>[^)\n]*)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex UnreadLink();

    private string WriteUp(string target, SourceLocation at, LinkContext context, DiagnosticBag diagnostics, List<string> linked)
    {
        var (slug, anchor) = SplitAnchor(target);
        var url = site.WriteUp(slug);
        if (url is null && site.IsUnreadable(slug))
            return Refused;
        if (url is null)
        {
            var close = MaySuggest(at) ? Suggestions.Closest(slug, site.WriteUpSlugs) : [];
            diagnostics.Report(DiagnosticCodes.UnknownWriteUpLink, at,
                $"Le lien vise la fiche « {slug} », qui n'existe pas (ou n'est pas publiée).",
                close.Count > 0 ? $"Vouliez-vous écrire fiche:{close[0]} ?" : "Le nom d'une fiche est celui de son fichier, sans « .md ».");
            return Refused;
        }
        linked.Add(slug);
        if (anchor.Length > 1 && anchorsOf(slug) is { } anchors)
            CheckAnchor(anchor[1..], anchors, $"la fiche « {slug} »", at, diagnostics);
        return context.Root + url + anchor;
    }

    private string Page(string target, SourceLocation at, LinkContext context, DiagnosticBag diagnostics)
    {
        var (slug, anchor) = SplitAnchor(target);
        var url = site.Page(slug);
        if (url is null)
        {
            var close = MaySuggest(at) ? Suggestions.Closest(slug, site.PageSlugs) : [];
            diagnostics.Report(DiagnosticCodes.UnknownPageLink, at,
                $"Le lien vise la page « {slug} », qui n'existe pas.",
                close.Count > 0 ? $"Vouliez-vous écrire page:{close[0]} ?" : "Les pages sont les fichiers de content/pages, sans « .md ».");
            return Refused;
        }
        return context.Root + url + anchor;
    }

    private static string LocalFile(string target, bool isImage, SourceLocation at, LinkContext context, DiagnosticBag diagnostics, List<string> assets)
    {
        var (path, anchor) = SplitAnchor(target.Split('?')[0]);
        path = Uri.UnescapeDataString(path);
        if (path.StartsWith('/') || path.StartsWith('\\') || Path.IsPathRooted(path))
        {
            diagnostics.Report(DiagnosticCodes.PathOutsideSite, at,
                $"Le chemin « {Shorten(path)} » part de la racine de l'ordinateur : il est refusé.",
                "Placez le fichier dans le dossier de la fiche et écrivez seulement son nom.");
            return Refused;
        }
        if (context.AssetFolder is null)
        {
            if (LooksLikeWriteUpPath(path, out var slug))
            {
                diagnostics.Report(DiagnosticCodes.UnknownWriteUpLink, at,
                    $"Pour lier une autre fiche, écrivez fiche:{slug} plutôt que « {Shorten(path)} ».",
                    $"Exemple : [le texte du lien](fiche:{slug})");
                return Refused;
            }
            diagnostics.Report(DiagnosticCodes.MissingFile, at,
                $"{(isImage ? "L'image" : "Le fichier")} « {Shorten(path)} » ne peut pas être trouvé : cette fiche n'a pas de dossier.",
                "Pour joindre une image, rangez la fiche dans un dossier : content/fiches/nom-de-la-fiche/index.md, avec l'image à côté.");
            return Refused;
        }
        var full = Path.GetFullPath(Path.Combine(context.AssetFolder, path));
        if (!Content.ContentFolder.IsUnder(full, context.AssetFolder))
        {
            diagnostics.Report(DiagnosticCodes.PathOutsideSite, at,
                $"Le chemin « {Shorten(path)} » sort du dossier de la fiche : il est refusé.",
                "Les images et pièces jointes doivent être dans le dossier de la fiche.");
            return Refused;
        }
        // Before looking for the file: whether something exists outside the folder is none of the page's business.
        if (Content.ContainedPath.RealInside(full, context.AssetFolder) is not { } real)
        {
            diagnostics.Report(DiagnosticCodes.PathOutsideSite, at,
                $"« {Shorten(path)} » passe par un lien symbolique qui mène hors du dossier de la fiche : il est refusé.",
                "Copiez le fichier dans le dossier de la fiche, au lieu d'y faire un lien.");
            return Refused;
        }
        // The place reached, not the link: File.Exists says yes for a link to nothing.
        if (!File.Exists(real))
        {
            diagnostics.Report(DiagnosticCodes.MissingFile, at,
                $"{(isImage ? "L'image" : "Le fichier")} « {Shorten(path)} » est introuvable dans le dossier de la fiche.",
                "Vérifiez le nom du fichier (majuscules, accents, extension).");
            return Refused;
        }
        var relative = Path.GetRelativePath(context.AssetFolder, full).Replace('\\', '/');
        assets.Add(relative);
        return string.Join('/', relative.Split('/').Select(Uri.EscapeDataString)) + anchor;
    }

    /// <summary>
    /// Broken links of one file that get a « did you mean »; the next ones get the general hint. Each suggestion compares
    /// the link with every write-up, page or anchor of the target: with thousands of headings and as many broken
    /// links in one body, that would be quadratic.
    /// </summary>
    private const int MaxSuggestedPerFile = 50;

    /// <summary>Targets with more anchors than this get no suggestion: a real page has a few dozen.</summary>
    private const int MaxSuggestionCandidates = 1_000;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _suggested = new(StringComparer.Ordinal);

    private bool MaySuggest(SourceLocation at) => _suggested.AddOrUpdate(at.File, 1, (_, n) => n + 1) <= MaxSuggestedPerFile;

    private void CheckAnchor(string anchor, IReadOnlySet<string> anchors, string where, SourceLocation at, DiagnosticBag diagnostics)
    {
        var id = Uri.UnescapeDataString(anchor);
        if (anchors.Contains(id))
            return;
        var suggest = anchors.Count <= MaxSuggestionCandidates && MaySuggest(at);
        var close = suggest ? Suggestions.Closest(id, anchors) : [];
        diagnostics.Report(DiagnosticCodes.UnknownAnchor, at,
            $"L'ancre « #{Shorten(id)} » ne correspond à aucun titre de {where} : le lien mènera en haut de la page.",
            close.Count > 0
                ? $"Vouliez-vous écrire #{close[0]} ? (une ancre est un titre en minuscules, sans accents, avec des tirets)"
                : anchors.Count > 0
                    ? "Une ancre est un titre en minuscules, sans accents, avec des tirets."
                        + (suggest ? $" Ancres possibles : {string.Join(", ", anchors.Order(StringComparer.Ordinal).Take(8).Select(a => "#" + a))}." : string.Empty)
                    : "Cette fiche n'a pas de titres « ## » : retirez la partie « #... » du lien.");
    }

    private static bool LooksLikeWriteUpPath(string path, out string slug)
    {
        var parts = path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => p is not ".." and not "." and not "index.html" and not "fiches").ToList();
        slug = parts.Count > 0 ? Slugs.FromText(Path.GetFileNameWithoutExtension(parts[^1])) : string.Empty;
        return slug.Length > 0 && (path.EndsWith(".md", StringComparison.Ordinal) || path.EndsWith('/') || path.Contains(".."));
    }

    private static (string Path, string Anchor) SplitAnchor(string target)
    {
        var hash = target.IndexOf('#');
        return hash < 0 ? (target, string.Empty) : (target[..hash], target[hash..]);
    }

    private static string Shorten(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
