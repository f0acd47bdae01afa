namespace Osez.Rendering.Views;

/// <summary>A vocabulary as templates see it.</summary>
public sealed record VocabularyView(
    string Key,
    string Slug,
    string Label,
    string SingularLabel,
    string Description,
    string Url,
    bool IsFacet,
    IReadOnlyList<TermView> Terms)
{
    /// <summary>Terms used by at least one published write-up, most used first.</summary>
    public IReadOnlyList<TermView> UsedTerms { get; } = Terms.Where(t => t.Count > 0)
        .OrderByDescending(t => t.Count).ThenBy(t => t.Label, StringComparer.Ordinal).ToList();
}
