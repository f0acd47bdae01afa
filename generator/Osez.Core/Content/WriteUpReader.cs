using Osez.Content.Schema;
using Osez.Diagnostics;
using Osez.Text;
using Osez.Vocabularies;
using Osez.Yaml;

namespace Osez.Content;

/// <summary>Maps a write-up's front matter onto <see cref="WriteUp"/> by its schema (<see cref="WriteUpSchema"/>), reporting what cannot be read.</summary>
public sealed class WriteUpReader(VocabularySet vocabularies)
{
    public WriteUp Read(string slug, SourceDocument source, YMapping frontMatter, FrontMatterSplit split, DiagnosticBag diagnostics)
    {
        var locations = new FieldLocations(new SourceLocation(source.DisplayPath, 1, 1));
        var fields = new FieldReader(frontMatter, string.Empty, diagnostics, new SourceLocation(source.DisplayPath, 1, 1));
        foreach (var entry in frontMatter.Entries)
            locations.Set(entry.Key.Value, entry.Key.Location);

        if (string.IsNullOrWhiteSpace(split.Body))
            diagnostics.Report(DiagnosticCodes.EmptyBody, new SourceLocation(source.DisplayPath, Math.Max(1, split.BodyFirstLine - 1), 1),
                "La fiche n'a pas de texte après l'en-tête.",
                "Écrivez le récit sous la ligne « --- » qui ferme l'en-tête, en suivant le plan commun : ## Contexte, ## Le groupe, ## Démarche, ## Enseignements...");

        var writeUp = new WriteUp
        {
            Slug = slug,
            Source = source,
            Title = fields.Text(WriteUpSchema.Title),
            Summary = fields.Text(WriteUpSchema.Summary),
            PublishedOn = fields.Date(WriteUpSchema.PublishedOn) ?? DateOnly.MinValue,
            UpdatedOn = fields.Date(WriteUpSchema.UpdatedOn),
            Authors = ReadAuthors(fields),
            Period = ReadPeriod(fields, locations),
            GroupSize = ReadGroupSize(fields),
            IsDraft = ReadStatus(fields),
            IsIllustrative = fields.Bool(WriteUpSchema.Illustrative),
            Licence = ReadLicence(fields),
            Contact = ReadContact(fields),
            Related = ReadRelated(fields),
            Review = ReadReview(fields, locations),
            FormerSlugs = FormerSlugReader.Read(fields),
            Terms = ReadTerms(fields, locations),
            AcceptedPassages = AcceptedPassagesReader.Read(fields),
            Values = ReadValues(fields),
            Extra = ReportUnknownKeys(fields),
            Body = split.Body,
            BodyFirstLine = split.BodyFirstLine,
            Locations = locations,
            FrontMatterText = split.Yaml,
            FrontMatterFirstLine = split.YamlFirstLine,
        };
        ReportUnwrittenParts(writeUp, locations, diagnostics);
        return writeUp;
    }

    /// <summary>
    /// The « À compléter » lines that <c>new</c> and the proposal form put in place of each part: a reminder in a draft,
    /// an error in a write-up about to be published, naming the parts.
    /// </summary>
    private static void ReportUnwrittenParts(WriteUp writeUp, FieldLocations locations, DiagnosticBag diagnostics)
    {
        var parts = new List<string>();
        SourceLocation? first = null;
        if (writeUp.Summary.Contains(Osez.Contributing.WriteUpOutline.ToComplete, StringComparison.Ordinal))
        {
            parts.Add("le résumé (resume)");
            first = locations.Of(WriteUpSchema.Summary.Key);
        }
        var heading = string.Empty;
        var lines = writeUp.Body.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("## ", StringComparison.Ordinal))
                heading = line.TrimStart('#').Trim();
            else if (line.Contains(Osez.Contributing.WriteUpOutline.ToComplete, StringComparison.Ordinal))
            {
                var name = heading.Length > 0 ? $"« {heading} »" : "le début du texte";
                if (!parts.Contains(name))
                    parts.Add(name);
                first ??= new SourceLocation(writeUp.Source.DisplayPath, writeUp.BodyFirstLine + i, 1);
            }
        }
        if (first is not { } at)
            return;
        var list = parts.Count == 1 ? parts[0] : string.Join(", ", parts[..^1]) + " et " + parts[^1];
        var plural = parts.Count > 1;
        if (writeUp.IsDraft)
            diagnostics.Report(DiagnosticCodes.UnwrittenDraftSection, at,
                $"{(plural ? $"{parts.Count} parties restent" : "Une partie reste")} à écrire : {list}.",
                "Remplacez chaque ligne « À compléter » par votre texte avant de passer la fiche en « statut: publie ».");
        else
            diagnostics.Report(DiagnosticCodes.UnwrittenPublishedSection, at,
                $"La fiche est publiée (statut: publie) mais {(plural ? $"{parts.Count} parties ne sont pas écrites" : "une partie n'est pas écrite")} : {list}.",
                "Remplacez chaque ligne « À compléter » par votre texte, ou retirez la partie si elle ne s'applique pas ; sinon remettez « statut: brouillon ».");
    }

    private static Dictionary<string, IReadOnlyList<string>> ReadValues(FieldReader fields)
    {
        var values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var field in WriteUpSchema.GenericFields)
            if (fields.Values(field) is { Count: > 0 } value)
                values[field.Key] = value;
        return values;
    }

    private static List<Author> ReadAuthors(FieldReader fields)
    {
        var authors = new List<Author>();
        var schema = WriteUpSchema.Authors;
        var list = fields.List(schema);
        if (list is null)
            return authors;
        foreach (var (author, map) in fields.Records(list, schema))
        {
            var collective = author.Text(schema["collectif"]);
            var lastName = author.Text(schema["nom"]);
            var firstName = author.Text(schema["prenom"]);
            var role = author.Text(schema["fonction"]);
            var organisation = author.Text(schema["structure"]);
            author.ReportUnknownKeys(schema);
            if (collective.Length == 0 && lastName.Length == 0)
                fields.Diagnostics.Report(DiagnosticCodes.InvalidAuthor, map.Location,
                    firstName.Length > 0
                        ? $"L'auteur « {firstName} » n'a pas de nom de famille (« nom »)."
                        : "Un auteur n'a ni « nom » ni « collectif ».",
                    "Un auteur est un professionnel qui signe la fiche : nom, prenom, fonction, structure. "
                    + "Pour signer à plusieurs, écrivez plutôt : - collectif: Groupe de travail ISIC du territoire");
            if (collective.Length > 0 || lastName.Length > 0)
                authors.Add(new Author(lastName, firstName, role, organisation, collective));
        }
        if (list.Items.Count == 0)
            fields.ReportMissing(schema.Key, schema.Example);
        return authors;
    }

    private static Period? ReadPeriod(FieldReader fields, FieldLocations locations)
    {
        var schema = WriteUpSchema.Period;
        var map = fields.Map(schema);
        if (map is null)
            return null;
        var period = fields.Nested(schema, map);
        var start = ReadMonth(period, schema["debut"], locations);
        var end = ReadMonth(period, schema["fin"], locations);
        var ongoing = period.Bool(schema["en_cours"]);
        locations.Set(period.PathOf("en_cours"), period.LocationOf("en_cours"));
        period.ReportUnknownKeys(schema);
        if (start is null)
            return null;
        if (end is null && !ongoing && period.Mapping.Find("fin") is null)
        {
            fields.Diagnostics.Report(DiagnosticCodes.RequiredField, map.Location,
                "La période n'a ni fin ni « en_cours ».",
                "Ajoutez « fin: AAAA-MM » si l'action est terminée, ou « en_cours: true » si elle continue.");
        }
        return new Period(start.Value, end, ongoing);
    }

    private static YearMonth? ReadMonth(FieldReader reader, Field field, FieldLocations locations)
    {
        var key = field.Key;
        var node = reader.Node(key);
        if (node is null)
        {
            if (field.Required)
                reader.ReportMissing(key, field.Example);
            return null;
        }
        locations.Set(reader.PathOf(key), node.Location);
        if (node is YScalar scalar && YearMonth.TryParse(scalar.Value.Trim(), out var month))
            return month;
        reader.Diagnostics.Report(DiagnosticCodes.InvalidDate, node.Location,
            $"« {reader.PathOf(key)} » doit être un mois écrit AAAA-MM, pas « {(node as YScalar)?.Value ?? node.KindName} ».",
            (node is YScalar typed && MonthGuess(typed.Value) is { } guess
                ? $"Écrivez {key}: {guess}."
                : $"Par exemple {field.Example}.")
            + " Le mois suffit : n'indiquez pas le jour, pour préserver l'anonymat.");
        return null;
    }

    private static readonly string[] MonthNames =
        ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"];

    /// <summary>The month someone meant, written AAAA-MM: « juin 2024 », « 06/2024 », « 15/06/2024 », « 2024-06-15 »; or null.</summary>
    internal static string? MonthGuess(string typed)
    {
        var words = TextFolding.ToIdentifier(typed).Split('-', StringSplitOptions.RemoveEmptyEntries);
        var year = words.FirstOrDefault(w => w.Length == 4 && w.All(char.IsAsciiDigit) && w[0] is '1' or '2');
        if (year is null)
            return null;
        var month = 0;
        foreach (var word in words)
        {
            var named = Array.FindIndex(MonthNames, m => word.Length >= 3 && m.StartsWith(word, StringComparison.Ordinal));
            if (named >= 0)
            {
                month = named + 1;
                break;
            }
        }
        if (month == 0)
        {
            // Numbers around the year: the one just before it (06/2024, 15/06/2024) or just after it (2024-06-15).
            var at = Array.IndexOf(words, year);
            var candidate = at > 0 ? words[at - 1] : at + 1 < words.Length ? words[at + 1] : null;
            if (candidate is not null && int.TryParse(candidate, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 12)
                month = n;
        }
        return month == 0 ? null : $"{year}-{month:00}";
    }

    private static GroupSize? ReadGroupSize(FieldReader fields)
    {
        var node = fields.Node(WriteUpSchema.GroupSize.Key);
        if (node is null)
            return null;
        if (node is YScalar scalar && GroupSize.TryParse(scalar.Value, out var size))
            return size;
        fields.Diagnostics.Report(DiagnosticCodes.InvalidGroupSize, node.Location,
            $"« taille_groupe » doit être une fourchette de personnes, pas « {(node as YScalar)?.Value ?? node.KindName} ».",
            "Écrivez deux nombres séparés par un tiret, par exemple taille_groupe: 8-15 (jamais un nombre exact).");
        return null;
    }

    private static bool ReadStatus(FieldReader fields)
    {
        var schema = WriteUpSchema.Status;
        var status = fields.Text(schema);
        switch (status)
        {
            case "publie": return false;
            case "brouillon" or "": return true;
        }
        var suggestion = Suggestions.Closest(status, ["publie", "brouillon"]);
        fields.Diagnostics.Report(DiagnosticCodes.InvalidValue, fields.Mapping["statut"]!.Location,
            $"« statut » vaut « {status} » ; les valeurs possibles sont « brouillon » et « publie ».",
            suggestion.Count > 0 ? $"Vouliez-vous écrire « {suggestion[0]} » ?" : "Écrivez statut: brouillon tant que la fiche n'est pas relue.");
        return true;
    }

    private static string ReadLicence(FieldReader fields)
    {
        var licence = fields.Text(WriteUpSchema.Licence);
        if (licence.Length == 0)
            return WriteUpSchema.Licence.Default;
        if (!Licences.Known.ContainsKey(licence))
        {
            var close = Suggestions.Closest(licence, Licences.Known.Keys);
            fields.Diagnostics.Report(DiagnosticCodes.UnknownLicence, fields.Mapping["licence"]!.Location,
                $"La licence « {licence} » n'est pas connue.",
                (close.Count > 0 ? $"Vouliez-vous écrire « {close[0]} » ? " : string.Empty)
                + "Licences connues : " + string.Join(", ", Licences.Known.Keys) + ".");
        }
        return licence;
    }

    private static Contact? ReadContact(FieldReader fields)
    {
        var schema = WriteUpSchema.Contact;
        var map = fields.Map(schema);
        if (map is null)
            return null;
        var contact = fields.Nested(schema, map);
        var result = new Contact(
            contact.Text(schema["structure"]),
            contact.EmailAddress(schema["courriel"], AddressCodes.Content),
            contact.Text(schema["telephone"]),
            contact.WebAddress(schema["site"], AddressCodes.Content));
        contact.ReportUnknownKeys(schema);
        return result;
    }

    private static List<RelatedWriteUp> ReadRelated(FieldReader fields)
    {
        var related = new List<RelatedWriteUp>();
        var schema = WriteUpSchema.Related;
        foreach (var (link, map) in fields.Records(schema))
        {
            var slug = link.Text(schema["fiche"]);
            var why = link.Text(schema["pourquoi"]);
            link.ReportUnknownKeys(schema);
            if (slug.Length > 0)
                related.Add(new RelatedWriteUp(slug, why, map["fiche"]!.Location));
        }
        return related;
    }

    private static AnonymisationReview? ReadReview(FieldReader fields, FieldLocations locations)
    {
        var schema = WriteUpSchema.Review;
        var map = fields.Map(schema);
        if (map is null)
            return null;
        var review = fields.Nested(schema, map);
        var done = review.Bool(schema["faite"]);
        var by = review.Text(schema["par"]);
        var date = review.Date(schema["date"]);
        locations.Set(review.PathOf("faite"), review.LocationOf("faite"));
        locations.Set(review.PathOf("date"), review.LocationOf("date"));
        review.ReportUnknownKeys(schema);
        return new AnonymisationReview(done, by, date);
    }

    private Dictionary<string, IReadOnlyList<TermRef>> ReadTerms(FieldReader fields, FieldLocations locations)
    {
        var terms = new Dictionary<string, IReadOnlyList<TermRef>>(StringComparer.Ordinal);
        var nestedReaders = new Dictionary<string, FieldReader?>(StringComparer.Ordinal);
        foreach (var vocabulary in vocabularies.All)
        {
            var dot = vocabulary.Key.IndexOf('.');
            FieldReader? reader = fields;
            var key = vocabulary.Key;
            if (dot > 0)
            {
                var parent = vocabulary.Key[..dot];
                key = vocabulary.Key[(dot + 1)..];
                if (!nestedReaders.TryGetValue(parent, out reader))
                {
                    var map = fields.Map(parent, required: false, $"{parent}:\n  {key}: ...");
                    reader = map is null ? null : fields.Nested(parent, map);
                    nestedReaders[parent] = reader;
                }
            }
            if (reader is null)
                continue;
            var node = reader.Node(key);
            if (node is not null)
                locations.Set(vocabulary.Key, node.Location);
            terms[vocabulary.Key] = ReadTermList(reader, key, node, vocabulary, locations);
        }
        foreach (var (parent, reader) in nestedReaders)
        {
            if (reader is null)
                continue;
            var allowed = vocabularies.All.Where(v => v.Key.StartsWith(parent + ".", StringComparison.Ordinal))
                .Select(v => v.Key[(parent.Length + 1)..]).ToList();
            reader.ReportUnknownKeys(allowed);
        }
        return terms;
    }

    private static List<TermRef> ReadTermList(FieldReader reader, string key, YNode? node, Vocabulary vocabulary, FieldLocations locations)
    {
        var result = new List<TermRef>();
        switch (node)
        {
            case null:
                break;
            case YScalar scalar when vocabulary.IsSingle || !scalar.Value.Contains(','):
                result.Add(new TermRef(scalar.Value.Trim(), scalar.Location));
                break;
            case YScalar scalar:
                reader.Diagnostics.Report(DiagnosticCodes.WrongType, scalar.Location,
                    $"« {vocabulary.Key} » doit être une liste de termes, pas un texte avec des virgules.",
                    $"Écrivez les termes entre crochets : {key}: [{string.Join(", ", scalar.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(TextFolding.ToIdentifier))}]");
                locations.MarkInvalid(vocabulary.Key);
                break;
            case YSequence sequence:
                foreach (var item in sequence.Items)
                {
                    if (item is YScalar { IsNull: false } term)
                        result.Add(new TermRef(term.Value.Trim(), term.Location));
                    else
                    {
                        reader.ReportWrongType(item, key, "un identifiant de terme", $"{key}: [{vocabulary.Terms.FirstOrDefault()?.Id}]");
                        locations.MarkInvalid(vocabulary.Key);
                    }
                }
                break;
            default:
                reader.ReportWrongType(node, key, vocabulary.IsSingle ? "un terme" : "une liste de termes",
                    vocabulary.IsSingle ? $"{key}: {vocabulary.Terms.FirstOrDefault()?.Id}" : $"{key}: [{vocabulary.Terms.FirstOrDefault()?.Id}]");
                locations.MarkInvalid(vocabulary.Key);
                break;
        }
        return result;
    }

    private Dictionary<string, YNode> ReportUnknownKeys(FieldReader fields)
    {
        var extra = new Dictionary<string, YNode>(StringComparer.Ordinal);
        var required = WriteUpSchema.Fields.Where(f => f.Required).Select(f => f.Key)
            .Concat(vocabularies.All.Where(v => v.Required && !v.Key.Contains('.')).Select(v => v.Key))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var entry in fields.ReportUnknownKeys(WriteUpSchema.Keys(vocabularies.All.Select(v => v.Key)), required.Contains))
            extra[entry.Key.Value] = entry.Value;
        return extra;
    }
}
