namespace Osez.Browser;

/// <summary>
/// Rules of the generator that the pages' scripts apply too, under the name the scripts read them by
/// (<c>OsezRegles.search</c>): plain values, lists, tables, objects and <see cref="Text.RulePattern"/>s.
/// </summary>
/// <param name="OwnScript">
/// For rules only one page needs and that weigh (the personal-data lists): the name of a script of their own in
/// <c>assets/</c>, which adds them to <c>OsezRegles</c> and which only that page loads; null for <c>regles.js</c>.
/// </param>
public sealed record BrowserRules(string Name, object Rules, string? OwnScript = null);
