namespace Osez.Diagnostics;

/// <summary>One problem found in the content, the templates or the configuration.</summary>
/// <param name="Code">Stable code such as <c>KB0101</c>; tests and documentation refer to it.</param>
/// <param name="Message">What is wrong, in French, for a contributor.</param>
/// <param name="Hint">How to fix it, in French; may be empty.</param>
/// <param name="Excerpt">The offending source line, quoted as is, when known (see <see cref="ExcerptColumn"/>).</param>
public sealed record Diagnostic(
    string Code,
    Severity Severity,
    SourceLocation Location,
    string Message,
    string Hint = "",
    string Excerpt = "")
{
    /// <summary>
    /// The source column of the excerpt's first character: 1 for a whole line; more when the excerpt is the part of a
    /// very long line around what is flagged.
    /// </summary>
    public int ExcerptColumn { get; init; } = 1;
}
