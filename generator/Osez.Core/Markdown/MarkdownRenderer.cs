using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.SmartyPants;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Osez.Diagnostics;

namespace Osez.Markdown;

/// <summary>
/// Renders write-up bodies: tables, footnotes, heading anchors, French quotation marks;
/// raw HTML is shown as text, never executed; links are checked and made relative.
/// Built once per build and shared by the parallel renderers.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline;
    private readonly LinkResolver _links;

    public MarkdownRenderer(ISiteLinks links)
    {
        var smarty = new SmartyPantOptions();
        smarty.Mapping[SmartyPantType.LeftDoubleQuote] = "«\u00A0";
        smarty.Mapping[SmartyPantType.RightDoubleQuote] = "\u00A0»";
        smarty.Mapping[SmartyPantType.LeftAngleQuote] = "«\u00A0";
        smarty.Mapping[SmartyPantType.RightAngleQuote] = "\u00A0»";
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseFootnotes()
            .UseAutoIdentifiers(AutoIdentifierOptions.Default)
            .UseSmartyPants(smarty)
            .UseAutoLinks()
            .UseListExtras()
            .DisableHtml();
        // Before Markdig's own extension, so that each heading has its id when Markdig's comes to it.
        builder.Extensions.InsertBefore<AutoIdentifierExtension>(new HeadingIds(AutoIdentifierOptions.Default));
        _pipeline = builder.Build();
        _links = new LinkResolver(links, AnchorsOf);
        _site = links;
    }

    private readonly ISiteLinks _site;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlySet<string>?> _anchors = new(StringComparer.Ordinal);

    /// <summary>The heading ids of another write-up, parsed once per build.</summary>
    private IReadOnlySet<string>? AnchorsOf(string slug)
    {
        var body = _site.WriteUpBody(slug);
        // A body that cannot be parsed is reported where it is rendered; links into it are not checked.
        return body is null ? null : _anchors.GetOrAdd(slug, _ => Parse(body, context: null, diagnostics: null) is { } document ? IdsOf(document) : null);
    }

    private HashSet<string> IdsOf(MarkdownDocument document)
    {
        var ids = document.Descendants<HeadingBlock>().Select(h => h.GetAttributes().Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        // Paragraph anchors ("demarche-p2") can be linked to as well.
        if (Anchors is not null)
            ids.UnionWith(PassageAnchors.ParagraphIds(document).Select(p => p.Id));
        return ids;
    }

    /// <summary>Visible links to each section and paragraph; none when null.</summary>
    public PassageAnchors? Anchors { get; init; }

    public RenderedMarkdown Render(string markdown, LinkContext context, DiagnosticBag diagnostics)
    {
        if (Parse(markdown, context, diagnostics) is not { } document)
            return new RenderedMarkdown(string.Empty, [], [], []);
        var ownAnchors = IdsOf(document);
        var assets = new List<string>();
        var linked = new List<string>();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case LinkInline link:
                    link.Url = _links.Resolve(link.Url ?? string.Empty, link.IsImage, Locate(context, link), context, diagnostics, assets, linked, ownAnchors);
                    break;
                case AutolinkInline autolink when !autolink.IsEmail:
                    autolink.Url = _links.Resolve(autolink.Url, isImage: false, Locate(context, autolink), context, diagnostics, assets, linked, ownAnchors);
                    break;
            }
        }

        var headings = new List<Heading>();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var id = heading.GetAttributes().Id;
            if (id is not null)
                headings.Add(new Heading(heading.Level, id, PlainText.Of(heading.Inline)));
        }
        // The text is read before the ¶ links are added, so that they never reach the search index.
        var text = MarkdownText.Of(document);
        Anchors?.Add(document);

        // Markdig's own renderers and writers, pooled by the pipeline: a new HtmlRenderer per body costs more than rendering it.
        var html = document.ToHtml(_pipeline);
        return new RenderedMarkdown(html, headings, assets.Distinct(StringComparer.Ordinal).ToList(),
            linked.Distinct(StringComparer.Ordinal).ToList())
        {
            Text = text,
        };
    }

    /// <summary>
    /// The one place where a body is parsed. A body nested deeper than <see cref="MarkdownNesting.MaxLevels"/> is
    /// refused (reported when <paramref name="diagnostics"/> is given) and gives null: checked line by line before
    /// Markdig runs, since it throws on such a line without saying where; checked again on the parsed tree, for
    /// emphasis and links nested in one paragraph. So is a body that would cost Markdig too much work
    /// (<see cref="InlineMarkBudget"/>), or that gives characters which cannot be published once decoded.
    /// </summary>
    private MarkdownDocument? Parse(string markdown, LinkContext? context, DiagnosticBag? diagnostics)
    {
        if (MarkdownNesting.FirstTooDeepLine(markdown) is { } line)
        {
            if (context is not null)
                diagnostics?.Report(DiagnosticCodes.NestingTooDeep, new SourceLocation(context.DisplayPath, context.BodyFirstLine + line.Line, 1),
                    $"Cette ligne met {line.Levels} citations « > » ou listes les unes dans les autres ; au-delà de {MarkdownNesting.MaxLevels}, le texte ne peut pas être mis en page.",
                    "Une fiche n'a besoin que d'un ou deux niveaux : retirez les « > » ou les tirets en trop au début de la ligne, ou les espaces qui la décalent vers la droite.");
            return null;
        }
        if (InlineMarkBudget.FirstParagraphOverBudget(markdown) is { } paragraph)
        {
            if (context is not null)
                diagnostics?.Report(DiagnosticCodes.TooLarge, new SourceLocation(context.DisplayPath, context.BodyFirstLine + paragraph, 1),
                    "Ce paragraphe est trop long pour tous les « [ », « * » ou « _ » qu'il contient : sa mise en page demanderait des heures de calcul.",
                    "Coupez-le en plusieurs paragraphes (une ligne vide entre eux), et retirez les « [ », « * » ou « _ » qui ne servent ni à un lien ni à une mise en valeur.");
            return null;
        }
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(markdown, _pipeline);
        }
        catch (ArgumentException ex) when (MarkdownNesting.IsMarkdigDepthLimit(ex))
        {
            if (context is not null)
                diagnostics?.Report(DiagnosticCodes.NestingTooDeep, new SourceLocation(context.DisplayPath, context.BodyFirstLine + FirstFailingParagraph(markdown), 1),
                    $"Ce paragraphe met trop d'éléments les uns dans les autres (plus de {MarkdownNesting.MaxLevels} citations, listes, mises en valeur « * » ou « _ », liens « [ ] »).",
                    TooDeepHint);
            return null;
        }
        if (MarkdownNesting.FirstTooDeepElement(document) is { } element)
        {
            if (context is not null)
                diagnostics?.Report(DiagnosticCodes.NestingTooDeep, new SourceLocation(context.DisplayPath, context.BodyFirstLine + element.Line, element.Column + 1),
                    $"Ce passage met plus de {MarkdownNesting.MaxLevels} éléments les uns dans les autres (citations, listes, mises en valeur « * » ou « _ », liens « [ ] »).",
                    TooDeepHint);
            return null;
        }
        if (DecodedCharacters.FirstUnpublishable(document, markdown) is { } decoded)
        {
            if (context is not null)
                diagnostics?.Report(DiagnosticCodes.UnpublishableCharacter, new SourceLocation(context.DisplayPath, context.BodyFirstLine + decoded.Line, decoded.Column + 1),
                    $"{(decoded.Written.Length > 0 ? $"« {Shorten(decoded.Written)} »" : "Ce passage")} donne un caractère qui ne peut pas être publié ({decoded.Character}).",
                    "Retirez ce code « &#...; » : il ne correspond à aucun caractère affichable.");
            return null;
        }
        return document;
    }

    private static string Shorten(string text) => text.Length > 60 ? text[..60] + "…" : text;

    private const string TooDeepHint = "Vérifiez les « * », « _ » et « [ ] » de ce passage : chacun doit être refermé, et il est rare d'en mettre plus de deux les uns dans les autres.";

    /// <summary>
    /// Where Markdig gave up, when it did without saying where: the first paragraph (lines between blank lines) that
    /// it refuses on its own. Each line is parsed once more at most; 0 (the first line) if no paragraph fails alone.
    /// </summary>
    private int FirstFailingParagraph(string markdown)
    {
        var lines = markdown.Split('\n');
        var start = 0;
        for (var i = 0; i <= lines.Length; i++)
        {
            if (i < lines.Length && !string.IsNullOrWhiteSpace(lines[i]))
                continue;
            if (i > start)
            {
                try
                {
                    Markdig.Markdown.Parse(string.Join('\n', lines, start, i - start), _pipeline);
                }
                catch (ArgumentException ex) when (MarkdownNesting.IsMarkdigDepthLimit(ex))
                {
                    return start;
                }
            }
            start = i + 1;
        }
        return 0;
    }

    private static SourceLocation Locate(LinkContext context, Inline inline)
        => new(context.DisplayPath, context.BodyFirstLine + inline.Line, inline.Column + 1);
}
