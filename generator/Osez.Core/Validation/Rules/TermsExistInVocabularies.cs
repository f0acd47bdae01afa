using Osez.Content;
using Osez.Diagnostics;
using Osez.Text;
using Osez.Vocabularies;

namespace Osez.Validation.Rules;

/// <summary>Every term of a write-up exists in its vocabulary, in the allowed number.</summary>
public sealed class TermsExistInVocabularies : IValidationRule
{
    public void Validate(LoadedSite site, ValidationContext context, DiagnosticBag diagnostics)
    {
        // One write-up per task, on every core: diagnostics are sorted when reported, not in the order found.
        Parallel.ForEach(site.WriteUps, writeUp =>
        {
            foreach (var vocabulary in site.Vocabularies.All)
                Check(writeUp, vocabulary, diagnostics);
        });
    }

    private static void Check(WriteUp writeUp, Vocabulary vocabulary, DiagnosticBag diagnostics)
    {
        var terms = writeUp.TermsOf(vocabulary.Key);
        var where = writeUp.Locations.Of(vocabulary.Key);
        var leaf = vocabulary.Key[(vocabulary.Key.LastIndexOf('.') + 1)..];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            if (vocabulary.Find(term.Id) is null)
                ReportUnknown(vocabulary, term, diagnostics);
            else if (!seen.Add(term.Id))
                diagnostics.Report(DiagnosticCodes.RepeatedTerm, term.Location,
                    $"Le terme « {term.Id} » est écrit deux fois dans « {vocabulary.Key} ».",
                    "Gardez-le une seule fois.");
        }

        var count = terms.Select(t => t.Id).Distinct(StringComparer.Ordinal).Count();
        // A field written with a value of the wrong type is already reported as such: not "absent" as well.
        if (count == 0 && vocabulary.Required && !writeUp.Locations.IsInvalid(vocabulary.Key)
            && writeUp.Extra.Keys.FirstOrDefault(k => Osez.Yaml.FieldReader.SpellingOf(k, [vocabulary.Key]) is not null) is { } misspelt)
        {
            // « thématiques: » for « thematiques: »: the key is there, misspelt; said once, there.
            diagnostics.Report(DiagnosticCodes.RequiredField, writeUp.Locations.Of(misspelt),
                Osez.Yaml.FieldReader.MisspeltKey(misspelt, vocabulary.Key) + $" : écrite ainsi, elle n'est pas lue, et le champ obligatoire « {vocabulary.Key} » manque.",
                $"Corrigez le nom de la clé : {leaf}: {Example(vocabulary)}");
        }
        else if (count == 0 && vocabulary.Required && !writeUp.Locations.IsInvalid(vocabulary.Key))
        {
            diagnostics.Report(DiagnosticCodes.RequiredField, where,
                $"Le champ obligatoire « {vocabulary.Key} » ({vocabulary.SingularLabel.ToLowerInvariant()}) est absent.",
                $"Ajoutez par exemple « {leaf}: {Example(vocabulary)} ». Termes possibles : {Listing(vocabulary)}");
        }
        else if (count > 0 && count < vocabulary.Min)
        {
            diagnostics.Report(DiagnosticCodes.TooFewTerms, where,
                $"« {vocabulary.Key} » a {count} terme(s) ; il en faut au moins {vocabulary.Min}.",
                $"Termes possibles : {Listing(vocabulary)}");
        }
        else if (count > vocabulary.Max)
        {
            diagnostics.Report(DiagnosticCodes.TooManyTerms, where,
                vocabulary.IsSingle
                    ? $"« {vocabulary.Key} » n'accepte qu'un seul terme ; il y en a {count}."
                    : $"« {vocabulary.Key} » a {count} termes ; {vocabulary.Max} au plus.",
                vocabulary.IsSingle ? "Choisissez le terme qui décrit le mieux l'action." : "Gardez les termes les plus importants.");
        }
    }

    private static void ReportUnknown(Vocabulary vocabulary, TermRef term, DiagnosticBag diagnostics)
    {
        var close = Suggestions.Closest(term.Id, vocabulary.Terms.Select(t => (t.Id, t.Label)));
        var hint = close.Count > 0
            ? (close.Count == 1 ? $"Vouliez-vous écrire « {close[0]} » ? " : $"Termes proches : {string.Join(", ", close)}. ")
            : string.Empty;
        hint += $"Tous les termes sont dans {vocabulary.Location.File}.";
        diagnostics.Report(DiagnosticCodes.UnknownTerm, term.Location,
            $"« {term.Id} » n'est pas un terme du vocabulaire « {vocabulary.Label} » ({vocabulary.Key}).",
            hint);
    }

    private static string Example(Vocabulary vocabulary)
    {
        var first = vocabulary.Terms.FirstOrDefault()?.Id ?? "...";
        return vocabulary.IsSingle ? first : $"[{first}]";
    }

    private static string Listing(Vocabulary vocabulary)
    {
        const int shown = 12;
        var ids = vocabulary.Terms.Take(shown).Select(t => t.Id);
        var more = vocabulary.Terms.Count > shown ? $"… (liste complète dans {vocabulary.Location.File})" : ".";
        return string.Join(", ", ids) + more;
    }
}
