namespace Osez.Search.Lunr;

/// <summary>
/// <c>lunr.Pipeline</c>: functions applied in order to every token, each one to the output of the previous.
/// Pipelines are pure, so a term's result is remembered for the rest of the build. Not thread-safe.
/// </summary>
public sealed class LunrPipeline(IReadOnlyList<IPipelineFunction> functions)
{
    private readonly Dictionary<string, string[]> _cache = new(StringComparer.Ordinal);

    public IReadOnlyList<IPipelineFunction> Functions { get; } = functions;

    /// <summary>The labels written into a serialised index (for the search pipeline).</summary>
    public IReadOnlyList<string> Labels => Functions.Select(f => f.Label).ToList();

    /// <summary>Runs one token through the pipeline (<c>pipeline.runString</c>).</summary>
    public IReadOnlyList<string> RunString(string token)
    {
        if (_cache.TryGetValue(token, out var cached))
            return cached;
        List<string> tokens = [token];
        var next = new List<string>();
        foreach (var function in Functions)
        {
            next.Clear();
            foreach (var item in tokens)
                function.Run(item, next);
            (tokens, next) = (next, tokens);
        }
        var result = tokens.ToArray();
        _cache[token] = result;
        return result;
    }

    /// <summary>Runs every token, keeping order (<c>pipeline.run</c>).</summary>
    public List<string> Run(IEnumerable<string> tokens)
    {
        var terms = new List<string>();
        foreach (var token in tokens)
            terms.AddRange(RunString(token));
        return terms;
    }
}
