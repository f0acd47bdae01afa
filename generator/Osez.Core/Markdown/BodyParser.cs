using Markdig;
using Markdig.Syntax;
using Osez.Diagnostics;

namespace Osez.Markdown;

/// <summary>
/// Parses a body with Markdig, within the limits that keep a crafted body from crashing it or from costing hours:
/// nesting (<see cref="MarkdownNesting"/>) checked line by line before Markdig runs, since it throws on such a line
/// without saying where, then on the parsed tree for emphasis and links nested in one paragraph; the work its
/// brackets and emphasis marks would cost (<see cref="InlineMarkBudget"/>); characters that cannot be published
/// once decoded (<see cref="DecodedCharacters"/>).
/// </summary>
internal sealed class BodyParser(MarkdownPipeline pipeline)
{
    /// <summary>Why a body was not parsed, with its place (0-based line and column in the body).</summary>
    public sealed record Refusal(DiagnosticCode Code, int Line, int Column, string Message, string Hint);

    public (MarkdownDocument? Document, Refusal? Refusal) Parse(string markdown)
    {
        if (MarkdownNesting.FirstTooDeepLine(markdown) is { } line)
            return (null, new Refusal(DiagnosticCodes.NestingTooDeep, line.Line, 0,
                $"Cette ligne met {line.Levels} citations « > » ou listes les unes dans les autres ; au-delà de {MarkdownNesting.MaxLevels}, le texte ne peut pas être mis en page.",
                "Une fiche n'a besoin que d'un ou deux niveaux : retirez les « > » ou les tirets en trop au début de la ligne, ou les espaces qui la décalent vers la droite."));
        if (InlineMarkBudget.FirstParagraphOverBudget(markdown) is { } paragraph)
            return (null, new Refusal(DiagnosticCodes.TooLarge, paragraph, 0,
                "Ce paragraphe est trop long pour tous les « [ », « * » ou « _ » qu'il contient : sa mise en page demanderait des heures de calcul.",
                "Coupez-le en plusieurs paragraphes (une ligne vide entre eux), et retirez les « [ », « * » ou « _ » qui ne servent ni à un lien ni à une mise en valeur."));
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(markdown, pipeline);
        }
        catch (ArgumentException ex) when (MarkdownNesting.IsMarkdigDepthLimit(ex))
        {
            return (null, new Refusal(DiagnosticCodes.NestingTooDeep, FirstFailingParagraph(markdown), 0,
                $"Ce paragraphe met trop d'éléments les uns dans les autres (plus de {MarkdownNesting.MaxLevels} citations, listes, mises en valeur « * » ou « _ », liens « [ ] »).",
                TooDeepHint));
        }
        if (MarkdownNesting.FirstTooDeepElement(document) is { } element)
            return (null, new Refusal(DiagnosticCodes.NestingTooDeep, element.Line, element.Column,
                $"Ce passage met plus de {MarkdownNesting.MaxLevels} éléments les uns dans les autres (citations, listes, mises en valeur « * » ou « _ », liens « [ ] »).",
                TooDeepHint));
        if (DecodedCharacters.FirstUnpublishable(document, markdown) is { } decoded)
            return (null, new Refusal(DiagnosticCodes.UnpublishableCharacter, decoded.Line, decoded.Column,
                $"{(decoded.Written.Length > 0 ? $"« {Shorten(decoded.Written)} »" : "Ce passage")} donne un caractère qui ne peut pas être publié ({decoded.Character}).",
                "Retirez ce code « &#...; » : il ne correspond à aucun caractère affichable."));
        return (document, null);
    }

    private const string TooDeepHint = "Vérifiez les « * », « _ » et « [ ] » de ce passage : chacun doit être refermé, et il est rare d'en mettre plus de deux les uns dans les autres.";

    private static string Shorten(string text) => text.Length > 60 ? text[..60] + "…" : text;

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
                    Markdig.Markdown.Parse(string.Join('\n', lines, start, i - start), pipeline);
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
}
