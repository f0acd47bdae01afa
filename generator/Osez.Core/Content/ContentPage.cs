namespace Osez.Content;

/// <summary>A free page from <c>content/pages/</c> (à propos, charte...).</summary>
public sealed record ContentPage
{
    public required string Slug { get; init; }
    public required SourceDocument Source { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required int Order { get; init; }
    public required string Body { get; init; }
    public required int BodyFirstLine { get; init; }

    /// <summary>The front matter as written (without its "---" lines), for the anonymisation guard.</summary>
    public string FrontMatterText { get; init; } = string.Empty;

    /// <summary>File line of the first front-matter line.</summary>
    public int FrontMatterFirstLine { get; init; } = 2;

    /// <summary>Passages declared as false alarms of the anonymisation guard.</summary>
    public IReadOnlyList<AcceptedPassage> AcceptedPassages { get; init; } = [];
}
