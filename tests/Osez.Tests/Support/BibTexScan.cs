namespace Osez.Tests.Support;

/// <summary>
/// How BibTeX finds where a field ends: it counts braces, a backslash before one or not. Gives the
/// entries (type:key) seen at brace depth 0, and whether the depth ever went below 0 or did not end at 0.
/// </summary>
public static class BibTexScan
{
    public static (IReadOnlyList<string> Keys, bool Unbalanced) Scan(string bib)
    {
        var keys = new List<string>();
        var depth = 0;
        var unbalanced = false;
        for (var i = 0; i < bib.Length; i++)
        {
            var c = bib[i];
            if (c == '{')
                depth++;
            else if (c == '}' && --depth < 0)
                unbalanced = true;
            else if (c == '@' && depth == 0)
            {
                var open = bib.IndexOfAny(['{', '('], i);
                var comma = open < 0 ? -1 : bib.IndexOf(',', open);
                keys.Add(comma < 0 ? bib[(i + 1)..] : bib[(i + 1)..open].Trim() + ":" + bib[(open + 1)..comma].Trim());
            }
        }
        return (keys, unbalanced || depth != 0);
    }
}
