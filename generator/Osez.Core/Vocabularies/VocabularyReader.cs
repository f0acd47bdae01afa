using System.Text.RegularExpressions;
using Osez.Diagnostics;
using Osez.Yaml;

namespace Osez.Vocabularies;

/// <summary>Reads one vocabulary file, reporting every malformation precisely.</summary>
public static partial class VocabularyReader
{
    private static readonly string[] KnownKeys =
        ["cle", "libelle", "libelle_singulier", "description", "obligatoire", "min", "max", "ordre", "facette", "termes"];

    private static readonly string[] KnownTermKeys = ["id", "libelle", "description"];

    /// <returns>The vocabulary, or null when it cannot be used (diagnostics say why).</returns>
    public static Vocabulary? Read(string text, string displayPath, string slug, DiagnosticBag diagnostics)
    {
        var local = new DiagnosticBag();
        var root = YamlTreeReader.Read(text, displayPath, 1, local);
        var fileLocation = new SourceLocation(displayPath, 1, 1);
        if (root is null && !local.HasErrors)
            local.Report(DiagnosticCodes.MalformedVocabulary, fileLocation, "Le fichier de vocabulaire est vide.",
                "Partez d'un vocabulaire existant : cle, libelle, description, termes.");
        if (root is not null and not YMapping)
            local.Report(DiagnosticCodes.MalformedVocabulary, root.Location,
                "Un fichier de vocabulaire doit être un ensemble de champs (cle, libelle, termes...).",
                "Partez d'un vocabulaire existant.");
        if (root is not YMapping map)
        {
            diagnostics.AddRange(local.Sorted());
            return null;
        }

        var fields = new FieldReader(map, string.Empty, local, fileLocation);
        var key = fields.Text("cle", required: true, "cle: thematiques");
        if (key.Length > 0 && !KeyPattern().IsMatch(key))
            local.Report(DiagnosticCodes.MalformedVocabulary, fields.Mapping["cle"]!.Location,
                $"« {key} » n'est pas une clé d'en-tête possible.",
                "Une clé s'écrit en minuscules sans accents, avec des soulignés : niveau_participation ; un point pour une clé imbriquée : territoire.type.");
        var label = fields.Text("libelle", required: true, "libelle: Thématiques");
        var singular = fields.Text("libelle_singulier", required: false, "libelle_singulier: Thématique");
        var description = fields.Text("description", required: false, "description: ...");
        var required = fields.Bool("obligatoire", false);
        var min = fields.Integer("min", required: false, 0, 100) ?? (required ? 1 : 0);
        var max = fields.Integer("max", required: false, 1, 1000) ?? 1000;
        if (min > max)
            local.Report(DiagnosticCodes.MalformedVocabulary, fields.LocationOf("min"),
                $"min ({min}) est plus grand que max ({max}).", "Corrigez l'une des deux valeurs.");
        if (required && min == 0)
            min = 1;
        var order = fields.Integer("ordre", required: false, -1000, 1000) ?? 100;
        var facet = fields.Bool("facette", true);
        var terms = ReadTerms(fields, displayPath, local);
        foreach (var entry in fields.Unclaimed)
            local.Report(DiagnosticCodes.MalformedVocabulary, entry.Key.Location,
                $"La clé « {entry.Key.Value} » n'est pas connue dans un vocabulaire.",
                "Clés possibles : " + string.Join(", ", KnownKeys) + ".");

        diagnostics.AddRange(local.Sorted());
        // The errors are reported and stop the build; a vocabulary whose key and terms could be
        // read is still kept, so that write-ups using it are not also told their key is unknown.
        if (key.Length == 0 || !KeyPattern().IsMatch(key) || terms.Count == 0)
            return null;
        return new Vocabulary
        {
            Key = key,
            Slug = slug,
            Label = label,
            SingularLabel = singular.Length > 0 ? singular : label,
            Description = description,
            Required = required,
            Min = Math.Min(min, max),
            Max = max,
            Order = order,
            IsFacet = facet,
            Terms = terms,
            Location = fileLocation,
        };
    }

    private static List<Term> ReadTerms(FieldReader fields, string displayPath, DiagnosticBag diagnostics)
    {
        var terms = new List<Term>();
        var list = fields.List("termes", required: true, "termes:\n  - id: acces-aux-droits\n    libelle: Accès aux droits");
        if (list is null)
            return terms;
        var seen = new Dictionary<string, Term>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in list.Items)
        {
            if (item is not YMapping termMap)
            {
                diagnostics.Report(DiagnosticCodes.MalformedVocabulary, item.Location,
                    "Chaque terme doit avoir un id et un libellé.",
                    "Écrivez :\n  - id: acces-aux-droits\n    libelle: Accès aux droits");
                continue;
            }
            var termFields = new FieldReader(termMap, "termes", diagnostics, termMap.Location);
            var id = termFields.Text("id", required: true, "id: acces-aux-droits");
            var termLabel = termFields.Text("libelle", required: true, "libelle: Accès aux droits");
            var termDescription = termFields.Text("description", required: false, "description: ...");
            foreach (var entry in termFields.Unclaimed)
                diagnostics.Report(DiagnosticCodes.MalformedVocabulary, entry.Key.Location,
                    $"La clé « {entry.Key.Value} » n'est pas connue dans un terme.",
                    "Un terme n'a que : " + string.Join(", ", KnownTermKeys) + ".");
            if (id.Length == 0)
                continue;
            var location = termMap.Location;
            if (!TermIdPattern().IsMatch(id))
            {
                diagnostics.Report(DiagnosticCodes.MalformedVocabulary, termFields.Mapping["id"]!.Location,
                    $"L'identifiant de terme « {id} » contient des caractères non permis.",
                    $"Lettres sans accents, chiffres et tirets seulement, par exemple : id: {Text.Slugs.FromText(id)}");
                continue;
            }
            if (seen.TryGetValue(id, out var first))
            {
                diagnostics.Report(DiagnosticCodes.DuplicateTerm, termFields.Mapping["id"]!.Location,
                    $"Le terme « {id} » est déjà déclaré ligne {first.Location.Line}.",
                    "Chaque identifiant doit être unique dans un vocabulaire (sans tenir compte des majuscules).");
                continue;
            }
            var term = new Term(id, termLabel, termDescription, location);
            seen[id] = term;
            terms.Add(term);
        }
        if (terms.Count == 0 && !diagnostics.HasErrors)
            diagnostics.Report(DiagnosticCodes.MalformedVocabulary, list.Location,
                "Le vocabulaire ne déclare aucun terme.", "Ajoutez au moins un terme sous « termes: ».");
        return terms;
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();

    [GeneratedRegex("^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex TermIdPattern();
}
