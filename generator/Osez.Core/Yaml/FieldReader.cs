using System.Globalization;
using Osez.Diagnostics;
using Osez.Text;

namespace Osez.Yaml;

/// <summary>
/// Reads typed values out of a YAML mapping, reporting every problem as a French diagnostic
/// naming the field. Remembers which keys were read, so the rest can be reported as unknown.
/// </summary>
public sealed class FieldReader(YMapping mapping, string pathPrefix, DiagnosticBag diagnostics, SourceLocation missingAt)
{
    private readonly HashSet<string> _claimed = new(StringComparer.Ordinal);

    public YMapping Mapping { get; } = mapping;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>Where to point when a required field is missing.</summary>
    public SourceLocation MissingAt { get; } = missingAt;

    public string PathOf(string key) => pathPrefix.Length == 0 ? key : $"{pathPrefix}.{key}";

    /// <summary>The node for a key (null when absent or written empty); the key counts as known.</summary>
    public YNode? Node(string key)
    {
        _claimed.Add(key);
        var node = Mapping[key];
        return node is YScalar { IsNull: true } ? null : node;
    }

    public SourceLocation LocationOf(string key) => Mapping.Find(key)?.Key.Location ?? MissingAt;

    public IEnumerable<YEntry> Unclaimed => Mapping.Entries.Where(e => !_claimed.Contains(e.Key.Value));

    public void Claim(string key) => _claimed.Add(key);

    public void ReportMissing(string key, string example)
    {
        // « thématiques: » for « thematiques: »: the key is there, misspelt; said once, at that key.
        if (Mapping.Entries.FirstOrDefault(e => SpellingOf(e.Key.Value, [key]) is not null) is { } misspelt)
        {
            Diagnostics.Report(DiagnosticCodes.RequiredField, misspelt.Key.Location,
                MisspeltKey(PathOf(misspelt.Key.Value), key) + $" : écrite ainsi, elle n'est pas lue, et le champ obligatoire « {PathOf(key)} » manque.",
                $"Corrigez le nom de la clé, par exemple : {example}");
            return;
        }
        Diagnostics.Report(DiagnosticCodes.RequiredField, MissingAt,
            $"Le champ obligatoire « {PathOf(key)} » est absent.",
            $"Ajoutez-le dans l'en-tête, par exemple : {example}");
    }

    /// <summary>The known key that <paramref name="written"/> is with accents, capitals or « - » for « _ »; or null.</summary>
    public static string? SpellingOf(string written, IEnumerable<string> known)
    {
        var folded = Osez.Text.TextFolding.ToIdentifier(written);
        return folded.Length == 0 ? null : known.FirstOrDefault(k => k != written && Osez.Text.TextFolding.ToIdentifier(k) == folded);
    }

    /// <summary>The one wording for a key written with accents or capitals, wherever it is reported.</summary>
    public static string MisspeltKey(string written, string meant)
        => $"La clé « {written} » s'écrit « {meant} », sans accent ni majuscule";

    public void ReportWrongType(YNode node, string key, string expected, string example)
        => Diagnostics.Report(DiagnosticCodes.WrongType, node.Location,
            $"« {PathOf(key)} » doit être {expected}, pas {node.KindName}.",
            $"Exemple : {example}");

    /// <summary>
    /// A text value; lengths are counted in characters after trimming. A value longer than allowed is reported and cut
    /// to the allowed length, so that nothing after this check (pages, index, exports of a check) works on more.
    /// </summary>
    public string Text(string key, bool required, string example, int minLength = 0, int maxLength = int.MaxValue)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required)
                ReportMissing(key, example);
            return string.Empty;
        }
        if (node is not YScalar scalar)
        {
            ReportWrongType(node, key, "un texte", example);
            return string.Empty;
        }
        var value = scalar.Value.Trim();
        if (value.Length < minLength || value.Length > maxLength)
        {
            var bounds = maxLength == int.MaxValue ? $"au moins {minLength}" : $"entre {minLength} et {maxLength}";
            Diagnostics.Report(DiagnosticCodes.Length, scalar.Location,
                $"« {PathOf(key)} » compte {value.Length} caractères ; il en faut {bounds}.",
                value.Length > maxLength ? "Raccourcissez ce texte." : "Complétez ce texte.");
        }
        return value.Length > maxLength ? Cut(value, maxLength) : value;
    }

    /// <summary>
    /// An absolute web address (http, https) by the site-wide rule of <see cref="WebAddress"/>; empty when absent
    /// or refused (reported), so that a refused address never reaches a page.
    /// </summary>
    /// <param name="isBase">The address other addresses are made from (url_de_base, depot): no "?" or "#".</param>
    public string WebAddress(string key, string example, AddressCodes codes, bool isBase = false, int maxLength = 300)
    {
        var value = Text(key, required: false, example, 0, maxLength);
        if (value.Length == 0 || Osez.Text.WebAddress.CheckWeb(value, isBase) is not { } fault)
            return value;
        var shown = Osez.Text.WebAddress.Shorten(value);
        var (message, hint) = fault.Kind switch
        {
            AddressFaultKind.DangerousScheme => (
                $"Le lien « {shown} » de « {PathOf(key)} » est refusé : seules les adresses web (http:// ou https://) sont permises.",
                $"Les liens « javascript: », « data: » ou « file: » ne sont jamais acceptés. Exemple : {example}"),
            AddressFaultKind.Character => (
                $"« {PathOf(key)} » contient {Describe(fault.Character!.Value)}, impossible dans une adresse web : « {shown} ».",
                $"Recopiez l'adresse depuis la barre d'adresse du navigateur. Exemple : {example}"),
            AddressFaultKind.NoHost => (
                $"« {PathOf(key)} » n'a pas de nom de site après « https:// » : « {shown} ».",
                $"Exemple : {example}"),
            AddressFaultKind.UserInfo => (
                $"« {PathOf(key)} » contient un nom avant « @ » : « {shown} ». Ce procédé sert à déguiser l'adresse réelle d'un lien.",
                $"Écrivez l'adresse du site seule. Exemple : {example}"),
            AddressFaultKind.QueryInBase => (
                $"« {PathOf(key)} » ne peut contenir ni « ? » ni « # » : c'est l'adresse d'un dossier, à laquelle les pages s'ajoutent : « {shown} ».",
                $"Exemple : {example}"),
            _ => (
                $"« {PathOf(key)} » doit être une adresse web complète (https://...) : « {shown} ».",
                $"Exemple : {example} — ou laissez la valeur vide."),
        };
        Diagnostics.Report(fault.IsDangerous ? codes.Dangerous : codes.Invalid, Mapping[key]!.Location, message, hint);
        return string.Empty;
    }

    /// <summary>A mail address ("accueil@exemple.org", made a mailto: link); empty when absent or refused (reported).</summary>
    public string EmailAddress(string key, string example, AddressCodes codes, int maxLength = 200)
    {
        var value = Text(key, required: false, example, 0, maxLength);
        if (value.Length == 0 || Osez.Text.WebAddress.CheckEmail(value) is not { } fault)
            return value;
        var shown = Osez.Text.WebAddress.Shorten(value);
        var (message, hint) = fault.Kind switch
        {
            AddressFaultKind.DangerousScheme => (
                $"Le lien « {shown} » de « {PathOf(key)} » est refusé : seule une adresse électronique est permise ici.",
                $"Les liens « javascript: » ou « data: » ne sont jamais acceptés. Exemple : {example}"),
            AddressFaultKind.MailtoPrefix => (
                $"« {PathOf(key)} » commence par « mailto: » : « {shown} ».",
                $"Écrivez l'adresse seule, le site en fait un lien. Exemple : {example}"),
            _ => (
                $"« {PathOf(key)} » n'est pas une adresse électronique : « {shown} ».",
                $"Une seule adresse, sans espace ni texte autour. Exemple : {example}"),
        };
        Diagnostics.Report(fault.IsDangerous ? codes.Dangerous : codes.Invalid, Mapping[key]!.Location, message, hint);
        return string.Empty;
    }

    private static string Describe(char c) => c switch
    {
        ' ' or '\u00A0' => "une espace",
        _ when char.IsWhiteSpace(c) || char.IsControl(c) || c is '\u2028' or '\u2029' => "un caractère invisible",
        _ => $"le caractère « {c} »",
    };

    /// <summary>The first <paramref name="length"/> characters, never half of a surrogate pair (an emoji).</summary>
    private static string Cut(string value, int length)
        => value[..(length > 0 && char.IsHighSurrogate(value[length - 1]) ? length - 1 : length)];

    /// <summary>A date written AAAA-MM-JJ.</summary>
    public DateOnly? Date(string key, bool required)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required)
                ReportMissing(key, $"{key}: 2025-03-14");
            return null;
        }
        if (node is not YScalar scalar)
        {
            ReportWrongType(node, key, "une date", $"{key}: 2025-03-14");
            return null;
        }
        if (DateOnly.TryParseExact(scalar.Value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        Diagnostics.Report(DiagnosticCodes.InvalidDate, scalar.Location,
            $"« {PathOf(key)} » n'est pas une date valable : « {scalar.Value} ».",
            $"Écrivez la date sous la forme année-mois-jour, par exemple {key}: 2025-03-14.");
        return null;
    }

    /// <summary>A yes/no value (true/false, also oui/non).</summary>
    public bool Bool(string key, bool defaultValue)
    {
        var node = Node(key);
        if (node is null)
            return defaultValue;
        if (node is YScalar scalar)
        {
            switch (scalar.Value.Trim().ToLowerInvariant())
            {
                case "true" or "oui" or "yes": return true;
                case "false" or "non" or "no": return false;
            }
        }
        Diagnostics.Report(DiagnosticCodes.WrongType, node.Location,
            $"« {PathOf(key)} » doit valoir true ou false.",
            $"Exemple : {key}: true");
        return defaultValue;
    }

    /// <summary>A whole number.</summary>
    public int? Integer(string key, bool required, int min, int max)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required)
                ReportMissing(key, $"{key}: {min}");
            return null;
        }
        if (node is YScalar scalar && int.TryParse(scalar.Value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            && value >= min && value <= max)
            return value;
        Diagnostics.Report(DiagnosticCodes.WrongType, node.Location,
            $"« {PathOf(key)} » doit être un nombre entier entre {min} et {max}.",
            $"Exemple : {key}: {min}");
        return null;
    }

    public YMapping? Map(string key, bool required, string example)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required)
                ReportMissing(key, example);
            return null;
        }
        if (node is YMapping map)
            return map;
        ReportWrongType(node, key, "un ensemble de champs (des lignes « clé: valeur » indentées)", example);
        return null;
    }

    public YSequence? List(string key, bool required, string example)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required)
                ReportMissing(key, example);
            return null;
        }
        if (node is YSequence sequence)
            return sequence;
        ReportWrongType(node, key, "une liste", example);
        return null;
    }

    /// <summary>
    /// The items of a list of field sets (authors, links, steps...), each with a reader whose messages name its
    /// fields « key.field »; an item that is not a set of fields is reported (as not <paramref name="expected"/>) and left out.
    /// </summary>
    public IEnumerable<(FieldReader Fields, YMapping Map)> Records(string key, bool required, string expected, string example)
        => List(key, required, example) is { } list ? Records(list, key, expected, example) : [];

    /// <inheritdoc cref="Records(string, bool, string, string)"/>
    public IEnumerable<(FieldReader Fields, YMapping Map)> Records(YSequence list, string key, string expected, string example)
    {
        foreach (var item in list.Items)
        {
            if (item is YMapping map)
                yield return (Nested(key, map), map);
            else
                ReportWrongType(item, key, expected, example);
        }
    }

    /// <summary>A reader over a nested mapping, whose messages name fields by their full dotted path.</summary>
    public FieldReader Nested(string key, YMapping nested) => new(nested, PathOf(key), Diagnostics, nested.Location);
}
