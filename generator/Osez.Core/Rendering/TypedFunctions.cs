using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
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

/// <summary>A function of one value, turned into <see cref="Markup"/> by the escaping rule of one context.</summary>
internal abstract class MarkupFunction(string name) : TypedFunction
{
    public override int RequiredParameterCount => 1;

    public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count != 1)
            throw new ScriptRuntimeException(SpanOf(context, callerContext), $"{name} attend 1 argument, pas {arguments.Count}.");
        return Make(context, arguments[0]);
    }

    protected abstract Markup Make(TemplateContext context, object? value);

    protected static string? TextOf(TemplateContext context, object? value)
        => value as string ?? (value is null ? null : context.ObjectToString(value));

    public override ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "value");
}

/// <summary>
/// <c>html.escape</c>: <see cref="Markup.Text"/>. Pages escape every value by themselves; this stays for themes that
/// still write it, and never escapes twice.
/// </summary>
internal sealed class EscapeFunction() : MarkupFunction("html.escape")
{
    protected override Markup Make(TemplateContext context, object? value)
        => value is Markup markup ? markup : Markup.Text(TextOf(context, value));
}

/// <summary><c>css_string</c>: a value inside a double-quoted CSS string of a &lt;style&gt; element (<see cref="Markup.CssString"/>).</summary>
internal sealed class CssStringFunction() : MarkupFunction("css_string")
{
    protected override Markup Make(TemplateContext context, object? value) => Markup.CssString(TextOf(context, value));
}

/// <summary><c>json</c>: a value as JSON for a &lt;script type="application/json"&gt; element (<see cref="Markup.ScriptJson"/>).</summary>
internal sealed class JsonFunction() : MarkupFunction("json")
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    protected override Markup Make(TemplateContext context, object? value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
            Write(writer, context, value);
        return Markup.ScriptJson(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    private static void Write(Utf8JsonWriter writer, TemplateContext context, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int or long or short or byte:
                writer.WriteNumberValue(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case double or float or decimal:
                writer.WriteNumberValue(Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case IDictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    Write(writer, context, item);
                }
                writer.WriteEndObject();
                break;
            case System.Collections.IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                    Write(writer, context, item);
                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(TextOf(context, value));
                break;
        }
    }
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
