namespace Osez.Citing;

/// <summary>
/// How the write-ups' references and texts are cut into chunks for the selection page and the search
/// exports: a write-up's chunk follows from its slug alone (a hash, the same in
/// <c>assets/citations.js</c>, with the parameters of <c>assets/regles.js</c>) and the number of chunks, so a page that shows a few write-ups loads
/// a few chunks and never a list of every write-up.
/// </summary>
/// <remarks>
/// The number of chunks is a power of two, so a write-up keeps its chunk while the site grows, until the
/// number doubles, when each chunk splits in two: adding or editing a write-up changes one chunk only, and
/// browsers keep the others (their files are named after their content).
/// </remarks>
public static class ReferenceChunks
{
    /// <summary>At most this many write-ups per chunk on average (between half of it and it): few files at any size, small downloads.</summary>
    public const int WriteUpsPerChunk = 64;

    public static int CountFor(int writeUps)
    {
        var count = 1;
        while ((long)count * WriteUpsPerChunk < writeUps)
            count <<= 1;
        return count;
    }

    /// <summary>The offset basis and the prime of FNV-1a (32 bits); assets/citations.js reads them from assets/regles.js.</summary>
    public const uint FnvOffset = 2166136261u, FnvPrime = 16777619u;

    /// <summary>The parameters above, for the pages' scripts.</summary>
    public static object Rules => new { fnvOffset = FnvOffset, fnvPrime = FnvPrime };

    /// <summary>FNV-1a (32 bits) of the slug's UTF-16 code units, modulo the number of chunks.</summary>
    public static int Of(string slug, int count)
    {
        var hash = FnvOffset;
        foreach (var c in slug)
        {
            hash ^= c;
            hash *= FnvPrime;
        }
        return (int)(hash % (uint)count);
    }
}
