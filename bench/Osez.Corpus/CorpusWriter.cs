using System.Text;

namespace Osez.Corpus;

/// <summary>
/// Writes a complete content folder: <c>content/site.yml</c> and <c>content/vocabulaires/</c> copied
/// from a source content folder, and <c>content/fiches/*.md</c> generated. A folder it wrote before is
/// replaced; any other non-empty folder is refused, so nothing else is ever deleted.
/// </summary>
internal static class CorpusWriter
{
    /// <summary>The file that marks a folder as written by the corpus generator.</summary>
    public const string MarkerFile = ".osez-corpus";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static CorpusStats Write(CorpusOptions options)
    {
        var vocabularyFolder = Path.Combine(options.Source, "vocabulaires");
        var siteFile = Path.Combine(options.Source, "site.yml");
        if (!File.Exists(siteFile))
            throw new CorpusException($"site.yml introuvable dans {options.Source} (option --source).");
        if (!Directory.Exists(vocabularyFolder))
            throw new CorpusException($"Dossier des vocabulaires introuvable : {vocabularyFolder} (option --source).");
        var vocabularies = VocabularyFile.ReadFolder(vocabularyFolder);

        var output = Path.GetFullPath(options.Output);
        PrepareOutput(output);
        var content = Path.Combine(output, "content");
        var fiches = Path.Combine(content, "fiches");
        var vocabularyCopy = Path.Combine(content, "vocabulaires");
        Directory.CreateDirectory(fiches);
        Directory.CreateDirectory(vocabularyCopy);
        File.Copy(siteFile, Path.Combine(content, "site.yml"));
        foreach (var file in Directory.EnumerateFiles(vocabularyFolder).Where(f => f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal)))
            File.Copy(file, Path.Combine(vocabularyCopy, Path.GetFileName(file)));

        var generator = new WriteUpGenerator(options.Seed, vocabularies);
        var words = new int[options.Count];
        var bytes = new long[options.Count];
        Parallel.For(0, options.Count, i =>
        {
            var writeUp = generator.Generate(i);
            var data = Utf8.GetBytes(writeUp.Text);
            File.WriteAllBytes(Path.Combine(fiches, writeUp.Slug + ".md"), data);
            words[i] = writeUp.BodyWords;
            bytes[i] = data.Length;
        });
        return new CorpusStats(options.Count, bytes.Sum(), words);
    }

    private static void PrepareOutput(string output)
    {
        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any())
        {
            if (!File.Exists(Path.Combine(output, MarkerFile)))
                throw new CorpusException($"{output} n'est pas vide et n'a pas été produit par ce générateur : choisissez un dossier vide ou nouveau.");
            // Only what this tool writes is removed: the content folder and the marker.
            var content = Path.Combine(output, "content");
            if (Directory.Exists(content))
                Directory.Delete(content, recursive: true);
        }
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, MarkerFile), "Corpus de mesure généré : ce dossier est remplacé à chaque génération.\n", Utf8);
    }
}
