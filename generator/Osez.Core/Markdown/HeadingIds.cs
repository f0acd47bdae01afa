using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Osez.Markdown;

/// <summary>
/// Gives each heading the id Markdig's <see cref="AutoIdentifierExtension"/> would (« titre », then « titre-1 »,
/// « titre-2 »... for the same title again), in linear time: Markdig tries « -1 », « -2 »... from the start for every
/// repeated title, so 50 000 identical headings cost over a billion attempts. Installed just before Markdig's
/// extension, it sets each id first; Markdig's then leaves a heading that has one alone and only keeps its other
/// job, links written with a heading's text (« [Démarche] »).
/// </summary>
/// <param name="options">The options given to Markdig's extension, which decide how a title becomes an id.</param>
internal sealed class HeadingIds(AutoIdentifierOptions options) : IMarkdownExtension
{
    private static readonly object Key = new();

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Same hooks as Markdig's extension (ATX headings, and setext ones, which start as paragraphs).
        if (pipeline.BlockParsers.Find<HeadingBlockParser>() is { } headings)
        {
            headings.Closed -= OnClosed;
            headings.Closed += OnClosed;
        }
        if (pipeline.BlockParsers.FindExact<ParagraphBlockParser>() is { } paragraphs)
        {
            paragraphs.Closed -= OnClosed;
            paragraphs.Closed += OnClosed;
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private void OnClosed(BlockProcessor processor, Block block)
    {
        if (block is HeadingBlock heading)
            heading.ProcessInlinesEnd += OnInlinesProcessed;
    }

    private void OnInlinesProcessed(InlineProcessor processor, Inline? inline)
    {
        var heading = (HeadingBlock)processor.Block!;
        var attributes = heading.GetAttributes();
        if (heading.Inline is null || attributes.Id is not null)
            return;
        if (processor.Document.GetData(Key) is not Taken taken)
        {
            taken = new Taken();
            processor.Document.SetData(Key, taken);
        }
        attributes.Id = taken.Claim(BaseId(heading.Inline));
    }

    /// <summary>What Markdig makes of the heading's text: rendered without markup, then made an address.</summary>
    private string BaseId(ContainerInline inline)
    {
        var writer = new StringWriter();
        new HtmlRenderer(writer) { EnableHtmlForInline = false, EnableHtmlEscape = false }.Render(inline);
        var text = Publishable(writer.ToString());
        var id = (options & AutoIdentifierOptions.GitHub) != 0
            ? LinkHelper.UrilizeAsGfm(text)
            : LinkHelper.Urilize(text, (options & AutoIdentifierOptions.AllowOnlyAscii) != 0);
        return string.IsNullOrEmpty(id) ? "section" : id;
    }

    /// <summary>
    /// The title without the characters that cannot be published (« &amp;#xFFFE; » decoded), on which Markdig's
    /// normalisation throws: the body is refused for them just after parsing, with their line.
    /// </summary>
    private static string Publishable(string text)
    {
        while (Osez.Text.PublishableText.FirstUnpublishable(text) is var index and >= 0)
            text = text.Remove(index, char.IsHighSurrogate(text[index]) && index + 1 < text.Length ? 2 : 1);
        return text;
    }

    /// <summary>The ids given so far in one document, and for each title the last number tried after it.</summary>
    private sealed class Taken
    {
        private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _lastNumber = new(StringComparer.Ordinal);

        /// <summary>
        /// <paramref name="id"/> if free, otherwise the first free « id-N ». Every number below the last one tried for
        /// this title is taken for good (ids are never given back), so the search goes on from there: same result as
        /// counting from 1, each number tried once per title.
        /// </summary>
        public string Claim(string id)
        {
            if (_ids.Add(id))
                return id;
            var number = _lastNumber.GetValueOrDefault(id);
            string candidate;
            do
            {
                number++;
                candidate = id + "-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            while (!_ids.Add(candidate));
            _lastNumber[id] = number;
            return candidate;
        }
    }
}
