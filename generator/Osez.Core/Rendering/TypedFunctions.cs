using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Osez.Rendering;

/// <summary>
/// The template functions written in C#, called directly: a function imported as a delegate goes through
/// <see cref="Delegate.DynamicInvoke"/> at every call, which cost a tenth of the render stage.
/// </summary>
internal abstract class TypedFunction : IScriptCustomFunction
{
    public abstract int RequiredParameterCount { get; }

    public int ParameterCount => RequiredParameterCount;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(string);

    public abstract object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        => ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    public abstract ScriptParameterInfo GetParameterInfo(int index);

    public int GetParameterIndexByName(string name) => -1;

    protected static Scriban.Parsing.SourceSpan SpanOf(TemplateContext context, ScriptNode? caller) => caller?.Span ?? context.CurrentSpan;
}

/// <summary><c>html.escape</c>: <see cref="HtmlText.Escape"/>.</summary>
internal sealed class EscapeFunction : TypedFunction
{
    public override int RequiredParameterCount => 1;

    public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count != 1)
            throw new ScriptRuntimeException(SpanOf(context, callerContext), $"html.escape attend 1 argument, pas {arguments.Count}.");
        var value = arguments[0];
        return HtmlText.Escape(value as string ?? (value is null ? null : context.ObjectToString(value)));
    }

    public override ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "text");
}

/// <summary><c>plural "count.writeups" n</c>: <see cref="UiStrings.Count"/>.</summary>
internal sealed class PluralFunction(UiStrings strings) : TypedFunction
{
    public override int RequiredParameterCount => 2;

    public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = SpanOf(context, callerContext);
        if (arguments.Count != 2)
            throw new ScriptRuntimeException(span, $"plural attend 2 arguments, pas {arguments.Count}.");
        var key = arguments[0] as string ?? context.ObjectToString(arguments[0]) ?? string.Empty;
        var n = arguments[1] is int number ? number : (int)context.ToObject(span, arguments[1], typeof(int))!;
        return strings.Count(key, n);
    }

    public override ScriptParameterInfo GetParameterInfo(int index) => index == 0 ? new(typeof(string), "key") : new(typeof(int), "n");
}
