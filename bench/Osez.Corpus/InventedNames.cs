namespace Osez.Corpus;

/// <summary>
/// The long tail of a real collection: invented, French-sounding names of places and structures
/// ("Brelandières", "Kervaudec", "Saint-Flourac"). Real write-ups keep meeting new names, so the
/// number of distinct words grows with the corpus (Heaps' law); drawing ranks log-uniformly from a
/// large pool gives a few names used everywhere and a great many met once. No name is a person's.
/// </summary>
internal static class InventedNames
{
    /// <summary>How many distinct names the pool holds.</summary>
    public const int PoolSize = 400_000;

    private static readonly string[] Onsets =
        ["b", "br", "c", "ch", "d", "dr", "f", "fl", "g", "gr", "j", "l", "m", "n", "p", "pl", "r", "s", "t", "tr", "v", "qu", "gu", "bl", "cl", "vr", "k", "gl", "pr", "cr"];

    private static readonly string[] Nuclei =
        ["a", "a", "e", "i", "o", "u", "é", "é", "è", "ou", "ai", "au", "eu", "an", "on", "in", "ê", "ô", "oi", "ie", "â", "y"];

    private static readonly string[] MiddleCodas = ["", "", "", "", "n", "r", "l", "s"];

    private static readonly string[] FinalCodas = ["", "", "n", "r", "l", "s", "c", "t", "x", "rt", "nd"];

    private static readonly string[] Prefixes =
        ["", "", "", "", "", "", "Saint-", "Sainte-", "Mont", "Ker", "Ville", "Beau", "Val-", "Roche", "Plou", "Lan", "Fontaine-", "Bois-"];

    private static readonly string[] Suffixes =
        ["", "", "", "", "", "ac", "ière", "ières", "ville", "court", "ange", "ec", "eau", "ois", "elle", "ay", "heim", "-sur-Mer", "-les-Bains", "-le-Haut"];

    /// <summary>The name of rank <paramref name="rank"/> (1 = most often drawn); the same on every run.</summary>
    public static string Name(int rank)
    {
        var rng = Rng.For("noms", rank, string.Empty);
        string name;
        do
        {
            var syllables = rng.Pick([1, 2, 2, 2, 3]);
            var core = string.Empty;
            for (var i = 0; i < syllables; i++)
                core += rng.Pick(Onsets) + rng.Pick(Nuclei) + rng.Pick(i == syllables - 1 ? FinalCodas : MiddleCodas);
            var prefix = rng.Pick(Prefixes);
            var suffix = rng.Pick(Suffixes);
            name = prefix + (prefix.EndsWith('-') ? Capitalise(core) : core) + suffix;
            name = Capitalise(name);
        }
        while (name.Replace("-", string.Empty).Length < 5);
        return name;
    }

    /// <summary>A name drawn log-uniformly from the pool.</summary>
    public static string Draw(Rng rng) => Name(rng.LogUniform(PoolSize));

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
