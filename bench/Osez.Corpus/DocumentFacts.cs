namespace Osez.Corpus;

/// <summary>
/// What one write-up is about, decided before its text so that the text, the title and the
/// front matter agree: where, when, with whom, how many.
/// </summary>
internal sealed record DocumentFacts
{
    /// <summary>The area, as a phrase that follows "dans": "le quartier Brelandières".</summary>
    public required string Area { get; init; }

    /// <summary>The place that hosts the group: "le centre social Kervaudec".</summary>
    public required string Venue { get; init; }

    /// <summary>Partner structures, each a definite phrase: "l'association Flourac".</summary>
    public required IReadOnlyList<string> Partners { get; init; }

    public required int StartYear { get; init; }

    public required int StartMonth { get; init; }

    /// <summary>Last month of the action, or null when it continues.</summary>
    public required (int Year, int Month)? End { get; init; }

    public required int GroupMin { get; init; }

    public required int GroupMax { get; init; }

    /// <summary>Labels of the write-up's publics, lower-cased ("familles monoparentales").</summary>
    public required IReadOnlyList<string> Publics { get; init; }

    /// <summary>Labels of its themes, lower-cased ("logement et habitat").</summary>
    public required IReadOnlyList<string> Themes { get; init; }

    /// <summary>Earlier write-ups it may link to in its text: slug and title.</summary>
    public required IReadOnlyList<(string Slug, string Title)> Earlier { get; init; }

    /// <summary>The year the write-up was published: nothing it tells happens later.</summary>
    public required int PublishedYear { get; init; }

    public int EndYear => End?.Year ?? PublishedYear;
}
