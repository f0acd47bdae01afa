using Osez.Content;
using Osez.Diagnostics;
using Osez.Validation.Rules;

namespace Osez.Validation;

/// <summary>The validate stage: runs every rule over the loaded site.</summary>
public sealed class SiteValidator(IReadOnlyList<IValidationRule> rules)
{
    /// <summary>The rules of the core; the features' rules come after them.</summary>
    public static IReadOnlyList<IValidationRule> CoreRules { get; } =
    [
        new TermsExistInVocabularies(),
        new TermsAreUsed(),
        new SlugsAreUnique(),
        new RelatedWriteUpsExist(),
        new DatesAreCoherent(),
        new PublishedWriteUpsAreReviewed(),
        new NoPersonalDataIsPublished(),
        new FormerSlugsAreFree(),
    ];

    public IReadOnlyList<IValidationRule> Rules { get; } = rules;

    public void Validate(LoadedSite site, ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var rule in Rules)
            UnexpectedError.Guard(site.Paths.Display(site.Paths.Content), diagnostics, () => rule.Validate(site, context, diagnostics));
    }
}
