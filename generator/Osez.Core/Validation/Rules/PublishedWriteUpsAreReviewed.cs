using Osez.Content;
using Osez.Diagnostics;

namespace Osez.Validation.Rules;

/// <summary>A published write-up records that a second reader checked it for personal data.</summary>
public sealed class PublishedWriteUpsAreReviewed : IValidationRule
{
    public void Validate(LoadedSite site, ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var writeUp in site.WriteUps.Where(w => !w.IsDraft))
        {
            if (writeUp.Review is null)
                diagnostics.Report(DiagnosticCodes.ReviewMissing, writeUp.Locations.Of("statut"),
                    "La fiche est marquée « publie » mais sa relecture d'anonymisation n'est pas enregistrée.",
                    "Une seconde personne relit la fiche pour vérifier qu'aucune personne accompagnée n'est reconnaissable, puis ajoutez :\n"
                    + Content.Schema.WriteUpSchema.Review.Example + "\nEn attendant, laissez statut: brouillon.");
            else if (!writeUp.Review.Done)
                diagnostics.Report(DiagnosticCodes.ReviewMissing, writeUp.Locations.Of("relecture_anonymisation.faite"),
                    "La fiche est marquée « publie » mais la relecture d'anonymisation n'est pas faite (faite: false).",
                    "Faites relire la fiche, puis écrivez faite: true ; en attendant, laissez statut: brouillon.");
            else if (writeUp.Review.Date is { } reviewed && writeUp.PublishedOn != DateOnly.MinValue && reviewed > writeUp.PublishedOn)
                diagnostics.Report(DiagnosticCodes.ReviewAfterPublication, writeUp.Locations.Of("relecture_anonymisation.date"),
                    $"La relecture d'anonymisation ({reviewed:yyyy-MM-dd}) est datée après la publication ({writeUp.PublishedOn:yyyy-MM-dd}).",
                    "La relecture a lieu avant la publication : vérifiez les deux dates (la charte le demande).");
        }
    }
}
