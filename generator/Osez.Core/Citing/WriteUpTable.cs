using System.Globalization;
using Osez.Content;
using Osez.Vocabularies;

namespace Osez.Citing;

/// <summary>A column of the open-data table: its name (also the JSON key) and what it holds, in French.</summary>
public sealed record DataColumn(string Name, string Description);

/// <summary>
/// The write-ups' metadata as a table, one row per write-up and one column per field, with
/// vocabulary terms as their labels: the CSV file, and the documentation of both data files.
/// Columns come from the vocabulary files, so a new vocabulary adds its column.
/// </summary>
public static class WriteUpTable
{
    public const string ListSeparator = " ; ";

    private static readonly DataColumn[] Fixed =
    [
        new("slug", "Identifiant de la fiche (nom du fichier), stable : il sert d'adresse."),
        new("titre", "Titre de la fiche."),
        new("resume", "Résumé de la fiche."),
        new("url", "Adresse de la fiche (complète si le site déclare son adresse publique, sinon depuis la racine du site)."),
        new("date_publication", "Date de publication, AAAA-MM-JJ."),
        new("date_mise_a_jour", "Date de la dernière mise à jour, AAAA-MM-JJ, vide si aucune."),
        new("auteurs", "Auteurs : « Nom, Prénom » ou nom du collectif, séparés par « ; »."),
        new("structures_auteurs", "Structures des auteurs, dans le même ordre, séparées par « ; »."),
        new("periode_debut", "Début de l'action, AAAA-MM (au mois près, jamais le jour)."),
        new("periode_fin", "Fin de l'action, AAAA-MM, vide si l'action est en cours."),
        new("periode_en_cours", "« oui » si l'action continue."),
        new("taille_groupe_min", "Taille du groupe, borne basse de la fourchette (jamais un nombre exact)."),
        new("taille_groupe_max", "Taille du groupe, borne haute de la fourchette."),
    ];

    private static readonly DataColumn[] Trailing =
    [
        new("licence", "Licence de la fiche (identifiant SPDX, par exemple CC-BY-4.0)."),
        new("illustratif", "« oui » pour une fiche d'exemple, qui ne décrit pas une action réelle : à exclure d'une analyse."),
    ];

    public static IReadOnlyList<DataColumn> Columns(VocabularySet vocabularies)
        => [.. Fixed, .. vocabularies.All.Select(v => new DataColumn(v.Key,
            $"{v.Label} : libellés des termes{(v.IsSingle ? string.Empty : ", séparés par « ; »")}. Voir la page « {v.Label} » du site pour leur définition.")), .. Trailing];

    public static IReadOnlyList<string> Row(WriteUp writeUp, CitedWork work, VocabularySet vocabularies)
    {
        var row = new List<string>
        {
            writeUp.Slug,
            writeUp.Title,
            writeUp.Summary,
            work.Url.Length > 0 ? work.Url : work.Path,
            Iso(writeUp.PublishedOn),
            writeUp.UpdatedOn is { } updated ? Iso(updated) : string.Empty,
            string.Join(ListSeparator, work.Authors.Select(a => a.Inverted)),
            string.Join(ListSeparator, writeUp.Authors.Select(a => a.Organisation)),
            writeUp.Period?.Start.ToString() ?? string.Empty,
            writeUp.Period?.End?.ToString() ?? string.Empty,
            writeUp.Period is { End: null } ? "oui" : "non",
            writeUp.GroupSize?.Min.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            writeUp.GroupSize?.Max.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        };
        foreach (var vocabulary in vocabularies.All)
            row.Add(string.Join(ListSeparator, Labels(writeUp, vocabulary)));
        row.Add(writeUp.Licence);
        row.Add(writeUp.IsIllustrative ? "oui" : "non");
        return row;
    }

    public static IEnumerable<string> Labels(WriteUp writeUp, Vocabulary vocabulary)
        => writeUp.TermsOf(vocabulary.Key).Select(t => vocabulary.Find(t.Id)?.Label ?? t.Id).Distinct();

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
