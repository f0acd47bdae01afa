using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Osez.Rendering;

/// <summary>
/// <c>include</c>, with the partials that <see cref="PartialCache"/> found reusable rendered once per key.
/// Everything else goes to Scriban's own include.
/// </summary>
internal sealed class CachingInclude(PartialCache cache) : IScriptCustomFunction
{
    private readonly IncludeFunction _include = new();
    // A partial whose key could not be worked out once (an undefined variable): rendered every time from then on.
    private readonly ConcurrentDictionary<string, byte> _refused = new(StringComparer.Ordinal);

    public int RequiredParameterCount => _include.RequiredParameterCount;

    public int ParameterCount => _include.ParameterCount;

    public ScriptVarParamKind VarParamKind => _include.VarParamKind;

    public Type ReturnType => _include.ReturnType;

    public ScriptParameterInfo GetParameterInfo(int index) => _include.GetParameterInfo(index);

    public int GetParameterIndexByName(string name) => _include.GetParameterIndexByName(name);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count != 1 || arguments[0] is not string name || context.TemplateLoader is not { } loader)
            return Rendered(_include.Invoke(context, callerContext, arguments, blockStatement));
        var path = loader.GetPath(context, callerContext?.Span ?? context.CurrentSpan, name);
        if (path is null || !cache.Dependencies.TryGetValue(path, out var dependencies) || _refused.ContainsKey(path))
            return RenderInPlace(context, callerContext, path, arguments) ? null : Rendered(_include.Invoke(context, callerContext, arguments, blockStatement));

        var values = new object?[dependencies.Length];
        try
        {
            for (var i = 0; i < dependencies.Length; i++)
                values[i] = context.Evaluate(dependencies[i]);
        }
        catch (ScriptRuntimeException)
        {
            _refused.TryAdd(path, 0);
            return Rendered(_include.Invoke(context, callerContext, arguments, blockStatement));
        }
        var key = new PartialKey(path, values);
        if (cache.TryGet(key, out var html))
            return Markup.TrustedHtml(html);
        var rendered = _include.Invoke(context, callerContext, arguments, blockStatement);
        if (rendered is string text)
            cache.Add(key, text);
        return Rendered(rendered);
    }

    /// <summary>A partial's output is the template's own markup, its values escaped as they were written: not to be escaped again.</summary>
    private static object? Rendered(object? output) => output is string html ? Markup.TrustedHtml(html) : output;

    /// <summary>
    /// Renders <c>{{ include "name" }}</c> straight into the page being written, instead of into a string of its own
    /// that the statement then writes: only for a statement that is nothing but the include, writing into a page
    /// buffer, without named arguments (other cases need what Scriban's include does). The page gets the same
    /// characters as through Scriban's include: the partial is rendered without indentation, as
    /// <c>TemplateContext.RenderTemplate</c> does, then its lines are indented as <c>TemplateContext.Write</c> indents
    /// the string an indented include statement returns.
    /// </summary>
    private static bool RenderInPlace(TemplateContext context, ScriptNode? caller, string? path, ScriptArray arguments)
    {
        if (path is null || caller is not ScriptFunctionCall call || call.Parent is not ScriptExpressionStatement statement
            || !ReferenceEquals(statement.Expression, call) || call is IScriptNamedArgumentContainer { NamedArguments.Count: > 0 }
            || context.Output is not CharBuffer page || !context.EnableOutput
            || !context.CachedTemplates.TryGetValue(path, out var template))
            return false;
        var indent = context.CurrentIndent;
        ref var afterNewLine = ref PreviousTextWasNewLine(context);
        var wasAfterNewLine = afterNewLine;
        var start = page.Length;
        context.EnterRecursive(call);
        context.CurrentIndent = null;
        context.PushLocal();
        try
        {
            context.SetValue(ScriptVariable.Arguments, arguments, asReadOnly: true, force: true);
            if (indent is not null)
                context.ResetPreviousNewLine();
            template.Render(context);
        }
        finally
        {
            context.PopLocal();
            context.CurrentIndent = indent;
            afterNewLine = wasAfterNewLine;
            context.ExitRecursive(call);
        }
        if (indent is null)
        {
            if (page.Length > start)
                afterNewLine = page.Span[^1] == '\n';
        }
        else
            page.IndentFrom(start, indent, context.IndentOnEmptyLines, ref afterNewLine);
        return true;
    }

    /// <summary>Whether the last text written ended a line: what Scriban's indentation of an include's output starts from.</summary>
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_previousTextWasNewLine")]
    private static extern ref bool PreviousTextWasNewLine(TemplateContext context);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        => ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
