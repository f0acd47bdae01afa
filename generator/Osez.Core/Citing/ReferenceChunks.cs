namespace Osez.Citing;

/// <summary>
/// How the write-ups' references and texts are cut into chunks for the selection page and the search
/// exports: a write-up's chunk follows from its slug alone (a hash, the same in
/// <c>assets/citations.js</c>) and the number of chunks, so a page that shows a few write-ups loads
/// a few chunks and never a list of every write-up.
/// </summary>
public static class ReferenceChunks
{
    /// <summary>Write-ups per chunk, on average: few files at any size, small downloads for a short selection.</summary>
    public const int WriteUpsPerChunk = 50;

    public static int CountFor(int writeUps) => Math.Max(1, (writeUps + WriteUpsPerChunk - 1) / WriteUpsPerChunk);

    /// <summary>FNV-1a (32 bits) of the slug's UTF-16 code units, modulo the number of chunks.</summary>
    public static int Of(string slug, int count)
    {
        var hash = 2166136261u;
        foreach (var c in slug)
        {
            hash ^= c;
            hash *= 16777619u;
        }
        return (int)(hash % (uint)count);
    }
}
