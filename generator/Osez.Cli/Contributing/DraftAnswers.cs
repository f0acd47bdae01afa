using Osez.Content;
using Osez.Contributing;

namespace Osez.Cli.Contributing;

/// <summary>What <c>new</c> knows so far about a write-up: from its options, then from its questions. Null means "not asked yet".</summary>
internal sealed class DraftAnswers
{
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public string? LastName { get; set; }
    public string? FirstName { get; set; }
    public string? Role { get; set; }
    public string? Organisation { get; set; }
    public List<DraftAuthor> CoAuthors { get; } = [];
    public string? Collective { get; set; }
    public YearMonth? PeriodStart { get; set; }

    /// <summary>Known once the end is given, or once the action is said to go on (then <see cref="PeriodEnd"/> stays null).</summary>
    public bool PeriodEndKnown { get; set; }

    public YearMonth? PeriodEnd { get; set; }
    public string? GroupSize { get; set; }

    /// <summary>Chosen term ids by vocabulary key; a key is absent until answered.</summary>
    public Dictionary<string, IReadOnlyList<string>> Terms { get; } = new(StringComparer.Ordinal);

    /// <summary>What was given for the schema's generic fields, by key; a key is absent until answered.</summary>
    public Dictionary<string, IReadOnlyList<string>> Values { get; } = new(StringComparer.Ordinal);

    /// <summary>How many questions are answered (an empty optional answer counts: it was given).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int Count => new object?[] { Title, Summary, LastName, FirstName, Role, Organisation, PeriodStart, GroupSize }.Count(v => v is not null)
        + (PeriodEndKnown ? 1 : 0) + Terms.Count + Values.Count;

    /// <summary>Takes the answers kept from an interrupted <c>new</c> for what this one's options did not say.</summary>
    public void FillFrom(DraftAnswers kept)
    {
        Title ??= kept.Title;
        Summary ??= kept.Summary;
        LastName ??= kept.LastName;
        FirstName ??= kept.FirstName;
        Role ??= kept.Role;
        Organisation ??= kept.Organisation;
        PeriodStart ??= kept.PeriodStart;
        if (!PeriodEndKnown && kept.PeriodEndKnown)
            (PeriodEndKnown, PeriodEnd) = (true, kept.PeriodEnd);
        GroupSize ??= kept.GroupSize;
        Collective ??= kept.Collective;
        if (CoAuthors.Count == 0)
            CoAuthors.AddRange(kept.CoAuthors);
        foreach (var (key, ids) in kept.Terms)
            Terms.TryAdd(key, ids);
        foreach (var (key, values) in kept.Values)
            Values.TryAdd(key, values);
    }

    public WriteUpDraft ToDraft(DateOnly today) => new()
    {
        Title = YamlText.OneLine(Title ?? string.Empty),
        Summary = Summary ?? string.Empty,
        CreatedOn = today,
        Author = new DraftAuthor(LastName ?? string.Empty, FirstName ?? string.Empty, Role ?? string.Empty, Organisation ?? string.Empty),
        CoAuthors = CoAuthors,
        Collective = Collective ?? string.Empty,
        PeriodStart = PeriodStart ?? new YearMonth(today.Year, today.Month),
        PeriodEnd = PeriodEnd,
        GroupSize = GroupSize ?? string.Empty,
        Terms = Terms,
        Values = Values,
    };
}
