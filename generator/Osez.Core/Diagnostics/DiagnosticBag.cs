using System.Collections.Concurrent;

namespace Osez.Diagnostics;

/// <summary>Collects diagnostics from every stage; safe to use from parallel rendering.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();
    private int _errors;

    public bool HasErrors => Volatile.Read(ref _errors) > 0;

    public int ErrorCount => Volatile.Read(ref _errors);

    public int Count => _items.Count;

    public void Add(Diagnostic diagnostic)
    {
        _items.Enqueue(diagnostic);
        if (diagnostic.Severity == Severity.Error)
            Interlocked.Increment(ref _errors);
    }

    public void Report(DiagnosticCode code, SourceLocation location, string message, string hint = "", string excerpt = "")
        => Add(new Diagnostic(code.Id, code.Severity, location, message, hint, excerpt));

    /// <summary>The diagnostics added after the first <paramref name="count"/> ones, in the order they came.</summary>
    public IReadOnlyList<Diagnostic> Since(int count) => _items.Skip(count).ToList();

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
            Add(diagnostic);
    }

    /// <summary>The diagnostics in a stable order: by file, line, column, then code.</summary>
    public IReadOnlyList<Diagnostic> Sorted() => _items
        .OrderBy(d => d.Location.File, StringComparer.Ordinal)
        .ThenBy(d => d.Location.Line)
        .ThenBy(d => d.Location.Column)
        .ThenBy(d => d.Code, StringComparer.Ordinal)
        .ThenBy(d => d.Message, StringComparer.Ordinal)
        .ToList();
}
