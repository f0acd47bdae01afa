namespace Osez.Content;

/// <summary>The licences a write-up may be published under, by SPDX identifier.</summary>
public static class Licences
{
    public const string Default = "CC-BY-4.0";

    public static IReadOnlyDictionary<string, (string Label, string Url)> Known { get; } =
        new Dictionary<string, (string, string)>(StringComparer.Ordinal)
        {
            ["CC-BY-4.0"] = ("Creative Commons Attribution 4.0", "https://creativecommons.org/licenses/by/4.0/deed.fr"),
            ["CC-BY-SA-4.0"] = ("Creative Commons Attribution – Partage dans les mêmes conditions 4.0", "https://creativecommons.org/licenses/by-sa/4.0/deed.fr"),
            ["CC-BY-NC-4.0"] = ("Creative Commons Attribution – Pas d'utilisation commerciale 4.0", "https://creativecommons.org/licenses/by-nc/4.0/deed.fr"),
            ["CC-BY-NC-SA-4.0"] = ("Creative Commons Attribution – Pas d'utilisation commerciale – Partage dans les mêmes conditions 4.0", "https://creativecommons.org/licenses/by-nc-sa/4.0/deed.fr"),
            ["CC-BY-ND-4.0"] = ("Creative Commons Attribution – Pas de modification 4.0", "https://creativecommons.org/licenses/by-nd/4.0/deed.fr"),
            ["CC-BY-NC-ND-4.0"] = ("Creative Commons Attribution – Pas d'utilisation commerciale – Pas de modification 4.0", "https://creativecommons.org/licenses/by-nc-nd/4.0/deed.fr"),
            ["CC0-1.0"] = ("Domaine public (CC0 1.0)", "https://creativecommons.org/publicdomain/zero/1.0/deed.fr"),
        };
}
