using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Osez.Browser;

/// <summary>
/// A pattern as the generator uses it (.NET syntax and options), also handed to the pages' scripts
/// through <c>assets/regles.js</c>, where it is written for JavaScript by <see cref="JsPattern"/>.
/// </summary>
[JsonConverter(typeof(RulePatternJson))]
public readonly record struct RulePattern(string Source, RegexOptions Options = RegexOptions.None)
{
    /// <summary>The source of the same pattern for <c>new RegExp(source, 'u')</c>.</summary>
    public string ForJavaScript() => JsPattern.From(Source, Options);
}

/// <summary>A <see cref="RulePattern"/> in JSON: its JavaScript source, a string.</summary>
public sealed class RulePatternJson : JsonConverter<RulePattern>
{
    public override RulePattern Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => throw new NotSupportedException("Patterns are written for the pages' scripts, never read back.");

    public override void Write(Utf8JsonWriter writer, RulePattern value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.ForJavaScript());
}
