namespace Osez.Rendering.Views;

/// <summary>A write-up as lists and pages show it. Built once per build and shared.</summary>
public sealed record WriteUpView
{
    public required string Slug { get; init; }
    public required string Url { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required string PublishedOn { get; init; }
    public required string PublishedLabel { get; init; }
    public required string UpdatedOn { get; init; }
    public required string UpdatedLabel { get; init; }
    public required int Year { get; init; }
    public required IReadOnlyList<AuthorView> Authors { get; init; }
    public required string AuthorsLabel { get; init; }
    public required string PeriodLabel { get; init; }
    public required string PeriodStart { get; init; }
    public required string PeriodEnd { get; init; }
    public required bool Ongoing { get; init; }
    public required string GroupSizeLabel { get; init; }
    public required bool Illustrative { get; init; }
    public required bool Draft { get; init; }
    public required string Licence { get; init; }
    public required string LicenceLabel { get; init; }
    public required string LicenceUrl { get; init; }
    public required ContactView? Contact { get; init; }

    /// <summary>The generic fields the write-up gives (<see cref="Content.Schema.Field.Generic"/>), in the schema's order.</summary>
    public IReadOnlyList<FactView> Facts { get; init; } = [];

    /// <summary>Terms by vocabulary, in vocabulary order (only vocabularies the write-up uses).</summary>
    public required IReadOnlyList<FacetView> Facets { get; init; }

    /// <summary>Term ids by vocabulary key, for templates that need one value ("territoire.departement").</summary>
    public required IReadOnlyDictionary<string, FacetView> FacetsByKey { get; init; }

    public required string SourcePath { get; init; }
    public required string EditUrl { get; init; }

    /// <summary>How to cite it: reference, COinS, export files.</summary>
    public CitationView? Citation { get; init; }

    /// <summary>The forge's new-issue page about this write-up ("Signaler un problème"), or empty without a repository.</summary>
    public string IssueUrl { get; init; } = string.Empty;
}
