using Osez.Content;
using Osez.Diagnostics;

namespace Osez.Validation.Rules;

/// <summary>Reports, as information, the terms that no write-up uses yet.</summary>
public sealed class TermsAreUsed : IValidationRule
{
    public void Validate(LoadedSite site, ValidationContext context, DiagnosticBag diagnostics)
    {
        // With write-ups that could not be read, "unused" would be wrong: their terms are unknown.
        if (site.WriteUps.Count == 0 || site.UnreadableWriteUps.Count > 0)
            return;
        foreach (var vocabulary in site.Vocabularies.All)
        {
            var used = site.WriteUps
                .SelectMany(w => w.TermsOf(vocabulary.Key))
                .Select(t => t.Id)
                .ToHashSet(StringComparer.Ordinal);
            var unused = vocabulary.Terms.Where(t => !used.Contains(t.Id)).ToList();
            // A long reference list (départements) is expected to be mostly unused: one line, not a hundred.
            if (unused.Count > 20)
            {
                diagnostics.Report(DiagnosticCodes.UnusedTerm, new SourceLocation(vocabulary.Location.File),
                    $"{unused.Count} termes sur {vocabulary.Terms.Count} du vocabulaire « {vocabulary.Label} » ne sont utilisés par aucune fiche.",
                    "Rien à corriger pour une liste de référence : seuls les termes utilisés apparaissent dans les listes du site.");
                continue;
            }
            foreach (var term in unused)
                diagnostics.Report(DiagnosticCodes.UnusedTerm, term.Location,
                    $"Le terme « {term.Id} » ({vocabulary.Label}) n'est utilisé par aucune fiche.",
                    "Rien à corriger : sa page s'affichera vide. Retirez-le s'il n'est plus utile.");
        }
    }
}
