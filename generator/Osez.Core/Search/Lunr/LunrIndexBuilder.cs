using System.Collections.Concurrent;

namespace Osez.Search.Lunr;

/// <summary>
/// <c>lunr.Builder</c> of lunr.js 2.3.9: the same terms, term numbering, BM25 scores (k1 = 1.2,
/// b = 0.75), rounding and order, so that <see cref="LunrIndexJson"/> writes the bytes lunr.js writes.
/// No metadata is whitelisted (no positions), like lunr's default.
/// <para>
/// Documents are analysed in parallel (one pipeline per thread, from the factory); terms are then
/// numbered in the order lunr.js meets them (document, field, token), which fixes every score.
/// </para>
/// </summary>
public sealed class LunrIndexBuilder
{
    private const double K1 = 1.2, B = 0.75;

    private readonly IReadOnlyList<LunrField> _fields;
    private readonly Func<LunrPipeline> _pipelines;
    private readonly IReadOnlyList<string> _searchPipeline;
    private readonly int _maxParallelism;
    private readonly List<(string Ref, IReadOnlyList<string?> Values, double Boost)> _documents = [];
    private readonly HashSet<string> _refs = new(StringComparer.Ordinal);

    /// <summary>A builder that runs one pipeline instance, on one thread.</summary>
    public LunrIndexBuilder(IReadOnlyList<LunrField> fields, LunrPipeline pipeline, IReadOnlyList<string> searchPipelineLabels)
        : this(fields, () => pipeline, searchPipelineLabels, maxParallelism: 1)
    {
    }

    /// <param name="pipelines">Makes a pipeline for each analysing thread (pipelines need not be thread-safe).</param>
    /// <param name="maxParallelism">Threads analysing documents; -1 for one per core.</param>
    public LunrIndexBuilder(IReadOnlyList<LunrField> fields, Func<LunrPipeline> pipelines, IReadOnlyList<string> searchPipelineLabels, int maxParallelism = -1)
    {
        if (fields.Select(f => f.Name).Distinct(StringComparer.Ordinal).Count() != fields.Count)
            throw new ArgumentException("Field names must be unique.", nameof(fields));
        _fields = fields;
        _pipelines = pipelines;
        _searchPipeline = searchPipelineLabels;
        _maxParallelism = maxParallelism;
    }

    /// <summary>Adds a document (<c>builder.add(doc, {boost})</c>).</summary>
    /// <param name="values">The text of each field, in field order; null for a missing field.</param>
    public void Add(string reference, IReadOnlyList<string?> values, double boost = 1)
    {
        if (values.Count != _fields.Count)
            throw new ArgumentException($"Expected {_fields.Count} field values, got {values.Count}.", nameof(values));
        if (!_refs.Add(reference))
            throw new ArgumentException($"Duplicate document reference: {reference}", nameof(reference));
        _documents.Add((reference, values, boost));
    }

    public LunrIndex Build()
    {
        var fieldCount = _fields.Count;
        var documentCount = _documents.Count;

        // 1. Analyse every document (in parallel): per field, its distinct terms in first-seen order,
        //    with their frequencies. Terms are interned as ids (in no particular order yet).
        var interner = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var tokens = new ConcurrentDictionary<string, int[]>(StringComparer.Ordinal);
        var nextId = 0;
        var analysed = new AnalysedDocument[documentCount];
        var options = new ParallelOptions { MaxDegreeOfParallelism = _maxParallelism };
        var partitions = Partitioner.Create(0, Math.Max(1, documentCount), Math.Max(16, documentCount / (Environment.ProcessorCount * 8) + 1));
        Parallel.ForEach(partitions, options,
            () => new DocumentAnalyser(_pipelines(), fieldCount, tokens, term => interner.GetOrAdd(term, _ => Interlocked.Increment(ref nextId) - 1)),
            (range, _, analyser) =>
            {
                for (var d = range.Item1; d < Math.Min(range.Item2, documentCount); d++)
                    analysed[d] = analyser.Analyse(_documents[d].Values);
                return analyser;
            },
            _ => { });

        var idCount = nextId;
        var termOfId = new string[idCount];
        foreach (var (term, id) in interner)
            termOfId[id] = term;

        // 2. lunr's term numbering: first appearance by document, field, then token; and how many
        //    (field, document) pairs hold each term (lunr.idf counts those).
        var lunrIndex = new int[idCount];
        Array.Fill(lunrIndex, -1);
        var pairCount = new int[idCount];
        var fieldPostingCount = new int[fieldCount * idCount];
        var next = 0;
        var lengthSums = new double[fieldCount];
        foreach (var document in analysed)
        {
            for (var f = 0; f < fieldCount; f++)
            {
                lengthSums[f] += document.Lengths[f];
                for (var i = document.FieldStarts[f]; i < document.FieldStarts[f + 1]; i++)
                {
                    var id = document.Ids[i];
                    if (lunrIndex[id] < 0)
                        lunrIndex[id] = next++;
                    pairCount[id]++;
                    fieldPostingCount[f * idCount + id]++;
                }
            }
        }
        var averages = lengthSums.Select(sum => sum / documentCount).ToArray();

        // Terms that only came from the interner race (an id given twice for one term) are not used.
        var used = Enumerable.Range(0, idCount).Where(id => lunrIndex[id] >= 0).ToArray();
        Array.Sort(used, (a, b) => string.CompareOrdinal(termOfId[a], termOfId[b]));
        var sortedPosition = new int[idCount];
        var terms = new string[used.Length];
        var termIndexes = new int[used.Length];
        var idfs = new double[idCount];
        for (var p = 0; p < used.Length; p++)
        {
            var id = used[p];
            sortedPosition[id] = p;
            terms[p] = termOfId[id];
            termIndexes[p] = lunrIndex[id];
            idfs[id] = Idf(pairCount[id], documentCount);
        }

        // 3. Postings per field, in sorted term order, documents ascending, with lunr's rounded scores.
        var postings = new LunrFieldPostings[fieldCount];
        var cursors = new int[fieldCount][];
        for (var f = 0; f < fieldCount; f++)
        {
            var offsets = new int[used.Length + 1];
            for (var p = 0; p < used.Length; p++)
                offsets[p + 1] = offsets[p] + fieldPostingCount[f * idCount + used[p]];
            postings[f] = new LunrFieldPostings(offsets, new int[offsets[^1]], new int[offsets[^1]]);
            cursors[f] = (int[])offsets.Clone();
        }
        for (var d = 0; d < documentCount; d++)
        {
            var document = analysed[d];
            var boost = _documents[d].Boost;
            for (var f = 0; f < fieldCount; f++)
            {
                var field = _fields[f];
                var target = postings[f];
                var cursor = cursors[f];
                var lengthRatio = document.Lengths[f] / averages[f];
                for (var i = document.FieldStarts[f]; i < document.FieldStarts[f + 1]; i++)
                {
                    var id = document.Ids[i];
                    var tf = document.Frequencies[i];
                    // The same operations, in the same order, as lunr.Builder.createFieldVectors.
                    var score = idfs[id] * ((K1 + 1) * tf) / (K1 * (1 - B + B * lengthRatio) + tf);
                    score *= field.Boost;
                    score *= boost;
                    var at = cursor[sortedPosition[id]]++;
                    target.Documents[at] = d;
                    target.Scores[at] = checked((int)JsText.Round(score * 1000));
                }
            }
        }

        return new LunrIndex(_fields.Select(f => f.Name).ToList(), _documents.Select(d => d.Ref).ToList(),
            terms, termIndexes, postings, _searchPipeline);
    }

    /// <summary><c>lunr.idf</c>: n counts (field, document) postings, so a term in a title and a body counts twice.</summary>
    private static double Idf(int postings, int documentCount)
    {
        var x = (documentCount - postings + 0.5) / (postings + 0.5);
        return Math.Log(1 + Math.Abs(x));
    }

    /// <summary>One document's fields: distinct term ids in first-seen order, their frequencies, the field lengths.</summary>
    private sealed record AnalysedDocument(int[] Ids, int[] Frequencies, int[] FieldStarts, int[] Lengths);

    /// <summary>
    /// Tokenises and runs the pipeline for one thread. What a token becomes (its terms, as ids) is
    /// shared between threads, so that each distinct word is stemmed about once.
    /// </summary>
    private sealed class DocumentAnalyser(LunrPipeline pipeline, int fieldCount, ConcurrentDictionary<string, int[]> tokens, Func<string, int> intern)
    {
        private readonly List<int> _ids = [];
        private readonly List<int> _frequencies = [];
        // Where a term id sits in _ids for the current field: valid when _stamps[id] == _stamp.
        private int[] _positions = new int[1024];
        private int[] _stamps = new int[1024];
        private int _stamp;

        public AnalysedDocument Analyse(IReadOnlyList<string?> values)
        {
            _ids.Clear();
            _frequencies.Clear();
            var starts = new int[fieldCount + 1];
            var lengths = new int[fieldCount];
            var lookup = tokens.GetAlternateLookup<ReadOnlySpan<char>>();
            for (var f = 0; f < fieldCount; f++)
            {
                starts[f] = _ids.Count;
                _stamp++;
                var text = values[f];
                if (string.IsNullOrEmpty(text))
                    continue;
                var lower = LowerCase(text);
                for (var start = 0; start <= lower.Length;)
                {
                    // Tokens run from separator to separator (found a vector at a time); empty ones are skipped.
                    var separator = lower[start..].IndexOfAny(LunrTokenizer.Separators);
                    var end = separator < 0 ? lower.Length : start + separator;
                    if (end > start)
                    {
                        var token = lower.Slice(start, end - start);
                        if (!lookup.TryGetValue(token, out var ids))
                        {
                            var word = token.ToString();
                            ids = tokens.GetOrAdd(word, pipeline.RunString(word).Select(intern).ToArray());
                        }
                        foreach (var id in ids)
                            Count(id);
                        lengths[f] += ids.Length;
                    }
                    start = end + 1;
                }
            }
            starts[fieldCount] = _ids.Count;
            return new AnalysedDocument(_ids.ToArray(), _frequencies.ToArray(), starts, lengths);
        }

        /// <summary>
        /// <see cref="JsText.ToLowerCase"/>, into this thread's buffer rather than a new string of the whole text,
        /// unless the text holds one of the two letters that function treats apart from the runtime's lower case.
        /// </summary>
        private ReadOnlySpan<char> LowerCase(string text)
        {
            if (text.AsSpan().IndexOfAny('\u03A3', '\u0130') >= 0)
                return JsText.ToLowerCase(text);
            if (_lower.Length < text.Length)
                _lower = new char[Math.Max(text.Length, _lower.Length * 2)];
            var written = text.AsSpan().ToLowerInvariant(_lower);
            return _lower.AsSpan(0, written);
        }

        private char[] _lower = new char[1 << 14];

        private void Count(int id)
        {
            if (id >= _stamps.Length)
            {
                var size = Math.Max(id + 1, _stamps.Length * 2);
                Array.Resize(ref _stamps, size);
                Array.Resize(ref _positions, size);
            }
            if (_stamps[id] == _stamp)
            {
                _frequencies[_positions[id]]++;
                return;
            }
            _stamps[id] = _stamp;
            _positions[id] = _ids.Count;
            _ids.Add(id);
            _frequencies.Add(1);
        }
    }
}
