using Osez.Anonymisation;
using Osez.Content;
using Osez.Diagnostics;

namespace Osez.Validation.Rules;

/// <summary>
/// No write-up, page or learning path holds personal data the detectors can see (drafts included: the
/// repository is public before anything is published).
/// </summary>
public sealed class NoPersonalDataIsPublished : IValidationRule
{
    public void Validate(LoadedSite site, ValidationContext context, DiagnosticBag diagnostics)
    {
        var others = site.Pages.Select(ScannedDocument.Of).Concat(site.LearningPaths.Select(ScannedDocument.Of)).ToList();
        if (context.Anonymisation is { } memo)
            Parallel.ForEach(site.WriteUps, writeUp => memo.Check(writeUp, diagnostics));
        else
            Parallel.ForEach(site.WriteUps, writeUp => AnonymisationGuard.Check(ScannedDocument.Of(writeUp), diagnostics));
        Parallel.ForEach(others, document => AnonymisationGuard.Check(document, diagnostics));
    }
}
