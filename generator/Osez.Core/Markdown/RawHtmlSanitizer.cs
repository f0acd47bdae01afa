using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;
using Osez.Diagnostics;

namespace Osez.Markdown;

/// <summary>
/// Keeps the raw HTML of a rendered body that <see cref="RawHtmlRules"/> allows, through HtmlSanitizer
/// run on the whole body (so that an element opened in one HTML block and closed in another is seen
/// whole), and leaves what Markdig wrote as it is. Each removal is told where it was written, once per
/// kind and body with the number of times. Links of raw HTML go through the rule of Markdown links.
/// </summary>
internal sealed class RawHtmlSanitizer
{
    private const string Prefix = "<!doctype html><html><body>";

    // Scripting on: <noscript> is read as a browser that runs scripts reads it. CSS on: the only styles kept,
    // Markdig's table alignments, are read and written back rather than dropped.
    private static readonly HtmlParser Parser = new(
        new HtmlParserOptions { IsKeepingSourceReferences = true, IsScripting = true },
        BrowsingContext.New(AngleSharp.Configuration.Default.WithCss()));

    private readonly string _html;
    private readonly RawHtmlSource _source;
    private readonly Func<string, SourceLocation, string> _resolveLink;
    private readonly Dictionary<(string Message, string Hint), (SourceLocation At, int Count)> _removed = [];

    private RawHtmlSanitizer(string html, RawHtmlSource source, Func<string, SourceLocation, string> resolveLink)
    {
        _html = html;
        _source = source;
        _resolveLink = resolveLink;
    }

    /// <param name="resolveLink">Checks and rewrites the address of a raw link, reporting its problems at the given place.</param>
    public static string Sanitize(string html, RawHtmlSource source, Func<string, SourceLocation, string> resolveLink, DiagnosticBag diagnostics)
    {
        var run = new RawHtmlSanitizer(html, source, resolveLink);
        using var document = Parser.ParseDocument(Prefix + html);
        var body = document.Body!;
        var sanitizer = new HtmlSanitizer { KeepChildNodes = true };
        Allow(sanitizer.AllowedTags, RawHtmlRules.Tags);
        Allow(sanitizer.AllowedAttributes, RawHtmlRules.Attributes);
        Allow(sanitizer.AllowedCssProperties, ["text-align"]);
        sanitizer.RemovingTag += (_, e) => e.Cancel = run.RemovingTag(body, e.Tag);
        sanitizer.RemovingAttribute += (_, e) => e.Cancel = run.RemovingAttribute(e.Tag, e.Attribute.Name);
        sanitizer.RemovingStyle += (_, e) => e.Cancel = run.OriginOf(e.Tag) == Origin.Markdown;
        sanitizer.FilterUrl += (_, e) => e.SanitizedUrl = run.FilterUrl(e.Tag, e.OriginalUrl);
        sanitizer.SanitizeDom(document, body);
        run.TellComments();
        run.Report(diagnostics);
        return body.ChildNodes.ToHtml(sanitizer.OutputFormatter);
    }

    private enum Origin
    {
        /// <summary>Written by Markdig: trusted.</summary>
        Markdown,
        /// <summary>Copied from the source: judged, and told.</summary>
        Raw,
        /// <summary>Made up by the HTML parser (a missing &lt;tbody&gt;): judged as raw HTML, not told.</summary>
        Implied,
    }

    private Origin OriginOf(IElement element)
    {
        var position = element.SourceReference?.Position.Position ?? 0;
        if (position <= Prefix.Length)
            return Origin.Implied;
        return _source.IsRaw(OffsetOf(element)) ? Origin.Raw : Origin.Markdown;
    }

    private static int OffsetOf(IElement element) => element.SourceReference!.Position.Position - 1 - Prefix.Length;

    private SourceLocation Locate(IElement element) => _source.Locate(OffsetOf(element), _html);

    /// <returns>True to keep the element in place.</returns>
    private bool RemovingTag(IElement body, IElement element)
    {
        var origin = OriginOf(element);
        // Markdig's own elements stay; one already taken out with its parent is left alone.
        if (origin == Origin.Markdown || !body.Contains(element))
            return true;
        var name = element.LocalName;
        if (origin == Origin.Raw)
            Tell(Locate(element), RawHtmlRules.Removed(name, element.TextContent, element.GetAttribute));
        if (!RawHtmlRules.DroppedWithContent.Contains(name))
            return false;
        element.Remove();
        return true;
    }

    /// <returns>True to keep the attribute.</returns>
    private bool RemovingAttribute(IElement element, string name)
    {
        var origin = OriginOf(element);
        // Markdig never writes an event handler: one on its element would have come from the HTML around it.
        if (origin == Origin.Markdown)
            return !name.StartsWith("on", StringComparison.OrdinalIgnoreCase);
        if (origin == Origin.Raw)
            Tell(LocateAttribute(element, name), RawHtmlRules.RemovedAttribute(name));
        return false;
    }

    private string? FilterUrl(IElement element, string url) => OriginOf(element) switch
    {
        Origin.Markdown => url,
        Origin.Raw => _resolveLink(url, LocateAttribute(element, "href")),
        // No place to tell a problem at: only what needs no checking passes.
        _ => Osez.Text.WebAddress.SchemeOf(url) is "http" or "https" or "mailto" ? url : "#lien-refuse",
    };

    /// <summary>The place of an attribute in its tag, or of the tag when it cannot be found.</summary>
    private SourceLocation LocateAttribute(IElement element, string name)
    {
        var start = OffsetOf(element);
        var end = _html.IndexOf('>', start);
        var tag = _html.AsSpan(start, (end < 0 ? _html.Length : end) - start);
        for (var at = tag.IndexOf(name, StringComparison.OrdinalIgnoreCase); at > 0; )
        {
            if (char.IsWhiteSpace(tag[at - 1]) && (at + name.Length == tag.Length || tag[at + name.Length] is '=' or ' ' or '\t' or '\n' or '/' or '>'))
                return _source.Locate(start + at, _html);
            var next = tag[(at + 1)..].IndexOf(name, StringComparison.OrdinalIgnoreCase);
            at = next < 0 ? -1 : at + 1 + next;
        }
        return Locate(element);
    }

    /// <summary>Comments and declarations are not elements: they are found in the raw pieces themselves.</summary>
    private void TellComments()
    {
        foreach (var (start, text) in _source.Pieces(_html))
        {
            for (var at = text.IndexOf("<!", StringComparison.Ordinal); at >= 0; at = text.IndexOf("<!", at + 2, StringComparison.Ordinal))
            {
                var declaration = text.AsSpan(at);
                if (declaration.StartsWith("<!--") || declaration.Length > 2 && (char.IsAsciiLetter(declaration[2]) || declaration[2] == '['))
                    Tell(_source.Locate(start + at, _html), RawHtmlRules.RemovedComment(Start(declaration)));
            }
            for (var at = text.IndexOf("<?", StringComparison.Ordinal); at >= 0; at = text.IndexOf("<?", at + 2, StringComparison.Ordinal))
                Tell(_source.Locate(start + at, _html), RawHtmlRules.RemovedComment(Start(text.AsSpan(at))));
        }
    }

    private static string Start(ReadOnlySpan<char> declaration)
    {
        var end = declaration.IndexOfAny(" \t\n>");
        return declaration[..(end < 0 ? Math.Min(declaration.Length, 12) : Math.Min(end, 12))].ToString();
    }

    private void Tell(SourceLocation at, (string Message, string Hint) what)
    {
        _removed[what] = _removed.TryGetValue(what, out var seen) ? (seen.At, seen.Count + 1) : (at, 1);
    }

    private void Report(DiagnosticBag diagnostics)
    {
        foreach (var ((message, hint), (at, count)) in _removed)
            diagnostics.Report(DiagnosticCodes.RawHtmlRemoved, at,
                count == 1 ? message : $"{message} ({count} fois dans ce texte ; la première est ici.)", hint);
    }

    private static void Allow(ISet<string> set, IEnumerable<string> names)
    {
        set.Clear();
        foreach (var name in names)
            set.Add(name);
    }
}
