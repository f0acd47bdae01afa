namespace Osez.Anonymisation;

/// <summary>
/// A piece of text a detector takes for personal data.
/// </summary>
/// <param name="Start">Offset of the match in the scanned text.</param>
/// <param name="Length">Length of the match (the scanned text and the source have the same length).</param>
/// <param name="ShownStart">Offset of the part of the match to show partly masked (for example the name after "Mme").</param>
/// <param name="KeepStart">Letters or digits left readable at the start of that part.</param>
/// <param name="KeepEnd">Letters or digits left readable at its end.</param>
public sealed record Detection(int Start, int Length, int ShownStart, int KeepStart = 1, int KeepEnd = 0)
{
    public int End => Start + Length;

    public bool Overlaps(Detection other) => Start < other.End && other.Start < End;
}
