using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Osez.Diagnostics;

namespace Osez.Content;

/// <summary>
/// Turns the bytes of a content file into text the rest of the pipeline can trust:
/// strict UTF-8 (with or without BOM), line endings as "\n", Unicode NFC.
/// </summary>
public static class SourceText
{
    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    /// <returns>The text, or null when the bytes are not text (diagnostics say why).</returns>
    public static string? Decode(ReadOnlySpan<byte> bytes, string file, DiagnosticBag diagnostics)
    {
        if (bytes.StartsWith(Bom))
            bytes = bytes[Bom.Length..];

        if (bytes.IndexOf((byte)0) >= 0)
        {
            diagnostics.Report(DiagnosticCodes.BinaryFile, new SourceLocation(file),
                "Ce fichier n'est pas un texte (il contient des octets nuls) : ce n'est sans doute pas une fiche en Markdown.",
                "Une fiche s'écrit dans un éditeur de texte et s'enregistre en « .md ». Retirez ce fichier ou changez son extension.");
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
            return Normalize(new string(chars, 0, charsWritten));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Line endings to "\n" and composed accents (NFC).</summary>
    public static string Normalize(string text)
    {
        if (text.Contains('\r'))
            text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }
}
