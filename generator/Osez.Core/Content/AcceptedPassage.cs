using Osez.Diagnostics;

namespace Osez.Content;

/// <summary>
/// A passage the author declares, in the front matter, to be a false alarm of the anonymisation
/// guard (a character of a novel, an institution's address). It is shown in every check and
/// reviewed in the pull request: nothing is ever hidden silently.
/// </summary>
/// <param name="Text">The exact passage, as written in the text.</param>
/// <param name="Reason">Why it is not personal data.</param>
/// <param name="Location">Where the entry is written, for messages.</param>
public sealed record AcceptedPassage(string Text, string Reason, SourceLocation Location)
{
    /// <summary>The front-matter key that lists accepted passages.</summary>
    public const string Key = "anonymisation_acceptee";

    public const string Example = "anonymisation_acceptee:\n  - texte: \"le passage exact\"\n    raison: \"pourquoi ce n'est pas une donnée personnelle\"";

    public const int MinReasonLength = 10;
}
