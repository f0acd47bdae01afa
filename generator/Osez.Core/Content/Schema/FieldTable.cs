using System.Globalization;
using System.Text;

namespace Osez.Content.Schema;

/// <summary>
/// The README's table of a document's fields, written from its schema: the README never describes a field by hand,
/// and a test fails when its copy differs from this one.
/// </summary>
public static class FieldTable
{
    /// <summary>The lines around the table in the README, which the test reads between.</summary>
    public const string StartMarker = "<!-- champs-des-fiches:debut (écrit par le générateur, voir FieldTable) -->";
    public const string EndMarker = "<!-- champs-des-fiches:fin -->";

    /// <summary>The table in Markdown, one row per field then per field of a group, in the order of a file.</summary>
    public static string Markdown(IEnumerable<Field> fields, string vocabulariesRow)
    {
        var table = new StringBuilder()
            .Append("| champ | obligatoire | ce qu'il contient | forme |\n")
            .Append("|---|---|---|---|\n");
        foreach (var field in fields)
        {
            Row(table, field.Key, field);
            foreach (var child in field.Children)
                Row(table, $"{field.Key}.{child.Key}", child);
        }
        table.Append(vocabulariesRow).Append('\n');
        return table.ToString();
    }

    private static void Row(StringBuilder table, string path, Field field)
        => table.Append("| `").Append(path).Append("` | ")
            .Append(field.Required ? "oui" : "non").Append(" | ")
            .Append(Cell(field.Help.Length > 0 ? field.Help : field.Label + ".")).Append(" | ")
            .Append(Cell(Form(field))).Append(" |\n");

    /// <summary>What the value looks like, in words: « texte, de 10 à 120 caractères ».</summary>
    public static string Form(Field field)
    {
        var form = field.Kind switch
        {
            FieldKind.Text when field.Min > 0 && field.Max != int.MaxValue => $"texte, de {N(field.Min)} à {N(field.Max)} caractères",
            FieldKind.Text when field.Max != int.MaxValue => $"texte, {N(field.Max)} caractères au plus",
            FieldKind.Text => "texte",
            FieldKind.Date => "date AAAA-MM-JJ",
            FieldKind.Month => "mois AAAA-MM",
            FieldKind.Boolean => "`true` ou `false`",
            FieldKind.Integer => $"nombre entier, de {N(field.Min)} à {N(field.Max)}",
            FieldKind.Range => "fourchette de personnes, deux nombres et un tiret (`8-15`)",
            FieldKind.Choice => "une valeur parmi " + string.Join(", ", field.Values.Select(v => $"`{v}`")),
            FieldKind.WebAddress => $"adresse web complète (`https://...`), {N(field.Max)} caractères au plus",
            FieldKind.EmailAddress => $"adresse électronique, {N(field.Max)} caractères au plus",
            FieldKind.Map => "groupe de champs, indentés dessous",
            FieldKind.Records => field.Min > 0 ? "liste (au moins un élément) ; chaque élément a les champs dessous" : "liste ; chaque élément a les champs dessous",
            FieldKind.Names => "liste de noms (`[un-nom, un-autre]`)",
            _ => field.Kind.ToString(),
        };
        return field.Default.Length > 0 ? $"{form} ; par défaut `{field.Default}`" : form;
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A table cell keeps to one line and cannot end the cell early.</summary>
    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ');
}
