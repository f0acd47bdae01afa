namespace Osez.Rendering.Views;

/// <summary>What the "Proposer une fiche" page shows: the form's fields, generated from the vocabularies, and where to send the file.</summary>
/// <param name="CharterUrl">The charter page (from the site root), or empty when the site has none.</param>
/// <param name="NewFileUrl">The forge's "new file" page for the write-ups folder, or empty without a repository.</param>
/// <param name="ContributingUrl">CONTRIBUTING.md on the forge, or empty without a repository.</param>
/// <param name="IssueUrl">The forge's "Proposer une expérience" issue form, or empty without a repository.</param>
/// <param name="AuthorMax">The longest value of each author field (<c>nom</c>, <c>prenom</c>, <c>fonction</c>, <c>structure</c>), as the reader allows.</param>
/// <param name="Values">The schema's generic fields, asked after the group's size.</param>
/// <param name="Team">Who receives proposals by mail, or null when site.yml does not say (the page then says who publishes the site).</param>
/// <param name="DataJson">What the page's script needs to write the file, as JSON safe inside a script element.</param>
public sealed record ProposalView(
    IReadOnlyList<ProposalFieldView> Fields,
    IReadOnlyList<ProposalSectionView> Sections,
    string CharterUrl,
    string NewFileUrl,
    string ContributingUrl,
    string IssueUrl,
    string Forge,
    int TitleMin,
    int TitleMax,
    int SummaryMin,
    int SummaryMax,
    IReadOnlyDictionary<string, int> AuthorMax,
    IReadOnlyList<ProposalValueView> Values,
    TeamView? Team,
    Markup DataJson)
{
    /// <summary>The images the form takes: their MIME types (the file input's accept), how many, and how large.</summary>
    public ProposalImagesView Images { get; init; } = new(string.Empty, 0, 0);
}

/// <summary>What the form says and takes of images: <paramref name="Accept"/> for the file input, at most <paramref name="Max"/> of at most <paramref name="Megabytes"/> Mo.</summary>
public sealed record ProposalImagesView(string Accept, int Max, int Megabytes);

/// <summary>The editorial team that receives proposals privately (<c>redaction</c> in site.yml).</summary>
/// <param name="Shown">How the page names it: its name, or its address when it has none.</param>
public sealed record TeamView(string Email, string Name, string NextSteps, string Shown);

/// <summary>A generic field of the schema as a form field: a line of text, or a box with one name per line.</summary>
/// <param name="Several">A list of names (one per line) rather than one text.</param>
/// <param name="Min">Fewest characters of the text, or of each name.</param>
/// <param name="Max">Most characters of the text, or of each name.</param>
public sealed record ProposalValueView(string Key, string HtmlId, string Label, string Help, bool Several, int Min, int Max);

/// <summary>A vocabulary as a form field: check boxes (several terms), radio buttons or a list (one term).</summary>
/// <param name="Control">"checkbox", "radio" or "select".</param>
/// <param name="Hint">How many terms to choose, said plainly.</param>
public sealed record ProposalFieldView(
    string Key,
    string HtmlId,
    string Label,
    string Description,
    bool Required,
    int Min,
    int Max,
    string Control,
    string Hint,
    IReadOnlyList<ProposalTermView> Terms);

public sealed record ProposalTermView(string Id, string HtmlId, string Label, string Description);

/// <summary>A part of the body: its heading and the question it answers.</summary>
public sealed record ProposalSectionView(string Heading, string HtmlId, string Prompt);
