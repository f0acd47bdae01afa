using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Osez.Diagnostics;
using Osez.Text;

namespace Osez.Content;

/// <summary>
/// Turns the bytes of a content file into text the rest of the pipeline can trust:
/// strict UTF-8 (with or without BOM), only characters that can be published, line endings as "\n", Unicode NFC.
/// </summary>
public static class SourceText
{
    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    /// <returns>The text, or null when the bytes are not text (diagnostics say why).</returns>
    public static string? Decode(ReadOnlySpan<byte> bytes, string file, DiagnosticBag diagnostics)
    {
        if (bytes.StartsWith(Bom))
            bytes = bytes[Bom.Length..];

        var kind = BinaryKind(bytes);
        if (kind is not null)
        {
            diagnostics.Report(DiagnosticCodes.BinaryFile, new SourceLocation(file),
                $"Ce fichier n'est pas un texte : {kind}. Ce n'est pas une fiche en Markdown.",
                "Une fiche s'écrit dans un éditeur de texte (Bloc-notes, TextEdit, l'éditeur de la forge) et s'enregistre en « .md ». "
                + "Depuis un traitement de texte, copiez le texte dans un fichier .md ; une image se range dans le dossier de la fiche avec son extension (.jpg, .png).");
            return null;
        }

        var chars = ArrayPool<char>.Shared.Rent(bytes.Length + 1);
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                var line = 1 + bytes[..bytesRead].Count((byte)'\n');
                diagnostics.Report(DiagnosticCodes.InvalidUtf8, new SourceLocation(file, line),
                    "Le fichier n'est pas enregistré en UTF-8 : certains caractères (accents) sont illisibles à partir de cette ligne.",
                    "Dans votre éditeur, choisissez « Enregistrer sous » avec l'encodage UTF-8, puis vérifiez les accents.");
                return null;
            }
            var text = new string(chars, 0, charsWritten);
            var invalid = PublishableText.FirstUnpublishable(text);
            if (invalid >= 0)
            {
                var (line, column) = LineAndColumn(text, invalid);
                diagnostics.Report(DiagnosticCodes.UnpublishableCharacter, new SourceLocation(file, line, column),
                    $"Le fichier contient un caractère qui ne peut pas être publié ({PublishableText.Describe(text, invalid)}) à cette ligne.",
                    "Retapez la ligne dans un éditeur de texte : ce caractère invisible vient sans doute d'un copier-coller.");
                return null;
            }
            return Normalize(text);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>What a binary file is, from its first bytes (or its NUL bytes); null for text.</summary>
    private static string? BinaryKind(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']))
            return "c'est une image PNG";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
            return "c'est une image JPEG";
        if (bytes.StartsWith("GIF8"u8))
            return "c'est une image GIF";
        if (bytes.StartsWith("%PDF"u8))
            return "c'est un document PDF";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[(byte)'P', (byte)'K', 0x03, 0x04]))
            return "c'est un document Word ou LibreOffice (ou une archive compressée)";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
            return "c'est un ancien document Word ou Excel";
        if (bytes.IndexOf((byte)0) >= 0)
            return "il contient des octets nuls, comme un programme ou une image";
        return null;
    }

    /// <summary>Line and column of an offset of the raw text, whose lines may still end with "\r\n" or "\r".</summary>
    private static (int Line, int Column) LineAndColumn(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }
        return (line, offset - lineStart + 1);
    }

    /// <summary>Line endings to "\n" and composed accents (NFC).</summary>
    public static string Normalize(string text)
    {
        if (text.Contains('\r'))
            text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }
}
