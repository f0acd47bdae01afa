using Osez.Diagnostics;
using Osez.Yaml;

namespace Osez.Content;

/// <summary>A Markdown content file cut into its front-matter tree and body.</summary>
public sealed record MarkdownFile(YMapping FrontMatter, FrontMatterSplit Split)
{
    /// <summary>Bigger than this, a write-up is reported: it is surely not a single experience.</summary>
    public const long LargeFileBytes = 1_000_000;

    /// <returns>The file, or null when it cannot be used (diagnostics say why).</returns>
    public static MarkdownFile? Read(string fullPath, string displayPath, DiagnosticBag diagnostics)
        => ContentFileBytes.Read(fullPath, displayPath, diagnostics) is { } bytes ? Parse(bytes, displayPath, diagnostics) : null;

    public static MarkdownFile? Parse(ReadOnlySpan<byte> bytes, string displayPath, DiagnosticBag diagnostics)
    {
        var location = new SourceLocation(displayPath, 1, 1);
        if (ContentFileBytes.IsTooLarge(bytes.Length, displayPath, diagnostics))
            return null;
        if (bytes.Length > LargeFileBytes)
            diagnostics.Report(DiagnosticCodes.LargeFile, new SourceLocation(displayPath),
                string.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), $"Le fichier fait {bytes.Length / 1_000_000.0:0.0} Mo, bien plus qu'une fiche d'expérience."),
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
}
