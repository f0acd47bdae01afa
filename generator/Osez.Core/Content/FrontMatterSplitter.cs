using Osez.Diagnostics;

namespace Osez.Content;

/// <summary>Finds the front matter between a first line "---" and the next "---" (or "...") line.</summary>
public static class FrontMatterSplitter
{
    /// <returns>The split, or null when the file has no usable front matter (diagnostics say why).</returns>
    public static FrontMatterSplit? Split(string text, string file, DiagnosticBag diagnostics)
    {
        var firstEnd = text.IndexOf('\n');
        var firstLine = firstEnd < 0 ? text : text[..firstEnd];
        if (!IsDelimiter(firstLine, allowDots: false))
        {
            diagnostics.Report(DiagnosticCodes.MissingFrontMatter, new SourceLocation(file, 1, 1),
                "La fiche ne commence pas par un en-tête : la première ligne doit être « --- ».",
                "Commencez le fichier par une ligne « --- », les champs (titre, resume...), puis une autre ligne « --- » avant le texte. "
                + "Le plus simple : partez d'une fiche existante ou lancez « ./build.sh new ».",
                firstLine.Length > 120 ? firstLine[..120] + "…" : firstLine);
            return null;
        }

        var position = firstEnd + 1;
        var lineNumber = 2;
        while (firstEnd >= 0 && position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            var line = end < 0 ? text[position..] : text[position..end];
            if (IsDelimiter(line, allowDots: true))
            {
                var yaml = text[(firstEnd + 1)..position];
                var body = end < 0 ? string.Empty : text[(end + 1)..];
                return new FrontMatterSplit(yaml, 2, body, lineNumber + 1);
            }
            if (end < 0)
                break;
            position = end + 1;
            lineNumber++;
        }

        diagnostics.Report(DiagnosticCodes.UnclosedFrontMatter, new SourceLocation(file, 1, 1),
            "L'en-tête ouvert à la ligne 1 par « --- » n'est jamais refermé.",
            "Ajoutez une ligne « --- » après le dernier champ de l'en-tête, avant le texte de la fiche.",
            "---");
        return null;
    }

    private static bool IsDelimiter(string line, bool allowDots)
    {
        var trimmed = line.TrimEnd(' ', '\t');
        return trimmed == "---" || (allowDots && trimmed == "...");
    }
}
