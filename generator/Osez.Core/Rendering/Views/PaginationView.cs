namespace Osez.Rendering.Views;

/// <summary>Where a page of a long list stands.</summary>
public sealed record PaginationView(int Current, int Total, string PreviousUrl, string NextUrl, IReadOnlyList<PageNumberView> Pages);

/// <summary>One page number of a pagination.</summary>
public sealed record PageNumberView(int Number, string Url, bool IsCurrent);
