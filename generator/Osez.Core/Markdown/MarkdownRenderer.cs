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
/// raw HTML keeps only what <see cref="RawHtmlRules"/> allows; links are checked and made relative.
/// Built once per build and shared by the parallel renderers.
/// </summary>
public sealed class MarkdownRenderer
{
    /// <summary>
    /// More HTML tags than this in one body are not read: a real text pasted from another tool has far fewer, and the
    /// HTML parser slows down sharply on many unclosed tags.
    /// </summary>
    internal const int MaxRawHtmlTags = 5_000;

    private readonly MarkdownPipeline _pipeline;
    private readonly BodyParser _parser;
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
            .UseListExtras();
        // Before Markdig's own extension, so that each heading has its id when Markdig's comes to it.
        builder.Extensions.InsertBefore<AutoIdentifierExtension>(new HeadingIds(AutoIdentifierOptions.Default));
        _pipeline = builder.Build();
        _parser = new BodyParser(_pipeline);
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
        HeadingLevels.LowerUnderTheTitle(document, context, diagnostics);
        var ownAnchors = IdsOf(document);
        var assets = new List<string>();
        var linked = new List<string>();
        var rawTags = 0;
        MarkdownObject? firstRaw = null;
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HtmlInline:
                    firstRaw ??= node;
                    rawTags++;
                    break;
                case HtmlBlock block:
                    firstRaw ??= node;
                    foreach (var line in block.Lines.Lines.AsSpan(0, block.Lines.Count))
                        rawTags += line.Slice.AsSpan().Count('<');
                    break;
                case LinkInline link:
                    link.Url = _links.Resolve(link.Url ?? string.Empty, link.IsImage, Locate(context, link), context, diagnostics, assets, linked, ownAnchors);
                    break;
                case AutolinkInline autolink when !autolink.IsEmail:
                    autolink.Url = _links.Resolve(autolink.Url, isImage: false, Locate(context, autolink), context, diagnostics, assets, linked, ownAnchors);
                    break;
            }
        }

        _links.ReportUnreadLinks(document, context, diagnostics);

        var headings = new List<Heading>();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var id = heading.GetAttributes().Id;
            if (id is not null)
                headings.Add(new Heading(heading.Level, id, PlainText.Of(heading.Inline)));
        }
        // The text is read before the ¶ links are added, so that they never reach the search index.
        var text = MarkdownText.Of(document, readRawHtml: rawTags <= MaxRawHtmlTags);
        Anchors?.Add(document);

        // Markdig's own renderers and writers, pooled by the pipeline: a new HtmlRenderer per body costs more than rendering it.
        // A body with raw HTML is the exception: it needs to know where its raw HTML went.
        var html = firstRaw is null ? document.ToHtml(_pipeline) : RenderWithRawHtml(document, context, diagnostics, rawTags, firstRaw,
            (url, at) => _links.Resolve(url, isImage: false, at, context, diagnostics, assets, linked, ownAnchors));
        return new RenderedMarkdown(html, headings, assets.Distinct(StringComparer.Ordinal).ToList(),
            linked.Distinct(StringComparer.Ordinal).ToList())
        {
            Text = text,
        };
    }

    private string RenderWithRawHtml(MarkdownDocument document, LinkContext context, DiagnosticBag diagnostics,
        int rawTags, MarkdownObject firstRaw, Func<string, SourceLocation, string> resolveLink)
    {
        var (html, source) = RawHtmlSource.Render(document, _pipeline, context);
        if (rawTags <= MaxRawHtmlTags)
            return RawHtmlSanitizer.Sanitize(html, source, resolveLink, diagnostics);
        diagnostics.Report(DiagnosticCodes.TooMuchRawHtml,
            new SourceLocation(context.DisplayPath, context.BodyFirstLine + firstRaw.Line, firstRaw.Column + 1),
            $"Le texte contient {rawTags} balises HTML, plus que les {MaxRawHtmlTags} que le site sait relire : aucune n'est reprise.",
            "Réécrivez ce texte en Markdown (## Titre, - liste, | tableau |, **gras**) : c'est souvent un copier-coller depuis un site ou un traitement de texte.");
        return source.WithoutRaw(html);
    }

    /// <summary>
    /// The one place where a body is parsed. A body refused by <see cref="BodyParser"/> gives null, and is reported
    /// when there is a <paramref name="context"/> to place it in (not for another write-up's anchors).
    /// </summary>
    private MarkdownDocument? Parse(string markdown, LinkContext? context, DiagnosticBag? diagnostics)
    {
        var (document, refusal) = _parser.Parse(markdown);
        if (refusal is not null && context is not null)
            diagnostics?.Report(refusal.Code, new SourceLocation(context.DisplayPath, context.BodyFirstLine + refusal.Line, refusal.Column + 1),
                refusal.Message, refusal.Hint);
        return document;
    }

    private static SourceLocation Locate(LinkContext context, Inline inline)
        => new(context.DisplayPath, context.BodyFirstLine + inline.Line, inline.Column + 1);
}
