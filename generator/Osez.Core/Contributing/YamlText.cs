using System.Text;
using System.Text.RegularExpressions;

namespace Osez.Contributing;

/// <summary>How the scaffold writes values in YAML: always readable, never reinterpreted.</summary>
public static partial class YamlText
{
    /// <summary>One line of text as a double-quoted scalar (runs of white space become one space).</summary>
    public static string Quoted(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in OneLine(text))
        {
            switch (c)
            {
                case '\\': builder.Append("\\\\"); break;
                case '"': builder.Append("\\\""); break;
                default:
                    if (char.IsControl(c))
                        builder.Append(' ');
                    else
                        builder.Append(c);
                    break;
            }
        }
        return builder.Append('"').ToString();
    }

    /// <summary>A term id as written in the sample files: bare when it is a plain lowercase id, quoted otherwise ("59", "2A").</summary>
    public static string Id(string id) => PlainId().IsMatch(id) ? id : Quoted(id);

    /// <summary>Trims, and turns every run of white space (new lines included) into one space.</summary>
    public static string OneLine(string text) => Whitespace().Replace(text.Trim(), " ");

    [GeneratedRegex("^[a-z][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainId();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
