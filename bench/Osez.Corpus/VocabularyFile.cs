using YamlDotNet.RepresentationModel;

namespace Osez.Corpus;

/// <summary>What the corpus needs from a vocabulary file: its front-matter key, how many terms, and the terms.</summary>
internal sealed record VocabularyFile(string FileName, string Key, int Min, int Max, int Order, IReadOnlyList<VocabularyTerm> Terms)
{
    /// <summary>The top-level front-matter key ("territoire" for "territoire.type").</summary>
    public string Parent => Key.Contains('.') ? Key[..Key.IndexOf('.')] : string.Empty;

    /// <summary>The key inside its parent ("type" for "territoire.type").</summary>
    public string Leaf => Key.Contains('.') ? Key[(Key.IndexOf('.') + 1)..] : Key;

    public bool IsSingle => Max == 1;

    /// <summary>Reads every <c>*.yml</c> of a vocabulary folder, in file-name order.</summary>
    public static IReadOnlyList<VocabularyFile> ReadFolder(string folder)
    {
        var files = Directory.EnumerateFiles(folder)
            .Where(f => f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(Read)
            .ToList();
        if (files.Count == 0)
            throw new CorpusException($"Aucun vocabulaire dans {folder}.");
        return files;
    }

    private static VocabularyFile Read(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path))
            stream.Load(reader);
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new CorpusException($"{path} : un vocabulaire doit être une liste de clés.");
        var key = Scalar(root, "cle") ?? throw new CorpusException($"{path} : clé « cle » absente.");
        var required = Scalar(root, "obligatoire") is "true";
        var terms = new List<VocabularyTerm>();
        if (root.Children.TryGetValue(new YamlScalarNode("termes"), out var list) && list is YamlSequenceNode sequence)
            foreach (var item in sequence.Children.OfType<YamlMappingNode>())
                if (Scalar(item, "id") is { Length: > 0 } id)
                    terms.Add(new VocabularyTerm(id, Scalar(item, "libelle") ?? id));
        if (terms.Count == 0)
            throw new CorpusException($"{path} : aucun terme.");
        var min = int.TryParse(Scalar(root, "min"), out var m) ? m : required ? 1 : 0;
        var max = int.TryParse(Scalar(root, "max"), out var x) ? x : 3;
        // A corpus write-up always fills a vocabulary, even an optional one: it exercises every page kind.
        min = Math.Clamp(Math.Max(min, 1), 1, terms.Count);
        max = Math.Clamp(max, min, terms.Count);
        var order = int.TryParse(Scalar(root, "ordre"), out var o) ? o : 100;
        return new VocabularyFile(Path.GetFileName(path), key, min, max, order, terms);
    }

    private static string? Scalar(YamlMappingNode map, string key)
        => map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode scalar ? scalar.Value : null;
}

/// <summary>A term of a vocabulary: its id (written in write-ups) and its label.</summary>
internal sealed record VocabularyTerm(string Id, string Label);
