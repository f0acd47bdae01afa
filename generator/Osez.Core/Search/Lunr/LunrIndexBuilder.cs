namespace Osez.Search.Lunr;

/// <summary>
/// <c>lunr.Builder</c> of lunr.js 2.3.9: the same terms, term numbering, BM25 scores (k1 = 1.2,
/// b = 0.75), rounding and order, so that <see cref="LunrIndexJson"/> writes the bytes lunr.js writes.
/// No metadata is whitelisted (no positions), like lunr's default.
/// </summary>
public sealed class LunrIndexBuilder
{
    private const double K1 = 1.2, B = 0.75;

    private readonly IReadOnlyList<LunrField> _fields;
    private readonly LunrPipeline _pipeline;
    private readonly IReadOnlyList<string> _searchPipeline;
    private readonly Dictionary<string, Term> _terms = new(StringComparer.Ordinal);
    private readonly List<FieldEntry> _entries = [];
    private readonly HashSet<string> _refs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _documentBoosts = new(StringComparer.Ordinal);
    private int _documentCount;

    public LunrIndexBuilder(IReadOnlyList<LunrField> fields, LunrPipeline pipeline, IReadOnlyList<string> searchPipelineLabels)
    {
        if (fields.Select(f => f.Name).Distinct(StringComparer.Ordinal).Count() != fields.Count)
            throw new ArgumentException("Field names must be unique.", nameof(fields));
        _fields = fields;
        _pipeline = pipeline;
        _searchPipeline = searchPipelineLabels;
    }

    /// <summary>Adds a document (<c>builder.add(doc, {boost})</c>).</summary>
    /// <param name="values">The text of each field, in field order; null for a missing field.</param>
    public void Add(string reference, IReadOnlyList<string?> values, double boost = 1)
    {
        if (values.Count != _fields.Count)
            throw new ArgumentException($"Expected {_fields.Count} field values, got {values.Count}.", nameof(values));
        if (!_refs.Add(reference))
            throw new ArgumentException($"Duplicate document reference: {reference}", nameof(reference));
        _documentBoosts[reference] = boost;
        _documentCount++;
        for (var f = 0; f < _fields.Count; f++)
        {
            var terms = _pipeline.Run(LunrTokenizer.Tokenize(values[f]));
            // Term frequencies in first-seen order (the order does not reach the output: vectors are sorted).
            var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var term in terms)
            {
                frequencies[term] = frequencies.GetValueOrDefault(term) + 1;
                if (!_terms.TryGetValue(term, out var entry))
                {
                    entry = new Term(_terms.Count, _fields.Count);
                    _terms[term] = entry;
                }
                var refs = entry.RefsByField[f];
                if (refs.Count == 0 || refs[^1] != reference)
                    refs.Add(reference);
            }
            _entries.Add(new FieldEntry(f, reference, terms.Count, frequencies));
        }
    }

    public LunrIndex Build()
    {
        // Average length per field over every (document, field) pair, empty ones included.
        var sums = new double[_fields.Count];
        var counts = new int[_fields.Count];
        foreach (var entry in _entries)
        {
            sums[entry.Field] += entry.Length;
            counts[entry.Field]++;
        }
        var averages = sums.Select((sum, i) => sum / counts[i]).ToArray();

        var idfs = new Dictionary<string, double>(StringComparer.Ordinal);
        var vectors = new List<LunrFieldVector>(_entries.Count);
        foreach (var entry in _entries)
        {
            var field = _fields[entry.Field];
            var elements = new List<(int, double)>(entry.Frequencies.Count);
            foreach (var (term, tf) in entry.Frequencies)
            {
                var posting = _terms[term];
                if (!idfs.TryGetValue(term, out var idf))
                    idfs[term] = idf = Idf(posting);
                var score = idf * ((K1 + 1) * tf) / (K1 * (1 - B + B * (entry.Length / averages[entry.Field])) + tf);
                score *= field.Boost;
                score *= _documentBoosts[entry.Reference];
                elements.Add((posting.Index, JsText.Round(score * 1000) / 1000));
            }
            elements.Sort((a, b) => a.Item1.CompareTo(b.Item1));
            vectors.Add(new LunrFieldVector(field.Name + "/" + entry.Reference, elements));
        }

        var postings = _terms.OrderBy(t => t.Key, StringComparer.Ordinal)
            .Select(t => new LunrPosting(t.Key, t.Value.Index, t.Value.RefsByField))
            .ToList();
        return new LunrIndex(_fields.Select(f => f.Name).ToList(), vectors, postings, _searchPipeline);
    }

    /// <summary><c>lunr.idf</c>: n counts (field, document) postings, so a term in a title and a body counts twice.</summary>
    private double Idf(Term term)
    {
        var n = term.RefsByField.Sum(r => r.Count);
        var x = (_documentCount - n + 0.5) / (n + 0.5);
        return Math.Log(1 + Math.Abs(x));
    }

    private sealed class Term(int index, int fieldCount)
    {
        public int Index { get; } = index;

        public List<string>[] RefsByField { get; } = Enumerable.Range(0, fieldCount).Select(_ => new List<string>()).ToArray();
    }

    private sealed record FieldEntry(int Field, string Reference, int Length, Dictionary<string, int> Frequencies);
}
