using Osez.Content;

namespace Osez.Contributing;

/// <summary>
/// What a contributor said about a new write-up, before it becomes a file: the answers to
/// <c>new</c>'s questions, or the fields of the "Proposer une fiche" form.
/// </summary>
public sealed record WriteUpDraft
{
    public required string Title { get; init; }

    /// <summary>Empty for "to be written": the file then gets a placeholder that says so.</summary>
    public string Summary { get; init; } = string.Empty;

    /// <summary>The day the file is created: its <c>date_publication</c> until a maintainer publishes it.</summary>
    public required DateOnly CreatedOn { get; init; }

    /// <summary>The person who writes the file: always the first author.</summary>
    public required DraftAuthor Author { get; init; }

    /// <summary>The colleagues who sign with them, in order, after the first author.</summary>
    public IReadOnlyList<DraftAuthor> CoAuthors { get; init; } = [];

    /// <summary>A collective that signs too (<c>- collectif: ...</c>, after the persons), or empty.</summary>
    public string Collective { get; init; } = string.Empty;

    public required YearMonth PeriodStart { get; init; }

    /// <summary>Null while the action goes on (<c>en_cours: true</c>).</summary>
    public YearMonth? PeriodEnd { get; init; }

    /// <summary>A range such as "8-15", or empty when not given.</summary>
    public string GroupSize { get; init; } = string.Empty;

    /// <summary>Chosen term ids by vocabulary key ("thematiques", "territoire.departement").</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Terms { get; init; }

    /// <summary>What was given for the schema's generic fields (<c>WriteUpSchema.GenericFields</c>), by key; a field left out is not written.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Values { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Text already written for a body section, by heading; a missing section gets its prompt.</summary>
    public IReadOnlyDictionary<string, string> Sections { get; init; } = new Dictionary<string, string>();
}

/// <summary>The professional who writes the write-up (never a person supported).</summary>
public sealed record DraftAuthor(string LastName, string FirstName, string Role, string Organisation);
