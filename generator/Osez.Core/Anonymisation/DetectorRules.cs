using Osez.Text;

namespace Osez.Anonymisation;

/// <summary>
/// What the proposal form's copy of a detector (<c>assets/donnees-personnelles.js</c>, which reads it from
/// <c>assets/regles.js</c>) needs to find what the detector finds: its patterns as the detector uses them,
/// and its word lists and numbers. The form keeps only the code that applies them.
/// </summary>
/// <param name="Kind">The name the form's script knows the detector by ("email", "phone"...).</param>
/// <param name="Pattern">The pattern the detector runs over the prepared text.</param>
public sealed record DetectorRules(string Kind, RulePattern Pattern)
{
    /// <summary>Other patterns the detector applies (the words that name a number, say), by name.</summary>
    public IReadOnlyDictionary<string, RulePattern> Patterns { get; init; } = new Dictionary<string, RulePattern>();

    /// <summary>Word lists, tables and numbers, by name: each becomes a JSON value.</summary>
    public IReadOnlyDictionary<string, object> Values { get; init; } = new Dictionary<string, object>();
}
