using System.Text.RegularExpressions;
using Osez.Diagnostics;
using Osez.Text;
using Osez.Yaml;

namespace Osez.Configuration;

/// <summary>Reads <c>site.yml</c>.</summary>
public static partial class SiteConfigReader
{
    public static IReadOnlyList<string> Keys { get; } =
        ["titre", "sous_titre", "description", "url_de_base", "langue", "editeur", "redaction", "depot", "branche"];

    /// <summary>How to set the editorial team's address, for the messages.</summary>
    public const string EditorialTeamExample = "redaction:\n  courriel: redaction@votre-structure.fr\n  nom: Comité éditorial";

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
            Language = Language(fields),
            LanguageLocation = fields.Mapping["langue"]?.Location,
            Publisher = fields.Text("editeur", required: true, "editeur: Collectif Osez le collectif", 1, 200),
            RepositoryUrl = Address(fields, "depot"),
            Branch = Branch(fields),
            EditorialTeam = Team(fields, fileLocation),
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

    /// <summary>
    /// A language code, the name of a file of interface texts (templates/strings/fr.yml): nothing else,
    /// so that it can never name a file elsewhere. Whether that file exists is checked with the templates.
    /// </summary>
    private static string Language(FieldReader fields)
    {
        var value = fields.Text("langue", required: false, "langue: fr");
        if (value.Length == 0)
            return SiteConfig.DefaultLanguage;
        if (LanguageCodes.IsValid(value))
            return value;
        fields.Diagnostics.Report(DiagnosticCodes.InvalidConfig, fields.Mapping["langue"]!.Location,
            $"« langue » doit être un code de langue, comme « fr » : « {WebAddress.Shorten(value)} ».",
            "Écrivez langue: fr. Une autre langue demande son fichier de textes dans templates/strings (par exemple templates/strings/en.yml pour langue: en).");
        return SiteConfig.DefaultLanguage;
    }

    /// <summary>
    /// The editorial team (<c>redaction</c>): its address is required once the group is written. Without it the proposal
    /// form cannot send anything privately: said once as information, with what to write.
    /// </summary>
    private static EditorialTeam? Team(FieldReader fields, SourceLocation fileLocation)
    {
        var map = fields.Map("redaction", required: false, EditorialTeamExample);
        EditorialTeam? team = null;
        if (map is not null)
        {
            var nested = fields.Nested("redaction", map);
            var email = nested.EmailAddress("courriel", "courriel: redaction@votre-structure.fr", AddressCodes.Configuration);
            if (email.Length == 0 && nested.Node("courriel") is null)
                nested.ReportMissing("courriel", "courriel: redaction@votre-structure.fr");
            var name = nested.Text("nom", required: false, "nom: Comité éditorial", 0, 100);
            var next = nested.Text("suite", required: false, "suite: Nous vous répondons sous quinze jours.", 0, 400);
            foreach (var entry in nested.Unclaimed)
                fields.Diagnostics.Report(DiagnosticCodes.UnknownKey, entry.Key.Location,
                    $"La clé « redaction.{entry.Key.Value} » n'est pas un réglage connu de site.yml : elle est ignorée.",
                    "Réglages possibles ici : courriel, nom, suite.");
            if (email.Length > 0)
                team = new EditorialTeam(email, name, next);
        }
        // Present but wrong: its own error said so.
        if (map is null)
            fields.Diagnostics.Report(DiagnosticCodes.NoEditorialTeam, fileLocation,
                "Le site n'indique pas l'adresse de l'équipe qui reçoit les fiches proposées : la page « Proposer une fiche » ne peut pas les lui envoyer.",
                "Ajoutez dans site.yml :\n" + EditorialTeamExample);
        return team;
    }

    /// <summary>A branch name as git allows it, since it goes into the forge's addresses.</summary>
    private static string Branch(FieldReader fields)
    {
        var value = fields.Text("branche", required: false, "branche: main", 0, 100);
        if (value.Length == 0)
            return "main";
        if (BranchPattern().IsMatch(value) && !value.Contains("..", StringComparison.Ordinal) && !value.Contains("//", StringComparison.Ordinal)
            && !value.EndsWith('/') && !value.EndsWith('.'))
            return value;
        fields.Diagnostics.Report(DiagnosticCodes.InvalidConfig, fields.Mapping["branche"]!.Location,
            $"« branche » doit être un nom de branche du dépôt, comme « main » : « {WebAddress.Shorten(value)} ».",
            "Lettres, chiffres, « - », « _ », « . » et « / » seulement, par exemple branche: main.");
        return "main";
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._/-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex BranchPattern();

    private static string Address(FieldReader fields, string key)
        => fields.WebAddress(key, $"{key}: https://exemple.org/site", AddressCodes.Configuration, isBase: true).TrimEnd('/');
}
