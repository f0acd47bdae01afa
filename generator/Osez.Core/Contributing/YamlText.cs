using System.Text;
using System.Text.RegularExpressions;
using Osez.Text;

namespace Osez.Contributing;

/// <summary>
/// How the scaffold writes values in YAML: always readable, never reinterpreted. The proposal form
/// (assets/proposer.js) writes them the same way with the rules it reads from assets/regles.js (<see cref="Rules"/>).
/// </summary>
public static partial class YamlText
{
    /// <summary>What a double-quoted scalar writes for the characters that would end or escape it.</summary>
    private static readonly Dictionary<char, string> Escapes = new() { ['\\'] = "\\\\", ['"'] = "\\\"" };

    /// <summary>The patterns and escapes above, for the proposal form.</summary>
    public static object Rules => new
    {
        whitespace = new RulePattern(WhitespaceSource, Options),
        control = new RulePattern(ControlSource, Options),
        plainId = new RulePattern(PlainIdSource, Options),
        escapes = Escapes.ToDictionary(e => e.Key.ToString(), e => e.Value),
    };

    /// <summary>One line of text as a double-quoted scalar (runs of white space become one space, control characters a space).</summary>
    public static string Quoted(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in Control().Replace(OneLine(text), " "))
        {
            if (Escapes.TryGetValue(c, out var escaped))
                builder.Append(escaped);
            else
                builder.Append(c);
        }
        return builder.Append('"').ToString();
    }

    /// <summary>A term id as written in the sample files: bare when it is a plain lowercase id, quoted otherwise ("59", "2A").</summary>
    public static string Id(string id) => PlainId().IsMatch(id) ? id : Quoted(id);

    /// <summary>Trims, and turns every run of white space (new lines included) into one space.</summary>
    public static string OneLine(string text) => Whitespace().Replace(text.Trim(), " ");

    private const string PlainIdSource = "^[a-z][a-z0-9-]*$";

    private const string WhitespaceSource = @"\s+";

    /// <summary>Control characters (what <see cref="char.IsControl(char)"/> says), which become a space.</summary>
    private const string ControlSource = @"\p{Cc}";

    private const RegexOptions Options = RegexOptions.CultureInvariant;

    [GeneratedRegex(PlainIdSource, Options)]
    private static partial Regex PlainId();

    [GeneratedRegex(WhitespaceSource, Options)]
    private static partial Regex Whitespace();

    [GeneratedRegex(ControlSource, Options)]
    private static partial Regex Control();
}
