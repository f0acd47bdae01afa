using Osez.Diagnostics;
using Osez.Text;
using Osez.Yaml;

namespace Osez.Configuration;

/// <summary>Reads <c>site.yml</c>.</summary>
public static class SiteConfigReader
{
    public static IReadOnlyList<string> Keys { get; } =
        ["titre", "sous_titre", "description", "url_de_base", "langue", "editeur", "depot", "branche"];

    public static SiteConfig? Read(string text, string displayPath, DiagnosticBag diagnostics)
    {
        var fileLocation = new SourceLocation(displayPath, 1, 1);
        var root = YamlTreeReader.Read(text, displayPath, 1, diagnostics);
        if (root is not YMapping map)
        {
            if (root is not null || !diagnostics.HasErrors)
                diagnostics.Report(DiagnosticCodes.InvalidConfig, fileLocation,
                    "site.yml doit contenir les réglages du site (titre, description, editeur...).",
                    "Partez du site.yml fourni avec le projet.");
            return null;
        }

        var fields = new FieldReader(map, string.Empty, diagnostics, fileLocation);
        var config = new SiteConfig
        {
            Title = fields.Text("titre", required: true, "titre: Osez le collectif", 1, 80),
            Subtitle = fields.Text("sous_titre", required: false, "sous_titre: ...", 0, 200),
            Description = fields.Text("description", required: true, "description: ...", 1, 400),
            BaseUrl = Address(fields, "url_de_base"),
            Language = fields.Text("langue", required: false, "langue: fr") is { Length: > 0 } language ? language : "fr",
            Publisher = fields.Text("editeur", required: true, "editeur: Collectif Osez le collectif", 1, 200),
            RepositoryUrl = Address(fields, "depot"),
            Branch = fields.Text("branche", required: false, "branche: main") is { Length: > 0 } branch ? branch : "main",
        };
        foreach (var entry in fields.Unclaimed)
        {
            var close = Suggestions.Closest(entry.Key.Value, Keys);
            diagnostics.Report(DiagnosticCodes.UnknownKey, entry.Key.Location,
                $"La clé « {entry.Key.Value} » n'est pas un réglage connu de site.yml : elle est ignorée.",
                close.Count > 0 ? $"Vouliez-vous écrire « {close[0]} » ?" : "Réglages possibles : " + string.Join(", ", Keys) + ".");
        }
        return config;
    }

    private static string Address(FieldReader fields, string key)
    {
        var value = fields.Text(key, required: false, $"{key}: https://exemple.org/site");
        if (value.Length == 0)
            return value;
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            return value.TrimEnd('/');
        fields.Diagnostics.Report(DiagnosticCodes.InvalidConfig, fields.Mapping[key]!.Location,
            $"« {key} » doit être une adresse web complète (https://...) : « {value} ».",
            $"Exemple : {key}: https://exemple.org/site — ou laissez la valeur vide.");
        return string.Empty;
    }
}
