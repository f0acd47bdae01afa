using Osez.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Osez.Yaml;

/// <summary>
/// Reads one YAML document into a <see cref="YNode"/> tree, reporting problems as diagnostics.
/// Aliases, custom tags, duplicate keys and deep nesting are refused, which also makes
/// "billion laughs" documents and object-creating tags harmless.
/// </summary>
public static class YamlTreeReader
{
    public const int MaxDepth = 20;

    /// <summary>
    /// Longest YAML text read (an en-tête, site.yml, a vocabulary, the interface texts): the longest real one is
    /// about 20 000 characters. Anything longer is refused before the parser builds anything from it.
    /// </summary>
    public const int MaxDocumentChars = 200_000;

    /// <summary>
    /// Longest single value or key: the longest field allowed (a summary) is 400 characters. Longer values are refused
    /// here, before they travel through validation, pages, the index and the exports.
    /// </summary>
    public const int MaxScalarChars = 10_000;

    /// <param name="text">The YAML text.</param>
    /// <param name="file">Path of the file, for locations.</param>
    /// <param name="firstLine">File line number of the first line of <paramref name="text"/>.</param>
    /// <returns>The root node, or null when the document could not be read (diagnostics say why).</returns>
    public static YNode? Read(string text, string file, int firstLine, DiagnosticBag diagnostics)
    {
        if (text.Length > MaxDocumentChars)
        {
            var frontMatter = file.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
            diagnostics.Report(DiagnosticCodes.TooLarge, new SourceLocation(file, firstLine, 1),
                string.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"),
                    $"{(frontMatter ? "L'en-tête" : "Ce fichier YAML")} compte {text.Length:N0} caractères ; au-delà de {MaxDocumentChars:N0}, il n'est pas lu."),
                frontMatter
                    ? "Un en-tête tient en quelques dizaines de lignes : vérifiez que la ligne « --- » qui le ferme est bien là, et qu'aucun texte n'y a été collé par erreur."
                    : "Un fichier de réglages, de vocabulaire ou de textes tient en quelques centaines de lignes : vérifiez qu'aucun texte n'y a été collé par erreur.");
            return null;
        }
        var context = new ReadContext(text, file, firstLine, diagnostics);
        var parser = new Parser(new StringReader(text));
        try
        {
            return context.ReadStream(parser);
        }
        catch (AbortRead)
        {
            return null;
        }
        catch (YamlException ex)
        {
            context.ReportSyntaxError(ex.Start, ex.Message);
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException or EndOfStreamException)
        {
            // The parser itself can fail on some broken inputs (an unclosed "[" running over the
            // next lines): still a syntax error of the content, located after the last good event.
            context.ReportSyntaxError(parser.Current?.End ?? Mark.Empty, string.Empty);
            return null;
        }
    }

    private sealed class ReadContext(string text, string file, int firstLine, DiagnosticBag diagnostics)
    {
        private readonly string[] _lines = text.Split('\n');
        private bool _failed;
        private bool _aliasReported;

        public YNode? ReadStream(IParser parser)
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
                return null;
            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, depth: 0);
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var extra))
            {
                Report(DiagnosticCodes.YamlSyntax, extra.Start,
                    "L'en-tête contient plusieurs documents YAML (une ligne « --- » en trop ?).",
                    "Un en-tête commence par une ligne « --- » et se termine par la ligne « --- » suivante ; retirez la ligne en trop.");
            }
            return _failed ? null : root;
        }

        private YNode? ReadNode(IParser parser, int depth)
        {
            if (depth > MaxDepth)
            {
                var current = parser.Current!;
                Report(DiagnosticCodes.YamlTooDeep, current.Start,
                    $"Les valeurs sont imbriquées sur plus de {MaxDepth} niveaux.",
                    "Une fiche n'a besoin que de deux ou trois niveaux : vérifiez l'indentation.");
                throw new AbortRead();
            }

            if (parser.TryConsume<AnchorAlias>(out var alias))
            {
                // One message is enough: an alias bomb would otherwise give thousands.
                if (!_aliasReported)
                    Report(DiagnosticCodes.YamlAlias, alias.Start,
                        $"Les alias YAML (« *{alias.Value} ») ne sont pas acceptés.",
                        "Recopiez la valeur au lieu d'utiliser « & » et « * ».");
                _aliasReported = true;
                _failed = true;
                return new YScalar(Locate(alias.Start), string.Empty, isPlain: true);
            }

            var node = parser.Current as NodeEvent;
            if (node is not null)
                CheckTag(node);

            if (parser.TryConsume<Scalar>(out var scalar))
            {
                CheckScalar(scalar);
                return new YScalar(Locate(scalar.Start), scalar.Value, scalar.Style == ScalarStyle.Plain);
            }

            if (parser.TryConsume<SequenceStart>(out var sequenceStart))
            {
                var items = new List<YNode>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    var item = ReadNode(parser, depth + 1);
                    if (item is not null)
                        items.Add(item);
                }
                return new YSequence(Locate(sequenceStart.Start), items);
            }

            if (parser.TryConsume<MappingStart>(out var mappingStart))
            {
                var entries = new List<YEntry>();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var keyNode = ReadNode(parser, depth + 1);
                    var value = ReadNode(parser, depth + 1);
                    if (keyNode is not YScalar key)
                    {
                        if (keyNode is not null)
                            Report(DiagnosticCodes.WrongType, keyNode.Location,
                                $"Une clé doit être un simple mot, pas {keyNode.KindName}.",
                                "Écrivez « cle: valeur » sur une ligne.");
                        continue;
                    }
                    if (!seen.Add(key.Value))
                    {
                        Report(DiagnosticCodes.DuplicateKey, key.Location,
                            $"La clé « {key.Value} » apparaît deux fois.",
                            "Gardez une seule fois cette clé : la seconde valeur écraserait la première.");
                        continue;
                    }
                    if (value is not null)
                        entries.Add(new YEntry(key, value));
                }
                return new YMapping(Locate(mappingStart.Start), entries);
            }

            // Not a node (should not happen with a well-formed event stream).
            var unexpected = parser.Current!;
            parser.MoveNext();
            Report(DiagnosticCodes.YamlSyntax, unexpected.Start, "Structure YAML inattendue.", string.Empty);
            return null;
        }

        /// <summary>
        /// Size and characters of every value and key, as decoded: an escape between double quotes ("\uFFFE", "\0")
        /// gives a character the file itself does not hold, so only here can it be seen.
        /// </summary>
        private void CheckScalar(Scalar scalar)
        {
            if (scalar.Value.Length > MaxScalarChars)
            {
                Report(DiagnosticCodes.TooLarge, scalar.Start,
                    string.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"),
                        $"Cette valeur compte {scalar.Value.Length:N0} caractères ; au-delà de {MaxScalarChars:N0}, elle n'est pas lue."),
                    "Aucun champ n'en demande autant (un résumé compte au plus 400 caractères) : raccourcissez ce texte, ou mettez-le dans le texte de la fiche, sous l'en-tête.");
                return;
            }
            var invalid = Osez.Text.PublishableText.FirstUnpublishable(scalar.Value);
            if (invalid >= 0)
                Report(DiagnosticCodes.UnpublishableCharacter, scalar.Start,
                    $"Cette valeur contient un caractère qui ne peut pas être publié ({Osez.Text.PublishableText.Describe(scalar.Value, invalid)}).",
                    "Retirez-le : il vient d'un copier-coller, ou d'une séquence qui commence par « \\ » entre guillemets (« \\u », « \\x », « \\0 »...).");
        }

        private void CheckTag(NodeEvent node)
        {
            if (node.Tag.IsEmpty || node.Tag.IsNonSpecific)
                return;
            var tag = node.Tag.Value;
            if (tag.StartsWith("tag:yaml.org,2002:", StringComparison.Ordinal)
                && tag["tag:yaml.org,2002:".Length..] is "str" or "int" or "float" or "bool" or "null" or "seq" or "map" or "timestamp")
                return;
            Report(DiagnosticCodes.YamlTag, node.Start,
                $"L'étiquette YAML « {tag} » n'est pas acceptée.",
                "Retirez ce qui commence par « ! » devant la valeur.");
        }

        public void ReportSyntaxError(Mark start, string parserMessage)
        {
            var line = start.Line > 0 ? (int)start.Line : 1;
            // The parser stops where it understands it cannot go on, often lines away from the cause: the cause is
            // looked for in the text itself, so that the line quoted is the one to change.
            if (TrueCause(parserMessage, line) is var (causeLine, causeColumn))
            {
                line = causeLine;
                start = new Mark(0, causeLine, causeColumn);
            }
            var excerpt = line - 1 < _lines.Length ? _lines[line - 1].TrimEnd('\r') : string.Empty;
            diagnostics.Report(DiagnosticCodes.YamlSyntax,
                new SourceLocation(file, firstLine + line - 1, (int)Math.Max(1, start.Column)),
                file.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
                    ? "L'en-tête de la fiche (YAML) ne peut pas être lu à cet endroit."
                    : "Ce fichier YAML ne peut pas être lu à cet endroit.",
                SyntaxHints.For(excerpt, parserMessage),
                excerpt);
        }

        /// <summary>
        /// Where a syntax error really comes from, when the parser's position is elsewhere: an invisible line separator
        /// pasted from a word processor (the parser takes it for a line break); the first line indented with a tab or
        /// another blank than the space, such as a no-break space (the parser complains about the line before or after,
        /// or the start of the mapping); the line where a quoted value opens without closing (the parser complains at the
        /// end of the text); a key written without its colon before an indented block (the parser complains about the
        /// block's first line).
        /// </summary>
        private (int Line, int Column)? TrueCause(string parserMessage, int parserLine)
        {
            for (var i = 0; i < _lines.Length; i++)
            {
                var separator = _lines[i].IndexOfAny(['\u2028', '\u2029']);
                if (separator >= 0)
                    return (i + 1, separator + 1);
            }
            for (var i = 0; i < _lines.Length; i++)
            {
                var line = _lines[i].TrimEnd('\r');
                var j = 0;
                var odd = -1;
                while (j < line.Length && (line[j] == ' ' || SyntaxHints.IsOddBlank(line[j])))
                {
                    if (line[j] != ' ' && odd < 0)
                        odd = j;
                    j++;
                }
                if (odd >= 0 && j < line.Length && line[j] != '#')
                    return (i + 1, odd + 1);
            }
            if (parserMessage.Contains("quoted scalar", StringComparison.OrdinalIgnoreCase))
            {
                for (var i = 0; i < _lines.Length; i++)
                {
                    var line = _lines[i].TrimEnd('\r');
                    var value = ValueStart(line);
                    if (value < 0 || line[value] is not ('"' or '\''))
                        continue;
                    var quote = line[value];
                    if (!Closes(line, value + 1, quote))
                        return (i + 1, value + 1);
                }
            }
            return KeyWithoutColon(parserLine);
        }

        /// <summary>
        /// « periode » then « ␣␣debut: 2023-09 »: the parser reads the two lines as one text followed by « : » and stops
        /// on the second. The line to change is the first, a bare name less indented than the block under it.
        /// </summary>
        private (int Line, int Column)? KeyWithoutColon(int parserLine)
        {
            var at = parserLine - 1;
            if (at <= 0 || at >= _lines.Length || !_lines[at].Contains(':', StringComparison.Ordinal))
                return null;
            var previous = at - 1;
            while (previous >= 0 && (_lines[previous].Trim().Length == 0 || _lines[previous].TrimStart().StartsWith('#')))
                previous--;
            if (previous < 0)
                return null;
            var line = _lines[previous].TrimEnd('\r');
            var name = line.TrimStart(' ');
            var indent = line.Length - name.Length;
            if (name.Contains(':', StringComparison.Ordinal) || name[0] is '-' or '"' or '\'' or '[' or '{' or '|' or '>'
                || indent >= _lines[at].Length - _lines[at].TrimStart(' ').Length)
                return null;
            var word = name.IndexOf(' ', StringComparison.Ordinal);
            return (previous + 1, indent + (word < 0 ? name.Length : word) + 1);
        }

        /// <summary>Index of the value of "key: value" or "- value", or -1.</summary>
        private static int ValueStart(string line)
        {
            var trimmed = line.TrimStart(' ');
            var at = line.Length - trimmed.Length;
            if (trimmed.StartsWith("- ", StringComparison.Ordinal))
                at += 2;
            else
            {
                var colon = line.IndexOf(": ", at, StringComparison.Ordinal);
                if (colon < 0)
                    return -1;
                at = colon + 2;
            }
            while (at < line.Length && line[at] == ' ')
                at++;
            return at < line.Length ? at : -1;
        }

        private static bool Closes(string line, int from, char quote)
        {
            for (var i = from; i < line.Length; i++)
            {
                if (quote == '"' && line[i] == '\\')
                    i++;
                else if (line[i] == quote)
                {
                    if (quote == '\'' && i + 1 < line.Length && line[i + 1] == '\'')
                        i++;
                    else
                        return true;
                }
            }
            return false;
        }

        private void Report(DiagnosticCode code, Mark mark, string message, string hint)
        {
            if (code.Severity == Severity.Error)
                _failed = true;
            var line = (int)mark.Line;
            var excerpt = line >= 1 && line - 1 < _lines.Length ? _lines[line - 1].TrimEnd('\r') : string.Empty;
            diagnostics.Report(code, Locate(mark), message, hint, excerpt);
        }

        private void Report(DiagnosticCode code, SourceLocation location, string message, string hint)
        {
            if (code.Severity == Severity.Error)
                _failed = true;
            var index = location.Line - firstLine;
            var excerpt = index >= 0 && index < _lines.Length ? _lines[index].TrimEnd('\r') : string.Empty;
            diagnostics.Report(code, location, message, hint, excerpt);
        }

        private SourceLocation Locate(Mark mark)
            => new(file, firstLine + (int)Math.Max(1, mark.Line) - 1, (int)Math.Max(1, mark.Column));
    }

    private sealed class AbortRead : YamlException
    {
        public AbortRead() : base("nesting too deep") { }
    }
}
