using System.Globalization;

namespace Osez.Corpus;

/// <summary>The command line: <c>--count N --seed S --out DIR [--source CONTENT] [--stats]</c>.</summary>
internal sealed record CorpusOptions(int Count, string Seed, string Output, string Source, bool Stats)
{
    public const string Usage = """
        osez-corpus --count N --seed S --out DOSSIER [--source DOSSIER_CONTENU] [--stats]

        Écrit DOSSIER/content : site.yml et vocabulaires/ copiés depuis le contenu source
        (par défaut content/ du dépôt), et N fiches illustratives dans fiches/.
        La fiche i ne dépend que de (S, i) : le corpus de 1 000 fiches est exactement le début
        de celui de 10 000, et deux lancements donnent des fichiers identiques octet pour octet.
        """;

    public static CorpusOptions Parse(IReadOnlyList<string> args)
    {
        int? count = null;
        string seed = "1", output = string.Empty, source = string.Empty;
        var stats = false;
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new CorpusException($"Il manque une valeur après {args[i]}.");
            switch (args[i])
            {
                case "--count":
                    count = int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 0
                        ? n : throw new CorpusException("--count attend un nombre entier positif ou nul.");
                    break;
                case "--seed":
                    seed = Value();
                    break;
                case "--out":
                    output = Value();
                    break;
                case "--source":
                    source = Value();
                    break;
                case "--stats":
                    stats = true;
                    break;
                default:
                    throw new CorpusException($"Option inconnue : {args[i]}.");
            }
        }
        if (count is null || output.Length == 0)
            throw new CorpusException("--count et --out sont obligatoires.");
        return new CorpusOptions(count.Value, seed, output, source.Length > 0 ? source : DefaultSource(), stats);
    }

    /// <summary>The repository's content folder, found above the program or the current folder.</summary>
    private static string DefaultSource()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Osez.slnx")))
                    return Path.Combine(dir.FullName, "content");
        }
        throw new CorpusException("Dépôt introuvable : indiquez le contenu source avec --source.");
    }
}
