using Osez.Content;
using Osez.Diagnostics;

namespace Osez.Validation.Rules;

/// <summary>No two write-ups share an address (for example "x.md" and "x/index.md").</summary>
public sealed class SlugsAreUnique : IValidationRule
{
    public void Validate(LoadedSite site, ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var group in site.WriteUps.GroupBy(w => w.Slug, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var other in group.Skip(1))
                diagnostics.Report(DiagnosticCodes.DuplicateSlug, new SourceLocation(other.Source.DisplayPath, 1, 1),
                    $"Cette fiche aurait la même adresse « fiches/{group.Key}/ » que {first.Source.DisplayPath}.",
                    "Renommez l'un des deux fichiers (le nom du fichier donne l'adresse de la fiche).");
        }
    }
}
