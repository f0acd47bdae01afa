namespace Osez.Browser;

/// <summary>
/// Rules of the generator that the pages' scripts apply too, under the name the scripts read them by
/// (<c>OsezRegles.search</c>): plain values, lists, tables, objects and <see cref="Text.RulePattern"/>s.
/// </summary>
public sealed record BrowserRules(string Name, object Rules);
