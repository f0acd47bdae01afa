using System.Text;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Osez.Diagnostics;

namespace Osez.Markdown;

/// <summary>
/// Where the raw HTML of a body went in its rendered HTML: the ranges Markdig wrote verbatim from the
/// source, and for any offset in them, the file, line and column it came from. Everything outside
/// those ranges was written by Markdig itself.
/// </summary>
internal sealed class RawHtmlSource
{
    private readonly List<Piece> _pieces = [];
    private readonly LinkContext _context;
    private readonly StringBuilder _output;
    private int _start;

    /// <summary>Text Markdig copied from the source: a whole HTML block (one line of output per source line) or one inline tag.</summary>
    private readonly record struct Piece(int Start, int End, MarkdownObject Node);

    private RawHtmlSource(LinkContext context, StringBuilder output)
    {
        _context = context;
        _output = output;
    }

    /// <summary>Renders the document with a renderer of its own, noting where each piece of raw HTML is written.</summary>
    public static (string Html, RawHtmlSource Source) Render(MarkdownDocument document, Markdig.MarkdownPipeline pipeline, LinkContext context)
    {
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        var source = new RawHtmlSource(context, writer.GetStringBuilder());
        renderer.ObjectWriteBefore += (_, node) =>
        {
            if (node is HtmlBlock or HtmlInline)
                source._start = source._output.Length;
        };
        renderer.ObjectWriteAfter += (_, node) =>
        {
            if (node is HtmlBlock or HtmlInline)
                source._pieces.Add(new Piece(source._start, source._output.Length, node));
        };
        renderer.Render(document);
        writer.Flush();
        return (writer.ToString(), source);
    }

    /// <summary>The raw pieces in output order, with their text, for what is told about them as a whole (comments).</summary>
    public IEnumerable<(int Start, string Text)> Pieces(string html) => _pieces.Select(p => (p.Start, html[p.Start..p.End]));

    /// <summary>The rendered HTML without any of the raw HTML.</summary>
    public string WithoutRaw(string html)
    {
        var builder = new StringBuilder(html.Length);
        var from = 0;
        foreach (var piece in _pieces)
        {
            builder.Append(html, from, piece.Start - from);
            from = piece.End;
        }
        return builder.Append(html, from, html.Length - from).ToString();
    }

    /// <summary>True when <paramref name="offset"/> (in the rendered HTML) is in raw HTML copied from the source.</summary>
    public bool IsRaw(int offset) => Find(offset) >= 0;

    /// <summary>The source location of an offset of raw HTML in the rendered HTML.</summary>
    public SourceLocation Locate(int offset, string html)
    {
        var index = Find(offset);
        if (index < 0)
            return new SourceLocation(_context.DisplayPath, _context.BodyFirstLine);
        var piece = _pieces[index];
        var before = html.AsSpan(piece.Start, offset - piece.Start);
        var lines = before.Count('\n');
        var column = lines == 0 ? before.Length : before.Length - before.LastIndexOf('\n') - 1;
        switch (piece.Node)
        {
            case HtmlBlock block when lines < block.Lines.Count:
                var line = block.Lines.Lines[lines];
                return At(line.Line, line.Column + column);
            case HtmlInline inline:
                return At(inline.Line + lines, lines == 0 ? inline.Column + column : column);
            default:
                return At(piece.Node.Line, piece.Node.Column);
        }
    }

    private SourceLocation At(int bodyLine, int column) => new(_context.DisplayPath, _context.BodyFirstLine + bodyLine, column + 1);

    private int Find(int offset)
    {
        int low = 0, high = _pieces.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var piece = _pieces[middle];
            if (offset < piece.Start)
                high = middle - 1;
            else if (offset >= piece.End)
                low = middle + 1;
            else
                return middle;
        }
        return -1;
    }
}
