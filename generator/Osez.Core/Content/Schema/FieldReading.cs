using Osez.Diagnostics;
using Osez.Text;
using Osez.Yaml;

namespace Osez.Content.Schema;

/// <summary>
/// Reads a front matter by its schema: the key, whether it is required, its limits and the example of the messages
/// all come from the <see cref="Field"/>, so that the reader never spells them again.
/// </summary>
public static class FieldReading
{
    public static string Text(this FieldReader fields, Field field)
        => fields.Text(field.Key, field.Required, field.Example, field.Min, field.Max);

    public static DateOnly? Date(this FieldReader fields, Field field) => fields.Date(field.Key, field.Required);

    public static bool Bool(this FieldReader fields, Field field) => fields.Bool(field.Key, field.Default == "true");

    public static int? Integer(this FieldReader fields, Field field) => fields.Integer(field.Key, field.Required, field.Min, field.Max);

    public static YMapping? Map(this FieldReader fields, Field field) => fields.Map(field.Key, field.Required, field.Example);

    public static YSequence? List(this FieldReader fields, Field field) => fields.List(field.Key, field.Required, field.Example);

    /// <summary>The records of a list of <paramref name="field"/>'s items, each read by its own <see cref="FieldReader"/>.</summary>
    public static IEnumerable<(FieldReader Fields, YMapping Map)> Records(this FieldReader fields, Field field)
        => fields.Records(field.Key, field.Required, field.ItemDescription, field.Example);

    public static IEnumerable<(FieldReader Fields, YMapping Map)> Records(this FieldReader fields, YSequence list, Field field)
        => fields.Records(list, field.Key, field.ItemDescription, field.Example);

    public static string WebAddress(this FieldReader fields, Field field, AddressCodes codes)
        => fields.WebAddress(field.Key, field.Example, codes, maxLength: field.Max);

    public static string EmailAddress(this FieldReader fields, Field field, AddressCodes codes)
        => fields.EmailAddress(field.Key, field.Example, codes, field.Max);

    /// <summary>
    /// The value of a <see cref="Field.Generic"/> field: one text, or the names of a list (each trimmed, within the
    /// field's limits); empty when absent or unreadable (reported).
    /// </summary>
    public static IReadOnlyList<string> Values(this FieldReader fields, Field field)
    {
        if (field.Kind == FieldKind.Text)
            return fields.Text(field) is { Length: > 0 } text ? [text] : [];
        var names = new List<string>();
        if (fields.List(field) is not { } list)
            return names;
        foreach (var item in list.Items)
        {
            if (item is not YScalar { IsNull: false } scalar)
            {
                fields.ReportWrongType(item, field.Key, "un texte", field.Example);
                continue;
            }
            var name = scalar.Value.Trim();
            if (name.Length < field.ValueMin || name.Length > field.Max)
            {
                fields.Diagnostics.Report(DiagnosticCodes.Length, scalar.Location,
                    $"Un élément de « {fields.PathOf(field.Key)} » compte {name.Length} caractères ; il en faut entre {field.ValueMin} et {field.Max}.",
                    name.Length > field.Max ? "Raccourcissez ce texte." : "Complétez ce texte, ou retirez-le de la liste.");
                continue;
            }
            names.Add(name);
        }
        return names;
    }

    /// <summary>The fields of a map (<paramref name="field"/>'s children), read under its key.</summary>
    public static FieldReader Nested(this FieldReader fields, Field field, YMapping map) => fields.Nested(field.Key, map);

    /// <summary>
    /// Reports each key of the map that no field read, the same way for every document and every level: a warning
    /// at the key, with the closest known key or the list of known keys. Returns those entries.
    /// </summary>
    /// <param name="requiredElsewhere">
    /// Known keys whose absence is an error reported elsewhere: a key written with an accent or a capital for one of them
    /// (« thématiques ») is named in that error, and not reported here as well.
    /// </param>
    public static IReadOnlyList<YEntry> ReportUnknownKeys(this FieldReader fields, IReadOnlyList<string> known, Func<string, bool>? requiredElsewhere = null)
    {
        var unknown = fields.Unclaimed.ToList();
        foreach (var entry in unknown)
        {
            if (FieldReader.SpellingOf(entry.Key.Value, known) is { } meant)
            {
                if (requiredElsewhere?.Invoke(meant) == true && fields.Mapping.Find(meant) is null)
                    continue;
                fields.Diagnostics.Report(DiagnosticCodes.UnknownKey, entry.Key.Location,
                    FieldReader.MisspeltKey(fields.PathOf(entry.Key.Value), meant) + " : écrite ainsi, elle n'est pas lue et n'apparaîtra pas sur le site.",
                    $"Écrivez « {meant}: ».");
                continue;
            }
            var close = Suggestions.Closest(entry.Key.Value, known);
            fields.Diagnostics.Report(DiagnosticCodes.UnknownKey, entry.Key.Location,
                $"La clé « {fields.PathOf(entry.Key.Value)} » n'est pas connue : elle n'apparaîtra pas sur le site.",
                close.Count > 0
                    ? $"Vouliez-vous écrire « {close[0]} » ?"
                    : "Clés possibles ici : " + string.Join(", ", known) + ".");
        }
        return unknown;
    }

    /// <summary>The same, for the fields of a map or of a record (<paramref name="field"/>'s children).</summary>
    public static IReadOnlyList<YEntry> ReportUnknownKeys(this FieldReader fields, Field field) => fields.ReportUnknownKeys(field.ChildKeys);
}
