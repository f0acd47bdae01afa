using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Osez.Rendering;

/// <summary>
/// <c>include</c>: Scriban's own, except for the write-up card while the theme's is the shipped one, which
/// <see cref="WriteUpCard"/> writes. Either way the partial's output is markup, not to be escaped again.
/// </summary>
internal sealed class ThemeInclude(bool shippedCard) : IScriptCustomFunction
{
    private readonly IncludeFunction _include = new();
    private readonly WriteUpCard? _card = shippedCard ? new WriteUpCard() : null;

    public int RequiredParameterCount => _include.RequiredParameterCount;

    public int ParameterCount => _include.ParameterCount;

    public ScriptVarParamKind VarParamKind => _include.VarParamKind;

    public Type ReturnType => _include.ReturnType;

    public ScriptParameterInfo GetParameterInfo(int index) => _include.GetParameterInfo(index);

    public int GetParameterIndexByName(string name) => _include.GetParameterIndexByName(name);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (_card is not null && arguments.Count == 1 && arguments[0] is string name && context.TemplateLoader is { } loader
            && loader.GetPath(context, callerContext?.Span ?? context.CurrentSpan, name) == WriteUpCard.Partial
            && _card.TryRender(context, out var card))
            return Markup.TrustedHtml(card);
        var output = _include.Invoke(context, callerContext, arguments, blockStatement);
        return output is string html ? Markup.TrustedHtml(html) : output;
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        => ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
