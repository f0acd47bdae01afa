using Osez.Content;
using Osez.Diagnostics;

namespace Osez.Validation;

/// <summary>One check over the loaded site. Rules are named as the sentence they make true.</summary>
public interface IValidationRule
{
    void Validate(LoadedSite site, ValidationContext context, DiagnosticBag diagnostics);
}
