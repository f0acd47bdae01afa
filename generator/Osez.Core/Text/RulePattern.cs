using System.Text.RegularExpressions;

namespace Osez.Text;

/// <summary>
/// A pattern as the generator uses it (.NET syntax and options), also handed to the pages' scripts
/// through <c>assets/regles.js</c>, where it is written for JavaScript by <see cref="JsPattern"/>.
/// </summary>
public readonly record struct RulePattern(string Source, RegexOptions Options = RegexOptions.None)
{
    /// <summary>The source of the same pattern for <c>new RegExp(source, 'u')</c>.</summary>
    public string ForJavaScript() => JsPattern.From(Source, Options);
}
