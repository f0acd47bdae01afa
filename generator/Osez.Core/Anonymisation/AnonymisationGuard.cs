using System.Text;
using Osez.Content;
using Osez.Diagnostics;

namespace Osez.Anonymisation;

/// <summary>
/// Runs the personal-data detectors over a content file: every front-matter value, the body
/// (image alt texts and code included: they are published too), the file's name and the names
/// of the files in its folder. Each detection is an error with a partly masked quote, unless the
/// author accepted it in <c>anonymisation_acceptee</c>, in which case it is listed as information.
/// </summary>
public static class AnonymisationGuard
{
    /// <summary>More files than this in one write-up folder are not all checked by name (the folder is surely wrong).</summary>
    private const int MaxFolderFiles = 500;

    public static void Check(ScannedDocument document, DiagnosticBag diagnostics)
    {
        var used = new HashSet<AcceptedPassage>(ReferenceEqualityComparer.Instance);
        var accepted = document.Accepted.Select(a => (Passage: a, Text: ScanText.Collapse(a.Text))).ToList();

        CheckText(document, BlankAcceptedList(document.FrontMatter), document.FrontMatterFirstLine, accepted, used, diagnostics, frontMatter: true);
        CheckText(document, document.Body, document.BodyFirstLine, accepted, used, diagnostics, frontMatter: false);
        foreach (var name in FileNames(document))
            CheckFileName(document, name, accepted, used, diagnostics);

        foreach (var passage in document.Accepted.Where(a => !used.Contains(a)))
            diagnostics.Report(DiagnosticCodes.UnusedAcceptance, passage.Location,
                $"Le passage accepté « {passage.Text} » ne correspond à aucune détection du texte.",
                "Retirez-le de « anonymisation_acceptee » (le texte a sans doute changé), ou recopiez exactement le passage signalé. "
                + "Un numéro de sécurité sociale ou un IBAN ne peuvent jamais être acceptés.");
    }

    private static void CheckText(ScannedDocument document, string text, int firstLine,
        List<(AcceptedPassage Passage, string Text)> accepted, HashSet<AcceptedPassage> used, DiagnosticBag diagnostics, bool frontMatter)
    {
        var found = PersonalDataDetectors.Scan(text, document.Declared);
        if (found.Count == 0)
            return;
        var lines = new LineStarts(text);
        var masked = text.ToCharArray();
        var pending = new List<(IPersonalDataDetector Detector, Detection Detection, string Shown)>();
        foreach (var (detector, detection) in found)
        {
            var passage = AcceptedFor(detector, text.Substring(detection.Start, detection.Length), accepted);
            if (passage is not null)
            {
                used.Add(passage);
                diagnostics.Report(DiagnosticCodes.AcceptedFinding, Locate(document, lines, firstLine, detection.Start),
                    $"Passage accepté comme fausse alerte ({detector.What}) : « {passage.Text} ». Raison donnée : {passage.Reason}",
                    $"Déclaré dans « {AcceptedPassage.Key} » ({passage.Location}) : la relecture de la pull request vérifie que ce n'est pas une donnée personnelle.");
                continue;
            }
            var shown = Masking.Show(text, detection);
            shown.CopyTo(0, masked, detection.Start, shown.Length);
            pending.Add((detector, detection, shown));
        }
        var maskedText = new string(masked);
        foreach (var (detector, detection, shown) in pending)
        {
            var location = Locate(document, lines, firstLine, detection.Start);
            var (excerpt, excerptColumn) = LineAt(maskedText, lines, detection.Start);
            diagnostics.Add(new Diagnostic(detector.Code.Id, detector.Code.Severity, location,
                $"Donnée personnelle possible : {detector.What}, « {OneLine(shown)} ».",
                frontMatter && IsPersonalContact(document, text, detection) ? PersonalContactHint : HintFor(detector),
                excerpt) { ExcerptColumn = excerptColumn });
        }
    }

    private static void CheckFileName(ScannedDocument document, string name,
        List<(AcceptedPassage Passage, string Text)> accepted, HashSet<AcceptedPassage> used, DiagnosticBag diagnostics)
    {
        var readable = FileNameText(name);
        foreach (var (detector, detection) in PersonalDataDetectors.Scan(readable, document.Declared))
        {
            var passage = AcceptedFor(detector, readable.Substring(detection.Start, detection.Length), accepted);
            if (passage is not null)
            {
                used.Add(passage);
                diagnostics.Report(DiagnosticCodes.AcceptedFinding, new SourceLocation(document.DisplayPath),
                    $"Nom de fichier accepté comme fausse alerte ({detector.What}) : « {name} ». Raison donnée : {passage.Reason}",
                    $"Déclaré dans « {AcceptedPassage.Key} » ({passage.Location}).");
                continue;
            }
            var shown = name[..detection.Start] + Masking.Show(name, detection) + name[detection.End..];
            diagnostics.Report(detector.Code, new SourceLocation(document.DisplayPath),
                $"Le nom de fichier « {shown} » contient peut-être {detector.What}.",
                "Renommez le fichier avec un nom qui décrit son contenu sans désigner personne (affiche-atelier.jpg, compte-rendu-juin.pdf). "
                + (name == document.Name ? "Le nom de la fiche devient son adresse sur le site." : "Les noms de fichiers sont publiés avec le site."));
        }
    }

    private static bool IsPersonalContact(ScannedDocument document, string text, Detection detection)
        => document.Declared.PersonalContactEmail is { } personal
            && string.Equals(text.Substring(detection.Start, detection.Length), personal, StringComparison.OrdinalIgnoreCase);

    private const string PersonalContactHint =
        "L'adresse de « contact.courriel » est celle d'une personne (prénom.nom@...) : le contact d'une fiche est toujours "
        + "celui d'une structure. Mettez l'adresse du service (accueil@structure.fr, contact@structure.fr, secretariat@...).";

    private static string HintFor(IPersonalDataDetector detector)
        => detector.CanBeAccepted
            ? detector.Hint + $"\nFausse alerte (personnage de roman, adresse d'une institution...) ? Recopiez le passage exact et la raison dans « {AcceptedPassage.Key} » (voir le README, « La vérification d'anonymisation ») : la relecture le verra."
            : detector.Hint;

    private static AcceptedPassage? AcceptedFor(IPersonalDataDetector detector, string matched, List<(AcceptedPassage Passage, string Text)> accepted)
    {
        if (!detector.CanBeAccepted || accepted.Count == 0)
            return null;
        var key = ScanText.Collapse(matched);
        foreach (var (passage, text) in accepted)
            if (key.Length > 0 && text.Contains(key, StringComparison.Ordinal))
                return passage;
        return null;
    }

    private static SourceLocation Locate(ScannedDocument document, LineStarts lines, int firstLine, int offset)
    {
        var (line, start) = lines.Of(offset);
        return new SourceLocation(document.DisplayPath, firstLine + line, offset - start + 1);
    }

    /// <summary>Longest quote of a line: reports show less, and a text of one huge line must not be copied once per finding.</summary>
    private const int MaxExcerpt = 1_000;

    /// <returns>The line holding <paramref name="offset"/>, or its part around the offset when the line is longer than
    /// <see cref="MaxExcerpt"/>, and the column where that part starts.</returns>
    private static (string Excerpt, int Column) LineAt(string text, LineStarts lines, int offset)
    {
        var (line, lineStart) = lines.Of(offset);
        var lineEnd = lines.EndOf(line);
        var start = Math.Clamp(offset - MaxExcerpt / 2, lineStart, Math.Max(lineStart, lineEnd - MaxExcerpt));
        if (start > lineStart && char.IsLowSurrogate(text[start]))
            start++;
        var length = Math.Min(lineEnd - start, MaxExcerpt);
        if (length > 0 && char.IsHighSurrogate(text[start + length - 1]))
            length--;
        return (text.Substring(start, length), start - lineStart + 1);
    }

    /// <summary>Where each line of a text starts, so that finding the line of an offset costs log n, not n.</summary>
    private sealed class LineStarts
    {
        private readonly List<int> _starts = [0];
        private readonly int _length;

        public LineStarts(string text)
        {
            _length = text.Length;
            for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
                _starts.Add(i + 1);
        }

        /// <returns>The line (0-based) holding <paramref name="offset"/>, and the offset where it starts.</returns>
        public (int Line, int Start) Of(int offset)
        {
            var index = _starts.BinarySearch(offset);
            var line = index >= 0 ? index : ~index - 1;
            return (line, _starts[line]);
        }

        /// <summary>The offset of the end of a line (its "\n", or the end of the text).</summary>
        public int EndOf(int line) => line + 1 < _starts.Count ? _starts[line + 1] - 1 : _length;
    }

    private static string OneLine(string text) => string.Join(' ', text.Split('\n', StringSplitOptions.TrimEntries));

    /// <summary>The front matter with the lines of the accepted-passages list blanked (same length), so they are not reported.</summary>
    public static string BlankAcceptedList(string frontMatter)
    {
        var lines = frontMatter.Split('\n');
        var inside = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith(AcceptedPassage.Key, StringComparison.Ordinal)
                && line.AsSpan(AcceptedPassage.Key.Length).TrimStart(' ').StartsWith(":"))
                inside = true;
            else if (inside && line.Length > 0 && line[0] != ' ' && line[0] != '-' && line[0] != '#')
                inside = false;
            if (inside)
                lines[i] = new string(' ', line.Length);
        }
        return string.Join('\n', lines);
    }

    /// <summary>A file name as words: "mme-dupont_34.jpg" reads "Mme Dupont 34" (same length as the name without extension).</summary>
    public static string FileNameText(string name)
    {
        var builder = new StringBuilder(name.Length);
        var wordStart = true;
        foreach (var c in name)
        {
            if (c is '-' or '_' or '.' or '+' or ' ')
            {
                builder.Append(' ');
                wordStart = true;
                continue;
            }
            builder.Append(wordStart ? char.ToUpperInvariant(c) : c);
            wordStart = false;
        }
        return builder.ToString();
    }

    private static IEnumerable<string> FileNames(ScannedDocument document)
    {
        yield return document.Name;
        if (document.Folder is null || !Directory.Exists(document.Folder))
            yield break;
        // Only what the write-up may publish: a link leading out of its folder is refused where it is used.
        foreach (var file in ContainedPath.Files(document.Folder, document.Folder).Take(MaxFolderFiles))
        {
            var name = Path.GetFileName(file);
            if (name.StartsWith('.') || name == "index.md")
                continue;
            var dot = name.LastIndexOf('.');
            yield return dot > 0 ? name[..dot] : name;
        }
    }
}
