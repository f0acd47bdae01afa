using Osez.Yaml;

namespace Osez.Content;

/// <summary>
/// A write-up (fiche d'expérience) as read from its Markdown file. Values that could not be
/// read are left empty and a diagnostic says why; a build with errors never gets to writing.
/// </summary>
public sealed record WriteUp
{
    public required string Slug { get; init; }
    public required SourceDocument Source { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required DateOnly PublishedOn { get; init; }
    public DateOnly? UpdatedOn { get; init; }
    public required IReadOnlyList<Author> Authors { get; init; }
    public Period? Period { get; init; }
    public GroupSize? GroupSize { get; init; }
    public bool IsDraft { get; init; }
    public bool IsIllustrative { get; init; }
    public required string Licence { get; init; }
    public Contact? Contact { get; init; }
    public required IReadOnlyList<RelatedWriteUp> Related { get; init; }
    public AnonymisationReview? Review { get; init; }

    /// <summary>Addresses the write-up had before (« anciens_slugs »): each gets a page that redirects here.</summary>
    public IReadOnlyList<FormerSlug> FormerSlugs { get; init; } = [];

    /// <summary>Terms by vocabulary key ("thematiques", "territoire.departement").</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<TermRef>> Terms { get; init; }

    /// <summary>The values of the schema's generic fields (<see cref="Schema.WriteUpSchema.GenericFields"/>) the write-up gives, by key.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Values { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Front-matter entries that no field or vocabulary claims (reported as warnings, kept for templates).</summary>
    public required IReadOnlyDictionary<string, YNode> Extra { get; init; }

    public required string Body { get; init; }
    public required int BodyFirstLine { get; init; }
    public required FieldLocations Locations { get; init; }

    /// <summary>The front matter as written (without its "---" lines), for the anonymisation guard.</summary>
    public string FrontMatterText { get; init; } = string.Empty;

    /// <summary>File line of the first front-matter line.</summary>
    public int FrontMatterFirstLine { get; init; } = 2;

    /// <summary>Passages the author declares as false alarms of the anonymisation guard.</summary>
    public IReadOnlyList<AcceptedPassage> AcceptedPassages { get; init; } = [];

    public IReadOnlyList<TermRef> TermsOf(string vocabularyKey)
        => Terms.TryGetValue(vocabularyKey, out var terms) ? terms : [];
}
