using Osez.Anonymisation;
using Osez.Content;
using Osez.Diagnostics;
using Osez.Validation;

namespace Osez.LearningPaths;

/// <summary>No learning path holds personal data the detectors can see, as for write-ups and pages.</summary>
public sealed class LearningPathsHoldNoPersonalData : IValidationRule
{
    public void Validate(LoadedSite site, ValidationContext context, DiagnosticBag diagnostics)
        => Parallel.ForEach(LearningPathSet.Of(site), path => AnonymisationGuard.Check(Scanned(path), diagnostics));

    private static ScannedDocument Scanned(LearningPath path) => new(
        path.Source.DisplayPath, path.Slug, path.FrontMatterText, path.FrontMatterFirstLine,
        path.Body, path.BodyFirstLine, null, DeclaredIdentities.None, []);
}
