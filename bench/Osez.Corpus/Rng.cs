namespace Osez.Corpus;

/// <summary>
/// A small deterministic random generator (xoshiro256**, seeded through SplitMix64).
/// Written out here rather than <see cref="Random"/>, whose seeded sequence is not promised
/// to stay the same across .NET versions: a corpus must be byte-identical everywhere.
/// </summary>
internal sealed class Rng
{
    private ulong _s0, _s1, _s2, _s3;

    private Rng(ulong seed)
    {
        _s0 = SplitMix(ref seed);
        _s1 = SplitMix(ref seed);
        _s2 = SplitMix(ref seed);
        _s3 = SplitMix(ref seed);
    }

    /// <summary>The generator for one purpose of one document: it depends on nothing else.</summary>
    public static Rng For(string seed, long document, string purpose)
        => new(Hash($"{seed}\u001f{document}\u001f{purpose}"));

    /// <summary>FNV-1a over UTF-16 code units, then mixed: stable, unlike <see cref="string.GetHashCode()"/>.</summary>
    public static ulong Hash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        return SplitMix(ref hash);
    }

    private static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A number in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>An integer in [0, count).</summary>
    public int Below(int count) => (int)((NextUInt64() >> 33) * (ulong)count >> 31);

    /// <summary>An integer in [min, max], both included.</summary>
    public int Between(int min, int max) => min + Below(max - min + 1);

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Below(items.Count)];

    /// <summary>
    /// Picks an index below <paramref name="count"/>, the first ones more often (weight 1/(rank+1+flatten),
    /// Zipf-like): facets are skewed in real collections. Integer weights only, so the draw is the same on every CPU.
    /// </summary>
    public int Skewed(int count, int flatten = 0)
    {
        long total = 0;
        for (var i = 0; i < count; i++)
            total += Weight(i, flatten);
        var x = (long)(NextUInt64() % (ulong)total);
        for (var i = 0; i < count; i++)
        {
            x -= Weight(i, flatten);
            if (x < 0)
                return i;
        }
        return count - 1;
    }

    private static long Weight(int rank, int flatten) => 1_000_000_000L / (rank + 1 + flatten);

    /// <summary>
    /// A rank in [1, size] drawn log-uniformly (rank k about as likely as 1/k), with integers only:
    /// a power-of-two band first, then a rank inside it.
    /// </summary>
    public int LogUniform(int size)
    {
        var bands = 64 - ulong.LeadingZeroCount((ulong)size);
        var band = Below((int)bands);
        var low = 1 << band;
        var high = Math.Min(size, (low << 1) - 1);
        return Between(low, high);
    }

    /// <summary><paramref name="take"/> distinct indexes below <paramref name="count"/>, skewed, in the order drawn.</summary>
    public List<int> SkewedDistinct(int count, int take, int flatten = 0)
    {
        var chosen = new List<int>(take);
        var guard = 0;
        while (chosen.Count < Math.Min(take, count) && guard++ < 1000)
        {
            var i = Skewed(count, flatten);
            if (!chosen.Contains(i))
                chosen.Add(i);
        }
        return chosen;
    }
}
