namespace Osez.Corpus;

/// <summary>Counts words as a reader would: runs of text holding at least one letter or digit.</summary>
internal static class WordCount
{
    public static int Of(string text)
    {
        var count = 0;
        var inWord = false;
        var hasLetter = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (inWord && hasLetter)
                    count++;
                inWord = hasLetter = false;
                continue;
            }
            inWord = true;
            hasLetter |= char.IsLetterOrDigit(c);
        }
        return inWord && hasLetter ? count + 1 : count;
    }
}
