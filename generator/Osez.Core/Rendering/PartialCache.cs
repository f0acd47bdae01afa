using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Scriban;
using Scriban.Syntax;

namespace Osez.Rendering;

/// <summary>
/// Renders a partial that a layout includes in a loop (the write-up card) once per distinct set of values
/// it reads, and reuses the HTML: 10,000 write-ups make some 130,000 cards on list and term pages, of which
/// only 20,000 differ. Whether a partial may be reused is decided from its syntax tree, never assumed: it
/// must only read variables it sets itself first, build-wide values (texts, site, functions) and variables
/// whose values then make the key (<c>w</c>, <c>card_level</c>, <c>page.root</c> for the card). Anything
/// else (a capture, a computed include, an assignment to a member, a variable it sets that another template
/// reads) and the partial is rendered every time, as before.
/// </summary>
internal sealed class PartialCache
{
    /// <summary>Beyond this many entries, further cards are rendered each time rather than kept.</summary>
    private const int MaxEntries = 200_000;

    private readonly IReadOnlyDictionary<string, ScriptExpression[]> _dependencies;
    private readonly ConcurrentDictionary<PartialKey, string> _rendered = new();
    // ConcurrentDictionary.Count takes every lock of the dictionary: the renderers kept waiting on each other.
    private int _count;

    private PartialCache(IReadOnlyDictionary<string, ScriptExpression[]> dependencies) => _dependencies = dependencies;

    /// <summary>The partials that may be reused, by path, with what their output depends on.</summary>
    public IReadOnlyDictionary<string, ScriptExpression[]> Dependencies => _dependencies;

    /// <param name="templates">Every template, by path ("layouts/x.html", "partials/y.html").</param>
    /// <param name="constants">Names whose value is the same on every page (texts, site, built-in functions).</param>
    public static PartialCache Analyse(IReadOnlyDictionary<string, Template> templates, IEnumerable<string> constants)
    {
        var assignedAnywhere = new HashSet<string>(StringComparer.Ordinal);
        foreach (var template in templates.Values)
            foreach (var node in Descendants(template.Page))
                if (node is ScriptAssignExpression { Target: ScriptVariable target })
                    assignedAnywhere.Add(target.Name);
        var fixedNames = constants.Where(name => !assignedAnywhere.Contains(name)).ToHashSet(StringComparer.Ordinal);

        var dependencies = new Dictionary<string, ScriptExpression[]>(StringComparer.Ordinal);
        foreach (var path in IncludedInLoops(templates))
            if (new Analysis(templates, fixedNames).Run(path) is { } found)
                dependencies[path] = found;
        return new PartialCache(dependencies);
    }

    public bool TryGet(PartialKey key, out string html) => _rendered.TryGetValue(key, out html!);

    public void Add(PartialKey key, string html)
    {
        if (Volatile.Read(ref _count) < MaxEntries && _rendered.TryAdd(key, html))
            Interlocked.Increment(ref _count);
    }

    /// <summary>Partials that a layout includes, by a literal name, inside a loop.</summary>
    private static IEnumerable<string> IncludedInLoops(IReadOnlyDictionary<string, Template> templates)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (name, template) in templates)
        {
            if (!name.StartsWith("layouts/", StringComparison.Ordinal))
                continue;
            foreach (var node in Descendants(template.Page))
                if (IncludedName(node) is { } included && Ancestors(node).Any(a => a is ScriptLoopStatementBase))
                    found.Add("partials/" + included);
        }
        return found.Where(templates.ContainsKey);
    }

    /// <summary>The literal name of <c>include "name"</c>, or null.</summary>
    internal static string? IncludedName(ScriptNode node)
        => node is ScriptFunctionCall { Target: ScriptVariable { Name: "include" } } call && call.Arguments.Count == 1
            && call.Arguments[0] is ScriptLiteral { Value: string name } ? name : null;

    internal static IEnumerable<ScriptNode> Descendants(ScriptNode? root)
    {
        if (root is null)
            yield break;
        var stack = new Stack<ScriptNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            for (var i = node.ChildrenCount - 1; i >= 0; i--)
                if (node.GetChildren(i) is { } child)
                    stack.Push(child);
        }
    }

    private static IEnumerable<ScriptNode> Ancestors(ScriptNode node)
    {
        for (var parent = node.Parent; parent is not null; parent = parent.Parent)
            yield return parent;
    }

    /// <summary>Works out what one partial reads, and whether it may be reused at all.</summary>
    private sealed class Analysis(IReadOnlyDictionary<string, Template> templates, HashSet<string> constants)
    {
        private readonly List<(ScriptVariable Variable, int Position)> _reads = [];
        private readonly Dictionary<string, int> _setFirst = new(StringComparer.Ordinal);
        private readonly HashSet<string> _closure = new(StringComparer.Ordinal);
        private bool _refused;

        public ScriptExpression[]? Run(string path)
        {
            Walk(path, includedAt: null);
            if (_refused)
                return null;
            // A variable the partial sets must not be read by any other template: a reused card would not set it.
            foreach (var (name, template) in templates)
                if (!_closure.Contains(name) && Descendants(template.Page).Any(n => n is ScriptVariable v && !IsMemberName(v) && _setFirst.ContainsKey(v.Name)))
                    return null;

            var dependencies = new Dictionary<string, ScriptExpression>(StringComparer.Ordinal);
            foreach (var (variable, position) in _reads)
            {
                var name = variable.Name;
                if (variable is not ScriptVariableGlobal || IsLoopVariable(variable) || constants.Contains(name))
                    continue;
                if (_setFirst.TryGetValue(name, out var set))
                {
                    if (position > set)
                        continue;
                    return null;
                }
                // page.root rather than page: the page object differs on every page, its root does not.
                if (variable.Parent is ScriptMemberExpression member && ReferenceEquals(member.Target, variable) && member.Member is { } field
                    && _reads.All(r => r.Variable.Name != name || r.Variable.Parent is ScriptMemberExpression { Member.Name: var other } && other == field.Name))
                    dependencies.TryAdd(name + "." + field.Name, member);
                else
                    dependencies[name] = variable;
            }
            return dependencies.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => d.Value).ToArray();
        }

        private void Walk(string path, int? includedAt)
        {
            if (!_closure.Add(path) || !templates.TryGetValue(path, out var template) || template.Page?.Body is not { } body)
            {
                _refused |= !templates.ContainsKey(path);
                return;
            }
            foreach (var node in Descendants(template.Page))
            {
                switch (node)
                {
                    case ScriptCaptureStatement or ScriptImportStatement or ScriptWithStatement or ScriptFunction or ScriptReadOnlyStatement or ScriptWrapStatement:
                        _refused = true;
                        break;
                    case ScriptAssignExpression assign:
                        // Only "name = value" as a statement of the partial itself, not nested, not in an included one.
                        if (includedAt is not null || assign.Target is not ScriptVariableGlobal target
                            || assign.Parent is not ScriptExpressionStatement statement || !IsStatementOf(statement, body))
                            _refused = true;
                        else
                            _setFirst.TryAdd(target.Name, assign.Span.End.Offset);
                        break;
                    case ScriptFunctionCall call when call.Target is ScriptVariable { Name: "include" }:
                        if (IncludedName(call) is { } included)
                            Walk("partials/" + included, includedAt ?? call.Span.Start.Offset);
                        else
                            _refused = true;
                        break;
                    case ScriptVariable variable when variable.Name == "include":
                        if (variable.Parent is not ScriptFunctionCall)
                            _refused = true;
                        break;
                    case ScriptVariable variable when !IsAssignTarget(variable) && !IsMemberName(variable):
                        _reads.Add((variable, includedAt ?? variable.Span.Start.Offset));
                        break;
                }
            }
        }

        /// <summary>Whether a statement is one of the block's own (the list of statements sits between them).</summary>
        private static bool IsStatementOf(ScriptStatement statement, ScriptBlockStatement block)
            => ReferenceEquals(statement.Parent, block) || ReferenceEquals(statement.Parent?.Parent, block);

        private static bool IsMemberName(ScriptVariable variable)
            => variable.Parent is ScriptMemberExpression member && ReferenceEquals(member.Member, variable);

        private static bool IsAssignTarget(ScriptVariable variable)
            => variable.Parent is ScriptAssignExpression assign && ReferenceEquals(assign.Target, variable)
               || variable.Parent is ScriptForStatement loop && ReferenceEquals(loop.Variable, variable);

        private static bool IsLoopVariable(ScriptVariable variable)
            => variable.Name is "for" or "while" or "tablerow"
               || Ancestors(variable).Any(a => a is ScriptForStatement { Variable: ScriptVariable v } && v.Name == variable.Name);
    }
}

/// <summary>A partial and the values it read: equal strings and numbers, or the very same objects.</summary>
internal sealed class PartialKey(string path, object?[] values) : IEquatable<PartialKey>
{
    private readonly int _hash = Hash(path, values);

    public bool Equals(PartialKey? other)
    {
        if (other is null || _hash != other._hash || path != other.Path || values.Length != other.Values.Length)
            return false;
        for (var i = 0; i < values.Length; i++)
            if (!Same(values[i], other.Values[i]))
                return false;
        return true;
    }

    public string Path => path;

    public object?[] Values => values;

    public override bool Equals(object? obj) => Equals(obj as PartialKey);

    public override int GetHashCode() => _hash;

    private static bool Same(object? a, object? b) => a switch
    {
        null => b is null,
        string s => b is string t && string.Equals(s, t, StringComparison.Ordinal),
        ValueType => a.Equals(b),
        _ => ReferenceEquals(a, b),
    };

    private static int Hash(string path, object?[] values)
    {
        var hash = new HashCode();
        hash.Add(path, StringComparer.Ordinal);
        foreach (var value in values)
            hash.Add(value switch
            {
                null => 0,
                string s => StringComparer.Ordinal.GetHashCode(s),
                ValueType => value.GetHashCode(),
                _ => RuntimeHelpers.GetHashCode(value),
            });
        return hash.ToHashCode();
    }
}
