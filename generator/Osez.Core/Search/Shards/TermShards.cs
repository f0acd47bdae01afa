using System.Text;
using Osez.Search.Lunr;

namespace Osez.Search.Shards;

/// <summary>
/// Cuts an index into shards of contiguous sorted terms and writes each as a compact script.
/// A shard holds, for each of its terms: <c>[term, _index, field0, field1, ...]</c>, where a field is
/// 0 (no posting) or a flat list <c>[docDelta, scoreThousandths, ...]</c> (documents ascending, the
/// first delta from 0). The browser rebuilds from it the postings and field-vector elements of these
/// terms exactly as lunr.js serialises them (assets/recherche/index-partage.js).
/// </summary>
public static class TermShards
{
    /// <summary>
    /// Raw bytes aimed at per shard (about 30 KB once gzip-compressed). A term whose postings are
    /// larger gets a shard of its own: one frequent term cannot be cut.
    /// </summary>
    public const int TargetBytes = 96 * 1024;

    /// <summary>The position in <see cref="LunrIndex.Terms"/> of the first term of each shard.</summary>
    public static int[] Cut(LunrIndex index, int targetBytes = TargetBytes)
    {
        var starts = new List<int>();
        long current = 0;
        for (var t = 0; t < index.Terms.Length; t++)
        {
            var size = EstimateBytes(index, t);
            if (starts.Count == 0 || (current > 0 && current + size > targetBytes))
            {
                starts.Add(t);
                current = 0;
            }
            current += size;
        }
        return [.. starts];
    }

    /// <summary>
    /// Cuts the index and writes every shard (in parallel) through <paramref name="write"/> (key, script).
    /// Returns each shard's first term and raw size in kilobytes, for the manifest.
    /// </summary>
    public static (string[] Starts, int[] Kilobytes) WriteAll(LunrIndex index, Action<string, byte[]> write, int targetBytes = TargetBytes)
    {
        var starts = Cut(index, targetBytes);
        var kilobytes = new int[starts.Length];
        Parallel.For(0, starts.Length, k =>
        {
            var end = k + 1 < starts.Length ? starts[k + 1] : index.Terms.Length;
            var key = SearchUrls.Shard(k);
            var bytes = Write(index, key, starts[k], end);
            kilobytes[k] = (bytes.Length + 1023) / 1024;
            write(key, bytes);
        });
        return (starts.Select(s => index.Terms[s]).ToArray(), kilobytes);
    }

    /// <summary>The script of the shard of terms [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public static byte[] Write(LunrIndex index, string key, int from, int to)
    {
        var json = new StringBuilder((int)Math.Min(64L << 20, Enumerable.Range(from, to - from).Sum(t => EstimateBytes(index, t)) + 64));
        DataScript.Begin(json, key).Append('[');
        for (var t = from; t < to; t++)
        {
            if (t > from)
                json.Append(',');
            json.Append('[');
            JsText.AppendJsonString(json, index.Terms[t]);
            json.Append(',').Append(index.TermIndexes[t]);
            foreach (var postings in index.Postings)
            {
                json.Append(',');
                var start = postings.Offsets[t];
                var end = postings.Offsets[t + 1];
                if (start == end)
                {
                    json.Append('0');
                    continue;
                }
                json.Append('[');
                var previous = 0;
                for (var p = start; p < end; p++)
                {
                    if (p > start)
                        json.Append(',');
                    json.Append(postings.Documents[p] - previous).Append(',').Append(postings.Scores[p]);
                    previous = postings.Documents[p];
                }
                json.Append(']');
            }
            json.Append(']');
        }
        json.Append(']');
        return DataScript.End(json);
    }

    /// <summary>About the bytes a term takes in a shard (a document delta of 2 digits, a score of 4).</summary>
    private static long EstimateBytes(LunrIndex index, int term)
    {
        long postings = 0;
        foreach (var field in index.Postings)
            postings += field.Count(term);
        return index.Terms[term].Length + 12 + 2L * index.Postings.Length + postings * 9;
    }

    /// <summary>Every term, sorted, as a script (for fuzzy and leading-wildcard terms).</summary>
    public static byte[] TermList(LunrIndex index)
    {
        var json = new StringBuilder(index.Terms.Sum(t => t.Length + 3) + 64);
        DataScript.Begin(json, SearchUrls.TermList).Append('[');
        for (var t = 0; t < index.Terms.Length; t++)
        {
            if (t > 0)
                json.Append(',');
            JsText.AppendJsonString(json, index.Terms[t]);
        }
        return DataScript.End(json.Append(']'));
    }
}
