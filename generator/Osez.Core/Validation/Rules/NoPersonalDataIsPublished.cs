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
        var documents = site.WriteUps.Select(ScannedDocument.Of).Concat(site.Pages.Select(ScannedDocument.Of))
            .Concat(site.LearningPaths.Select(ScannedDocument.Of)).ToList();
        Parallel.ForEach(documents, document => AnonymisationGuard.Check(document, diagnostics));
    }
}
