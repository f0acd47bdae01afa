namespace Osez.Diagnostics;

/// <summary>
/// The part of a quoted line that a report shows: the whole line when it is short, otherwise a window centred on the
/// column the diagnostic points at, so that what is flagged is always in view, however long the line ("…" marks what
/// is left out on either side).
/// </summary>
public static class ExcerptWindow
{
    /// <summary>How many characters of a line a report shows at most.</summary>
    public const int Width = 160;

    /// <summary>The text to show and the 1-based column of the caret in it (0 when there is no caret to draw).</summary>
    /// <param name="excerpt">The quoted line, or the part of it that starts at <paramref name="excerptColumn"/>.</param>
    /// <param name="column">The diagnostic's column in the source line (0 when it has none).</param>
    /// <param name="excerptColumn">The source column of the excerpt's first character.</param>
    public static (string Text, int Column) Of(string excerpt, int column, int excerptColumn = 1, int width = Width)
    {
        var lead = excerptColumn > 1 ? "…" : string.Empty;
        var at = column > 0 ? column - excerptColumn + 1 : 0;
        if (at < 1 || at > excerpt.Length + 1)
            at = 0;
        if (excerpt.Length <= width)
            return (lead + excerpt, at > 0 ? at + lead.Length : 0);
        if (at == 0)
            return (lead + Cut(excerpt, 0, width) + "…", 0);
        var start = Math.Clamp(at - 1 - width / 2, 0, excerpt.Length - width);
        // Never cut a character written with two UTF-16 units in half.
        if (start > 0 && char.IsLowSurrogate(excerpt[start]))
            start++;
        var end = Math.Min(excerpt.Length, start + width);
        if (start > 0)
            lead = "…";
        var text = lead + Cut(excerpt, start, end) + (end < excerpt.Length ? "…" : string.Empty);
        return (text, at - start + lead.Length);
    }

    private static string Cut(string line, int start, int end)
    {
        if (end < line.Length && end > start && char.IsHighSurrogate(line[end - 1]))
            end--;
        return line[start..end];
    }
}
