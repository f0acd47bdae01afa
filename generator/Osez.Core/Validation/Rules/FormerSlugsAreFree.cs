using Osez.Content;
using Osez.Diagnostics;

namespace Osez.Validation.Rules;

/// <summary>
/// A former address (« anciens_slugs ») belongs to one write-up only and is not the address of
/// another write-up: otherwise its redirect page would hide a write-up or send readers to the wrong one.
/// </summary>
public sealed class FormerSlugsAreFree : IValidationRule
{
    public void Validate(LoadedSite site, ValidationContext context, DiagnosticBag diagnostics)
    {
        var current = site.WriteUps.GroupBy(w => w.Slug, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var claimed = new Dictionary<string, WriteUp>(StringComparer.Ordinal);
        foreach (var writeUp in site.WriteUps)
        {
            if (writeUp.IsDraft && !context.IncludeDrafts)
                continue;
            foreach (var former in writeUp.FormerSlugs)
            {
                if (former.Slug == writeUp.Slug)
                {
                    diagnostics.Report(DiagnosticCodes.InvalidFormerSlug, former.Location,
                        $"« {former.Slug} » est l'adresse actuelle de cette fiche, pas une ancienne adresse.",
                        "Retirez-la de « anciens_slugs » : on n'y met que les noms que le fichier portait avant d'être renommé.");
                }
                else if (current.TryGetValue(former.Slug, out var other))
                {
                    diagnostics.Report(DiagnosticCodes.FormerSlugTaken, former.Location,
                        $"L'ancienne adresse « fiches/{former.Slug}/ » est aujourd'hui celle d'une autre fiche ({other.Source.DisplayPath}).",
                        "Une adresse ne peut pas mener à deux fiches : retirez ce nom de « anciens_slugs », ou renommez l'autre fiche (en déclarant à son tour son ancien nom).");
                }
                else if (!claimed.TryAdd(former.Slug, writeUp))
                {
                    var first = claimed[former.Slug];
                    diagnostics.Report(DiagnosticCodes.FormerSlugTaken, former.Location,
                        first == writeUp
                            ? $"L'ancienne adresse « {former.Slug} » est écrite deux fois."
                            : $"L'ancienne adresse « {former.Slug} » est déjà déclarée par {first.Source.DisplayPath}.",
                        first == writeUp
                            ? "Gardez-la une seule fois dans « anciens_slugs »."
                            : "Une ancienne adresse ne peut mener qu'à une fiche : gardez-la dans la fiche qui a vraiment porté ce nom.");
                }
            }
        }
    }
}
