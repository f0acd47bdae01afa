using Osez.Content;
using Osez.Diagnostics;
using Osez.Text;

namespace Osez.Validation.Rules;

/// <summary>Every write-up named in "liens" exists (and is published when drafts are left out).</summary>
public sealed class RelatedWriteUpsExist : IValidationRule
{
    public void Validate(LoadedSite site, ValidationContext context, DiagnosticBag diagnostics)
    {
        var bySlug = site.WriteUps.GroupBy(w => w.Slug, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var writeUp in site.WriteUps)
        {
            if (writeUp.IsDraft && !context.IncludeDrafts)
                continue;
            foreach (var link in writeUp.Related)
            {
                if (link.Slug == writeUp.Slug)
                {
                    diagnostics.Report(DiagnosticCodes.SelfLink, link.Location,
                        "La fiche est liée à elle-même.", "Retirez ce lien ou remplacez-le par une autre fiche.");
                    continue;
                }
                if (!bySlug.TryGetValue(link.Slug, out var target))
                {
                    if (site.UnreadableWriteUps.Contains(link.Slug))
                        continue; // The file exists; its own errors are reported.
                    var close = Suggestions.Closest(link.Slug, bySlug.Keys);
                    diagnostics.Report(DiagnosticCodes.UnknownRelatedWriteUp, link.Location,
                        $"Aucune fiche ne s'appelle « {link.Slug} ».",
                        close.Count > 0
                            ? $"Vouliez-vous écrire « {close[0]} » ? (le nom d'une fiche est celui de son fichier, sans « .md »)"
                            : "Le nom d'une fiche est celui de son fichier dans content/fiches, sans « .md ».");
                }
                else if (target.IsDraft && !context.IncludeDrafts)
                {
                    diagnostics.Report(DiagnosticCodes.UnknownRelatedWriteUp, link.Location,
                        $"La fiche « {link.Slug} » est un brouillon : elle ne sera pas publiée, le lien serait cassé.",
                        "Attendez qu'elle soit publiée pour la lier, ou retirez ce lien.");
                }
            }
        }
    }
}
