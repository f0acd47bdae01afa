using Osez.Content;
using Osez.Diagnostics;
using Osez.Text;
using Osez.Validation;

namespace Osez.LearningPaths;

/// <summary>Every step of a learning path names a published write-up, once.</summary>
public sealed class LearningPathsNamePublishedWriteUps : IValidationRule
{
    public void Validate(LoadedSite site, ValidationContext context, DiagnosticBag diagnostics)
    {
        var bySlug = site.WriteUps.GroupBy(w => w.Slug, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var byFormerSlug = new Dictionary<string, WriteUp>(StringComparer.Ordinal);
        foreach (var writeUp in site.WriteUps)
            foreach (var former in writeUp.FormerSlugs)
                byFormerSlug.TryAdd(former.Slug, writeUp);

        foreach (var path in LearningPathSet.Of(site))
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var step in path.Steps)
            {
                if (!seen.Add(step.WriteUpSlug))
                {
                    diagnostics.Report(DiagnosticCodes.RepeatedLearningPathWriteUp, step.Location,
                        $"La fiche « {step.WriteUpSlug} » apparaît deux fois dans ce parcours.",
                        "Gardez une seule étape par fiche, et regroupez les questions.");
                    continue;
                }
                if (bySlug.TryGetValue(step.WriteUpSlug, out var target))
                {
                    if (target.IsDraft && !context.IncludeDrafts)
                        diagnostics.Report(DiagnosticCodes.UnknownLearningPathWriteUp, step.Location,
                            $"La fiche « {step.WriteUpSlug} » est un brouillon : elle ne sera pas publiée, le parcours aurait un trou.",
                            "Attendez qu'elle soit publiée pour l'ajouter au parcours, ou retirez cette étape.");
                    continue;
                }
                if (site.UnreadableWriteUps.Contains(step.WriteUpSlug))
                    continue; // The file exists; its own errors are reported.
                if (byFormerSlug.TryGetValue(step.WriteUpSlug, out var renamed))
                {
                    diagnostics.Report(DiagnosticCodes.UnknownLearningPathWriteUp, step.Location,
                        $"« {step.WriteUpSlug} » est l'ancien nom de la fiche « {renamed.Slug} ».",
                        $"Écrivez fiche: {renamed.Slug}");
                    continue;
                }
                var close = Suggestions.Closest(step.WriteUpSlug, bySlug.Keys);
                diagnostics.Report(DiagnosticCodes.UnknownLearningPathWriteUp, step.Location,
                    $"Aucune fiche ne s'appelle « {step.WriteUpSlug} ».",
                    close.Count > 0
                        ? $"Vouliez-vous écrire « {close[0]} » ? (le nom d'une fiche est celui de son fichier, sans « .md »)"
                        : "Le nom d'une fiche est celui de son fichier dans content/fiches, sans « .md ».");
            }
        }
    }
}
