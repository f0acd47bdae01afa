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
}
