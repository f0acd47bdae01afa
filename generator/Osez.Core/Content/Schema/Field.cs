namespace Osez.Content.Schema;

/// <summary>
/// One front-matter field, described once: its key, what it holds, its rules and limits, and how to explain it to
/// a person (label, help, example). The reader, the checks, the scaffold of <c>new</c>, the proposal form, its
/// script's checks and the README's table all take it from here.
/// </summary>
/// <param name="Key">The key as written in a file (« titre »).</param>
/// <param name="Label">What a person calls it (« Titre »).</param>
public sealed record Field(string Key, string Label)
{
    public FieldKind Kind { get; init; } = FieldKind.Text;

    public bool Required { get; init; }

    /// <summary>Fewest characters of a text, smallest integer, fewest items of a list.</summary>
    public int Min { get; init; }

    /// <summary>Most characters of a text, largest integer, most items of a list.</summary>
    public int Max { get; init; } = int.MaxValue;

    /// <summary>What the value is and why, in one or two French sentences: a comment in a new file, a hint on the form.</summary>
    public string Help { get; init; } = string.Empty;

    /// <summary>The field as written in a file, for the messages (« titre: "Un titre qui dit ce que le groupe a fait" »).</summary>
    public required string Example { get; init; }

    /// <summary>What the value is when the field is absent, as shown to a person; empty when there is none.</summary>
    public string Default { get; init; } = string.Empty;

    /// <summary>The values a <see cref="FieldKind.Choice"/> takes.</summary>
    public IReadOnlyList<string> Values { get; init; } = [];

    /// <summary>The fields of a <see cref="FieldKind.Map"/> or of each item of <see cref="FieldKind.Records"/>.</summary>
    public IReadOnlyList<Field> Children { get; init; } = [];

    /// <summary>For a list of records: what each item is, in a message (« une liste de fiches avec « fiche » et « pourquoi » »).</summary>
    public string ItemDescription { get; init; } = string.Empty;

    /// <summary>
    /// A field that needs no code of its own (a <see cref="FieldKind.Text"/> or a list of <see cref="FieldKind.Names"/>):
    /// the reader keeps its value in <see cref="WriteUp.Values"/>, the write-up's page lists it among its landmarks
    /// under <see cref="Label"/>, the proposal form and <c>new</c> ask it with <see cref="Help"/> and write what was
    /// given. For a list of names, <see cref="Min"/> and <see cref="Max"/> limit each name.
    /// </summary>
    public bool Generic { get; init; }

    /// <summary>Fewest characters of one value: of the text, or of each name of a list (a name is never empty).</summary>
    public int ValueMin => Kind == FieldKind.Names ? Math.Max(1, Min) : Min;

    /// <summary>Whether the field is a text with limits that a person can be told (« de 10 à 120 caractères »).</summary>
    public bool HasLength => Kind == FieldKind.Text && (Min > 0 || Max != int.MaxValue);

    /// <summary>The child named <paramref name="key"/>; a schema that lacks it is a programming error.</summary>
    public Field this[string key] => Children.FirstOrDefault(c => c.Key == key)
        ?? throw new KeyNotFoundException($"« {Key} » has no field « {key} ».");

    /// <summary>The keys of the children, in order: what the unknown-key message proposes.</summary>
    public IReadOnlyList<string> ChildKeys => Children.Select(c => c.Key).ToList();
}
