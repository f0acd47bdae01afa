using Osez.Content;
using Osez.Diagnostics;

namespace Osez.Validation.Rules;

/// <summary>Publication is not in the future, an update follows publication, a period ends after it starts.</summary>
public sealed class DatesAreCoherent : IValidationRule
{
    public void Validate(LoadedSite site, ValidationContext context, DiagnosticBag diagnostics)
    {
        var thisMonth = new YearMonth(context.Today.Year, context.Today.Month);
        foreach (var writeUp in site.WriteUps)
        {
            var published = writeUp.PublishedOn;
            if (published != DateOnly.MinValue && published > context.Today)
                diagnostics.Report(DiagnosticCodes.FutureDate, writeUp.Locations.Of("date_publication"),
                    $"La date de publication ({published:yyyy-MM-dd}) est dans le futur.",
                    "Indiquez la date du jour où la fiche est proposée ; elle sera ajustée à la publication si besoin.");
            if (writeUp.UpdatedOn is { } updated)
            {
                if (published != DateOnly.MinValue && updated < published)
                    diagnostics.Report(DiagnosticCodes.UpdateBeforePublication, writeUp.Locations.Of("date_mise_a_jour"),
                        $"La mise à jour ({updated:yyyy-MM-dd}) est antérieure à la publication ({published:yyyy-MM-dd}).",
                        "Vérifiez les deux dates : une mise à jour suit la publication.");
                if (updated > context.Today)
                    diagnostics.Report(DiagnosticCodes.FutureDate, writeUp.Locations.Of("date_mise_a_jour"),
                        $"La date de mise à jour ({updated:yyyy-MM-dd}) est dans le futur.", "Indiquez la date du jour.");
            }
            if (writeUp.Period is { } period)
                CheckPeriod(period, writeUp, thisMonth, diagnostics);
        }
    }

    private static void CheckPeriod(Period period, WriteUp writeUp, YearMonth thisMonth, DiagnosticBag diagnostics)
    {
        if (period.Start > thisMonth)
            diagnostics.Report(DiagnosticCodes.FutureDate, writeUp.Locations.Of("periode.debut"),
                $"Le début de la période ({period.Start}) est dans le futur.",
                "Une fiche raconte une action commencée : vérifiez l'année et le mois.");
        if (period.End is { } end)
        {
            if (end < period.Start)
                diagnostics.Report(DiagnosticCodes.IncoherentPeriod, writeUp.Locations.Of("periode.fin"),
                    $"La fin de la période ({end}) précède son début ({period.Start}).",
                    "Vérifiez les deux mois ; s'ils sont inversés, échangez-les.");
            if (end > thisMonth)
                diagnostics.Report(DiagnosticCodes.FutureDate, writeUp.Locations.Of("periode.fin"),
                    $"La fin de la période ({end}) est dans le futur.",
                    "Si l'action continue, remplacez « fin » par « en_cours: true ».");
            if (period.Ongoing)
                diagnostics.Report(DiagnosticCodes.IncoherentPeriod, writeUp.Locations.Of("periode.en_cours"),
                    "La période a une fin et est aussi marquée « en_cours ».",
                    "Gardez « fin » si l'action est terminée, sinon « en_cours: true ».");
        }
    }
}
