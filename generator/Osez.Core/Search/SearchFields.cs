using System.Text;
using Osez.Rendering;
using Osez.Search.Lunr;
using Osez.Site;

namespace Osez.Search;

/// <summary>
/// The one list of what is searched and how much each part weighs: a word in the title counts more
/// than in the summary, then in the vocabulary labels (thèmes, publics, département...), then in the
/// text. Boosts are baked into the index's scores.
/// </summary>
public static class SearchFields
{
    public static readonly LunrField Title = new("titre", 10);
    public static readonly LunrField Summary = new("resume", 5);
    public static readonly LunrField Labels = new("termes", 3);
    public static readonly LunrField Body = new("texte", 1);

    public static IReadOnlyList<LunrField> All { get; } = [Title, Summary, Labels, Body];

    /// <summary>The text of each field for one write-up, in <see cref="All"/> order, normalised to NFC.</summary>
    public static IReadOnlyList<string?> ValuesOf(RenderedWriteUp rendered, SiteModel site)
    {
        var writeUp = rendered.WriteUp;
        var labels = new StringBuilder();
        foreach (var vocabulary in site.Vocabularies.All)
            foreach (var reference in writeUp.TermsOf(vocabulary.Key))
                if (vocabulary.Find(reference.Id) is { } term)
                    labels.Append(term.Label).Append('\n');
        return [Nfc(writeUp.Title), Nfc(writeUp.Summary), Nfc(labels.ToString().TrimEnd('\n')), Nfc(rendered.Text)];
    }

    private static string Nfc(string text) => text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
}
