using Osez.Content;
using Osez.Content.Schema;
using Osez.Text;
using Osez.Vocabularies;

namespace Osez.Contributing;

/// <summary>
/// The checks on a contributor's answers before a file is written, with the same limits as
/// <c>check</c>, so that a file made by <c>new</c> always passes it. Each returns a French message, or null.
/// </summary>
public static class DraftRules
{
    public static string? Title(string title)
    {
        var field = WriteUpSchema.Title;
        var length = YamlText.OneLine(title).Length;
        if (length == 0)
            return "Le titre est obligatoire.";
        return length < field.Min || length > field.Max
            ? $"Le titre doit compter de {field.Min} à {field.Max} caractères (il en a {length})."
            : null;
    }

    /// <summary>An empty résumé is allowed: the file then says it is still to be written.</summary>
    public static string? Summary(string summary)
    {
        var field = WriteUpSchema.Summary;
        var length = YamlText.OneLine(summary).Length;
        return length > 0 && (length < field.Min || length > field.Max)
            ? $"Le résumé doit compter de {field.Min} à {field.Max} caractères (il en a {length})."
            : null;
    }

    /// <summary>The author's family name: required by a new file, whose only author is the person who writes it.</summary>
    public static string? LastName(string name)
    {
        var max = WriteUpSchema.Authors["nom"].Max;
        return YamlText.OneLine(name).Length is var length && (length == 0 || length > max) ? $"Votre nom est obligatoire ({max} caractères au plus)." : null;
    }

    /// <summary>A collective that signs the write-up: empty (none) or within the schema's limit.</summary>
    public static string? Collective(string name)
    {
        var max = WriteUpSchema.Authors["collectif"].Max;
        return YamlText.OneLine(name).Length > max ? $"Le nom du collectif compte {max} caractères au plus." : null;
    }

    /// <summary>A value given for a generic field (<see cref="Field.Generic"/>); a list of names is checked name by name.</summary>
    public static string? Value(Field field, string value)
    {
        var length = YamlText.OneLine(value).Length;
        var min = field.ValueMin;
        return length > 0 && (length < min || length > field.Max)
            ? $"« {field.Label} » : chaque valeur compte de {min} à {field.Max} caractères (« {YamlText.OneLine(value)} » en a {length})."
            : null;
    }

    public static string? Month(string text, string what, DateOnly today, out YearMonth month)
    {
        if (!YearMonth.TryParse(NormalMonth(text), out month))
            return $"{what} s'écrit AAAA-MM, par exemple 2024-09 (le mois suffit, jamais le jour).";
        return month > new YearMonth(today.Year, today.Month) ? $"{what} ({month}) est dans le futur." : null;
    }

    /// <summary>"09/2024", "9/2024" or "2024/09" as written on forms in France, turned into "2024-09"; anything else unchanged.</summary>
    public static string NormalMonth(string text)
    {
        var trimmed = text.Trim();
        foreach (var form in MonthForms)
        {
            var match = System.Text.RegularExpressions.Regex.Match(trimmed, form.Source, form.Options);
            if (match.Success)
                return $"{match.Groups["year"].Value}-{match.Groups["month"].Value.PadLeft(2, '0')}";
        }
        return trimmed;
    }

    /// <summary>The ways of writing a month that <see cref="NormalMonth"/> reads (the proposal form asks month and year in two lists instead).</summary>
    public static IReadOnlyList<RulePattern> MonthForms { get; } =
    [
        new(@"^(?<month>[0-9]{1,2})[/.-](?<year>[0-9]{4})$"),
        new(@"^(?<year>[0-9]{4})[/.](?<month>[0-9]{1,2})$"),
    ];

    public static string? GroupSize(string text)
    {
        var size = YamlText.OneLine(text).Replace(" ", string.Empty, StringComparison.Ordinal);
        return size.Length == 0 || Content.GroupSize.TryParse(size, out _)
            ? null
            : "La taille du groupe est une fourchette : deux nombres séparés par un tiret, par exemple 8-15 (jamais un nombre exact).";
    }

    /// <summary>
    /// Reads the terms someone typed ("energie, Logement et habitat" or "1,4" from a numbered list):
    /// ids, labels (without caring for accents or case) and, when <paramref name="numbered"/>, list numbers.
    /// </summary>
    public static string? Terms(Vocabulary vocabulary, string typed, bool numbered, out IReadOnlyList<string> ids)
    {
        var found = new List<string>();
        ids = found;
        foreach (var token in typed.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var term = Find(vocabulary, token, numbered);
            if (term is null)
            {
                var close = Suggestions.Closest(token, vocabulary.Terms.Select(t => (t.Id, t.Label)));
                return $"« {token} » n'est pas un terme de « {vocabulary.Label} »."
                    + (close.Count > 0 ? $" Vouliez-vous dire « {string.Join(" », « ", close)} » ?" : string.Empty);
            }
            if (!found.Contains(term.Id))
                found.Add(term.Id);
        }
        if (found.Count == 0)
            return vocabulary.Required ? $"« {vocabulary.Label} » est obligatoire : choisissez au moins {vocabulary.Min} terme(s)." : null;
        if (found.Count < vocabulary.Min)
            return $"« {vocabulary.Label} » demande au moins {vocabulary.Min} termes.";
        if (found.Count > vocabulary.Max)
            return vocabulary.IsSingle
                ? $"« {vocabulary.Label} » n'accepte qu'un seul terme."
                : $"« {vocabulary.Label} » accepte {vocabulary.Max} termes au plus.";
        return null;
    }

    private static Term? Find(Vocabulary vocabulary, string token, bool numbered)
    {
        if (vocabulary.Find(token) is { } exact)
            return exact;
        var folded = TextFolding.ToIdentifier(token);
        var byName = vocabulary.Terms.FirstOrDefault(t => TextFolding.ToIdentifier(t.Id) == folded || TextFolding.ToIdentifier(t.Label) == folded);
        if (byName is not null)
            return byName;
        // "Charente" for "Charente (16)", not also "Charente-Maritime (17)": the name before the code, exactly, first.
        var byNameWithoutCode = vocabulary.Terms.Where(t => folded.Length > 0 && TextFolding.ToIdentifier(WithoutCode(t.Label)) == folded).ToList();
        if (byNameWithoutCode.Count == 1)
            return byNameWithoutCode[0];
        // "Nord" for "Nord (59)": the start of one label only, never a guess among several.
        var starts = vocabulary.Terms.Where(t => folded.Length > 0 && TextFolding.ToIdentifier(t.Label).StartsWith(folded + "-", StringComparison.Ordinal)).ToList();
        if (starts.Count == 1)
            return starts[0];
        return numbered && int.TryParse(token, System.Globalization.NumberStyles.None, null, out var n) && n >= 1 && n <= vocabulary.Terms.Count
            ? vocabulary.Terms[n - 1]
            : null;
    }

    /// <summary>A label without the code that ends it: "Charente (16)" gives "Charente".</summary>
    private static string WithoutCode(string label)
    {
        var trimmed = label.TrimEnd();
        var open = trimmed.LastIndexOf(" (", StringComparison.Ordinal);
        return open > 0 && trimmed.EndsWith(')') ? trimmed[..open] : trimmed;
    }
}
