namespace Osez.Rendering.Views;

/// <summary>An author as templates see it.</summary>
public sealed record AuthorView(
    string Name,
    string CitationName,
    string LastName,
    string FirstName,
    string Role,
    string Organisation,
    bool IsCollective);
