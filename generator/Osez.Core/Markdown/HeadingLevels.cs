using Markdig.Syntax;
using Osez.Diagnostics;

namespace Osez.Markdown;

/// <summary>
/// The title from the front matter is the only level-1 heading of a page. A body that writes its
/// sections with "#" is told so on each of them, and all its headings are shown one level lower
/// (at most 6), so that the page keeps one h1 and the body's own outline. Anchors do not change.
/// </summary>
internal static class HeadingLevels
{
    public static void LowerUnderTheTitle(MarkdownDocument document, LinkContext context, DiagnosticBag diagnostics)
    {
        var headings = document.Descendants<HeadingBlock>().ToList();
        if (!headings.Exists(h => h.Level == 1))
            return;
        foreach (var heading in headings)
        {
            if (heading.Level == 1)
            {
                var title = PlainText.Of(heading.Inline) is { Length: > 0 } text ? text : "Titre";
                diagnostics.Report(DiagnosticCodes.LevelOneHeading,
                    new SourceLocation(context.DisplayPath, context.BodyFirstLine + heading.Line, heading.Column + 1),
                    $"Le titre « {Shorten(title)} » est de niveau 1 (un seul #), comme le titre de l'en-tête : la page aurait plusieurs titres principaux.",
                    $"Écrivez « ## {Shorten(title)} » (deux #) pour une partie, « ### » pour une sous-partie. En attendant, les titres de ce texte sont affichés un niveau plus bas.");
            }
            heading.Level = Math.Min(heading.Level + 1, 6);
        }
    }

    private static string Shorten(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
