namespace Osez.Markdown;

/// <summary>
/// Markdig reads the links and emphasis of a paragraph in a time that grows with the square of its length when
/// « [ », « * » or « _ » do not close: each is looked at again for every later one. 30 000 characters of « [a]( »
/// take a second, a few hundred thousand take hours. The work is bounded by the number of those marks in each
/// paragraph times its length, summed over the body; over the budget, the body is refused before it is parsed.
/// </summary>
internal static class InlineMarkBudget
{
    /// <summary>
    /// About two seconds of Markdig's work in the worst case measured (« [a]( » repeated); a real write-up of 1 MB,
    /// with a link or an emphasis every hundred characters, uses a fiftieth of it.
    /// </summary>
    public const long Budget = 500_000_000;

    /// <returns>The first line (0-based) of the paragraph that goes over the budget; null when the body stays within it.</returns>
    public static int? FirstParagraphOverBudget(string markdown)
    {
        long spent = 0;
        long marks = 0;
        long length = 0;
        var paragraphStart = 0;
        var line = 0;
        var text = markdown.AsSpan();
        while (true)
        {
            var end = text.IndexOf('\n');
            var current = end < 0 ? text : text[..end];
            if (current.IsWhiteSpace())
            {
                // A blank line ends the paragraph: what it cost is now known.
                spent += marks * length;
                if (spent > Budget)
                    return paragraphStart;
                marks = 0;
                length = 0;
                paragraphStart = line + 1;
            }
            else
            {
                marks += current.Count('[') + current.Count('*') + current.Count('_');
                length += current.Length + 1;
            }
            if (end < 0)
                return spent + marks * length > Budget ? paragraphStart : null;
            text = text[(end + 1)..];
            line++;
        }
    }
}
