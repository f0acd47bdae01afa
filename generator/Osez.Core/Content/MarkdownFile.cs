using Osez.Diagnostics;
using Osez.Yaml;

namespace Osez.Content;

/// <summary>A Markdown content file cut into its front-matter tree and body.</summary>
public sealed record MarkdownFile(YMapping FrontMatter, FrontMatterSplit Split)
{
    /// <summary>Bigger than this, a write-up is reported: it is surely not a single experience.</summary>
    public const long LargeFileBytes = 1_000_000;

    /// <summary>Bigger than this, a file is not read at all: ten times a very long write-up, far beyond any real one.</summary>
    public const long MaxFileBytes = 10_000_000;

    /// <returns>The file, or null when it cannot be used (diagnostics say why).</returns>
    public static MarkdownFile? Read(string fullPath, string displayPath, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            // Measured before reading: a huge file is refused without ever being held in memory.
            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (stream.Length > MaxFileBytes)
            {
                ReportTooLarge(stream.Length, displayPath, diagnostics);
                return null;
            }
            bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            var info = new FileInfo(fullPath);
            var dangling = info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { Exists: false };
            diagnostics.Report(DiagnosticCodes.UnreadableFile, new SourceLocation(displayPath),
                dangling ? "Ce lien symbolique pointe vers un fichier qui n'existe pas." : "Le fichier ne peut pas être lu.",
                dangling ? "Retirez le lien, ou remplacez-le par le fichier lui-même." : "Vérifiez qu'il n'est pas ouvert ailleurs et que vous avez le droit de le lire.");
            return null;
        }
        return Parse(bytes, displayPath, diagnostics);
    }

    public static MarkdownFile? Parse(ReadOnlySpan<byte> bytes, string displayPath, DiagnosticBag diagnostics)
    {
        var location = new SourceLocation(displayPath, 1, 1);
        if (bytes.Length > MaxFileBytes)
        {
            ReportTooLarge(bytes.Length, displayPath, diagnostics);
            return null;
        }
        if (bytes.Length > LargeFileBytes)
            diagnostics.Report(DiagnosticCodes.LargeFile, new SourceLocation(displayPath),
                string.Create(French, $"Le fichier fait {bytes.Length / 1_000_000.0:0.0} Mo, bien plus qu'une fiche d'expérience."),
                "Une fiche se lit en quelques minutes : découpez le texte, ou vérifiez qu'il s'agit du bon fichier.");

        var text = SourceText.Decode(bytes, displayPath, diagnostics);
        if (text is null)
            return null;
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Report(DiagnosticCodes.EmptyFile, location, "Le fichier est vide.",
                "Complétez-le à partir d'une fiche existante, ou lancez « ./build.sh new » pour en créer une.");
            return null;
        }

        var split = FrontMatterSplitter.Split(text, displayPath, diagnostics);
        if (split is null)
            return null;
        var local = new DiagnosticBag();
        var root = YamlTreeReader.Read(split.Yaml, displayPath, split.YamlFirstLine, local);
        diagnostics.AddRange(local.Sorted());
        if (local.HasErrors)
            return null;
        switch (root)
        {
            case null:
                return new MarkdownFile(new YMapping(location, []), split);
            case YMapping map:
                return new MarkdownFile(map, split);
            default:
                diagnostics.Report(DiagnosticCodes.WrongType, root.Location,
                    $"L'en-tête doit être une suite de champs « clé: valeur », pas {root.KindName}.",
                    "Exemple :\ntitre: \"...\"\nresume: \"...\"");
                return null;
        }
    }

    private static readonly System.Globalization.CultureInfo French = System.Globalization.CultureInfo.GetCultureInfo("fr-FR");

    private static void ReportTooLarge(long length, string displayPath, DiagnosticBag diagnostics)
        => diagnostics.Report(DiagnosticCodes.TooLarge, new SourceLocation(displayPath),
            string.Create(French, $"Le fichier fait {length / 1_000_000.0:0.0} Mo ; au-delà de {MaxFileBytes / 1_000_000} Mo, il n'est pas lu."),
            "Une fiche d'expérience fait quelques dizaines de Ko : vérifiez qu'il s'agit du bon fichier, ou découpez le texte en plusieurs fiches.");
}
