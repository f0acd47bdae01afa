using Osez.Anonymisation;
using Osez.Content;
using Osez.Diagnostics;

namespace Osez.Validation.Rules;

/// <summary>
/// No write-up or page holds personal data the detectors can see (drafts included: the repository is public
/// before anything is published). A feature with texts of its own checks them with a rule of its own.
/// </summary>
public sealed class NoPersonalDataIsPublished : IValidationRule
{
    public void Validate(LoadedSite site, ValidationContext context, DiagnosticBag diagnostics)
    {
        if (context.Anonymisation is { } memo)
            Parallel.ForEach(site.WriteUps, writeUp => memo.Check(writeUp, diagnostics));
        else
            Parallel.ForEach(site.WriteUps, writeUp => AnonymisationGuard.Check(ScannedDocument.Of(writeUp), diagnostics));
        Parallel.ForEach(site.Pages, page => AnonymisationGuard.Check(ScannedDocument.Of(page), diagnostics));
    }
}
