using System.Text;
using System.Text.RegularExpressions;

namespace Osez.Text;

/// <summary>
/// Writes a .NET regular expression for JavaScript (a <c>RegExp</c> with the <c>u</c> flag), so that a rule is
/// written once, in C#, and the pages' scripts match what the generator matches. Only what the rules use is
/// known; anything else is refused rather than guessed.
/// </summary>
/// <remarks>
/// What differs between the engines is spelled out in what both read the same way:
/// <list type="bullet">
/// <item><c>\w</c>, <c>\d</c>, <c>\s</c> are Unicode in .NET, ASCII in JavaScript: their .NET classes are written out.</item>
/// <item><c>\b</c> becomes lookarounds on .NET's word characters (which, for <c>\b</c>, include U+200C and U+200D).</item>
/// <item><c>(?i:...)</c> and <c>(?i)</c> (unknown to most browsers) become classes of each letter's case forms.</item>
/// <item><c>$</c>, <c>^</c> and <c>.</c> (with <see cref="RegexOptions.Multiline"/> or not) become what .NET means by them.</item>
/// <item>A group name used twice (allowed in .NET) is numbered from its second use: <c>date</c>, <c>date2</c>...</item>
/// </list>
/// The result is also a valid .NET pattern that matches what the original matches: tests compare both in .NET,
/// and compile the result in node.
/// </remarks>
public static class JsPattern
{
    private const string WordClass = @"\p{L}\p{Mn}\p{Nd}\p{Pc}";
    private const string BoundaryClass = "[" + WordClass + @"\u200C\u200D]";
    private const string SpaceClass = @"\f\n\r\t\v\x85\p{Z}";
    private const string Boundary = "(?:(?<=" + BoundaryClass + ")(?!" + BoundaryClass + ")|(?<!" + BoundaryClass + ")(?=" + BoundaryClass + "))";

    /// <summary>Unicode categories JavaScript knows by the same short names.</summary>
    private static readonly HashSet<string> Categories = new(StringComparer.Ordinal)
    {
        "L", "Lu", "Ll", "Lt", "Lm", "Lo", "M", "Mn", "Mc", "Me", "N", "Nd", "Nl", "No", "P", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po",
        "S", "Sm", "Sc", "Sk", "So", "Z", "Zs", "Zl", "Zp", "C", "Cc", "Cf", "Cs", "Co", "Cn",
    };

    private const RegexOptions Known = RegexOptions.CultureInvariant | RegexOptions.Multiline | RegexOptions.IgnoreCase;

    /// <summary>The JavaScript source of <paramref name="pattern"/>, for <c>new RegExp(source, 'u')</c> (with <c>g</c> to find them all).</summary>
    /// <exception cref="NotSupportedException">The pattern uses something this translation does not know.</exception>
    public static string From(string pattern, RegexOptions options = RegexOptions.None)
    {
        if ((options & ~Known) != 0)
            throw new NotSupportedException($"Options {options & ~Known} have no JavaScript form here.");
        return new Translation(pattern, options).Run();
    }

    /// <summary>The characters .NET's <c>(?i:c)</c> matches (invariant culture): <paramref name="c"/> and its other cases.</summary>
    public static IReadOnlyList<char> CaseForms(char c) => CaseTable.Forms(c);

    private sealed class Translation(string pattern, RegexOptions options)
    {
        private readonly StringBuilder _out = new(pattern.Length * 2);
        private readonly Dictionary<string, int> _names = new(StringComparer.Ordinal);
        private readonly Stack<bool> _caseless = new();
        private int _at;

        private bool Multiline => (options & RegexOptions.Multiline) != 0;

        public string Run()
        {
            _caseless.Push((options & RegexOptions.IgnoreCase) != 0);
            while (_at < pattern.Length)
                Next();
            if (_caseless.Count != 1)
                throw Refuse("a group is not closed");
            return _out.ToString();
        }

        private bool Caseless => _caseless.Peek();

        private void Next()
        {
            var c = pattern[_at++];
            switch (c)
            {
                case '\\': Escape(inClass: false); break;
                case '[': Class(); break;
                case '(': Open(); break;
                case ')':
                    if (_caseless.Count == 1)
                        throw Refuse("a group is closed twice");
                    _caseless.Pop();
                    _out.Append(')');
                    break;
                case '.': _out.Append(@"[^\n]"); break;
                case '^': _out.Append(Multiline ? @"(?<![^\n])" : "^"); break;
                case '$': _out.Append(Multiline ? @"(?![^\n])" : @"(?=\n?$)"); break;
                case '*' or '+' or '?' or '|': _out.Append(c); break;
                case '{':
                    var quantifier = Quantifier(_at - 1);
                    if (quantifier > 0)
                    {
                        _out.Append(pattern, _at - 1, quantifier);
                        _at += quantifier - 1;
                    }
                    else
                        _out.Append(@"\{");
                    break;
                case '}' or ']': _out.Append('\\').Append(c); break;
                case '#' when (options & RegexOptions.IgnorePatternWhitespace) != 0: throw Refuse("comments");
                default: Literal(c, inClass: false); break;
            }
        }

        /// <summary>The length of a quantifier ({n}, {n,}, {n,m}) starting at <paramref name="start"/>, or 0.</summary>
        private int Quantifier(int start)
        {
            var i = start + 1;
            var digits = 0;
            while (i < pattern.Length && char.IsAsciiDigit(pattern[i]))
            {
                i++;
                digits++;
            }
            if (digits == 0)
                return 0;
            if (i < pattern.Length && pattern[i] == ',')
                for (i++; i < pattern.Length && char.IsAsciiDigit(pattern[i]); i++)
                {
                }
            return i < pattern.Length && pattern[i] == '}' ? i + 1 - start : 0;
        }

        private void Open()
        {
            if (_at >= pattern.Length || pattern[_at] != '?')
            {
                _caseless.Push(Caseless);
                _out.Append('(');
                return;
            }
            var rest = pattern[_at..];
            foreach (var plain in new[] { "?:", "?=", "?!", "?<=", "?<!" })
                if (rest.StartsWith(plain, StringComparison.Ordinal))
                {
                    _caseless.Push(Caseless);
                    _out.Append('(').Append(plain);
                    _at += plain.Length;
                    return;
                }
            if (rest.StartsWith("?<", StringComparison.Ordinal))
            {
                var close = rest.IndexOf('>');
                var name = close < 0 ? string.Empty : rest[2..close];
                if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] == '_') || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
                    throw Refuse("this group name");
                var uses = _names[name] = _names.GetValueOrDefault(name) + 1;
                _caseless.Push(Caseless);
                _out.Append("(?<").Append(name).Append(uses > 1 ? uses.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty).Append('>');
                _at += close + 1;
                return;
            }
            var modifier = rest.StartsWith("?i:", StringComparison.Ordinal) || rest.StartsWith("?i)", StringComparison.Ordinal) ? 3
                : rest.StartsWith("?-i:", StringComparison.Ordinal) || rest.StartsWith("?-i)", StringComparison.Ordinal) ? 4 : 0;
            if (modifier == 0)
                throw Refuse("this kind of group");
            _at += modifier;
            var caseless = rest[1] != '-';
            if (rest[modifier - 1] == ':')
            {
                _caseless.Push(caseless);
                _out.Append("(?:");
            }
            else
            {
                // (?i) holds to the end of the enclosing group.
                _caseless.Pop();
                _caseless.Push(caseless);
            }
        }

        private void Class()
        {
            _out.Append('[');
            if (_at < pattern.Length && pattern[_at] == '^')
            {
                _out.Append('^');
                _at++;
            }
            var first = true;
            while (true)
            {
                if (_at >= pattern.Length)
                    throw Refuse("a class is not closed");
                var c = pattern[_at++];
                if (c == ']' && !first)
                    break;
                first = false;
                if (c == '\\')
                {
                    Escape(inClass: true);
                    continue;
                }
                if (c == '-' && _at < pattern.Length && pattern[_at] == '[')
                    throw Refuse("class subtraction");
                var isRange = c != '-' && _at + 1 < pattern.Length && pattern[_at] == '-' && pattern[_at + 1] != ']';
                if (isRange)
                {
                    var to = pattern[_at + 1];
                    if (to == '\\' || to == '[')
                        throw Refuse("a range with an escape");
                    if (Caseless && Enumerable.Range(c, to - c + 1).Any(x => CaseTable.Forms((char)x).Count > 1))
                        throw Refuse("a range of letters without case");
                    Literal(c, inClass: true);
                    _out.Append('-');
                    Literal(to, inClass: true);
                    _at += 2;
                    continue;
                }
                Literal(c, inClass: true);
            }
            _out.Append(']');
        }

        private void Escape(bool inClass)
        {
            if (_at >= pattern.Length)
                throw Refuse("a pattern that ends with \\");
            var c = pattern[_at++];
            switch (c)
            {
                case 'w': _out.Append(inClass ? WordClass : "[" + WordClass + "]"); break;
                case 'd': _out.Append(@"\p{Nd}"); break;
                case 'D': _out.Append(@"\P{Nd}"); break;
                case 's': _out.Append(inClass ? SpaceClass : "[" + SpaceClass + "]"); break;
                case 'W' or 'S' when !inClass: _out.Append("[^").Append(c == 'W' ? WordClass : SpaceClass).Append(']'); break;
                case 'b' when !inClass: _out.Append(Boundary); break;
                case 'p' or 'P':
                    var end = _at < pattern.Length && pattern[_at] == '{' ? pattern.IndexOf('}', _at) : -1;
                    if (end < 0 || !Categories.Contains(pattern[(_at + 1)..end]))
                        throw Refuse("this Unicode category");
                    if (Caseless)
                        throw Refuse("a Unicode category where case is ignored");
                    _out.Append('\\').Append(c).Append(pattern, _at, end + 1 - _at);
                    _at = end + 1;
                    break;
                case 'n' or 't' or 'r' or 'f' or 'v': _out.Append('\\').Append(c); break;
                case 'x':
                    Hex(2);
                    break;
                case 'u':
                    Hex(4);
                    break;
                default:
                    if (char.IsAsciiLetterOrDigit(c) || c == '_')
                        throw Refuse($"\\{c}");
                    Literal(c, inClass);
                    break;
            }
        }

        private void Hex(int digits)
        {
            var hex = _at + digits <= pattern.Length ? pattern.Substring(_at, digits) : string.Empty;
            if (hex.Length != digits || !hex.All(char.IsAsciiHexDigit))
                throw Refuse("an incomplete \\x or \\u");
            _at += digits;
            Literal((char)Convert.ToInt32(hex, 16), inClass: false, written: true);
        }

        /// <summary>One character to match as itself (with its other cases where case is ignored).</summary>
        private void Literal(char c, bool inClass, bool written = false)
        {
            var forms = Caseless ? CaseTable.Forms(c) : [c];
            if (forms.Count > 1 && !inClass)
                _out.Append('[');
            foreach (var form in forms)
                Char(form, inClass || forms.Count > 1, written);
            if (forms.Count > 1 && !inClass)
                _out.Append(']');
        }

        private void Char(char c, bool inClass, bool written)
        {
            if (@"\^$.*+?()[]{}|/".Contains(c) || (inClass && c == '-'))
                _out.Append('\\').Append(c);
            else if (char.IsControl(c) || char.IsSurrogate(c) || char.IsWhiteSpace(c) && c != ' ' || written && c > '\u007e')
                _out.Append(@"\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            else
                _out.Append(c);
        }

        private NotSupportedException Refuse(string what)
            => new($"JsPattern: {what} is not translated (at {_at} in « {pattern} »).");
    }

    /// <summary>The case forms of every character, as .NET's case-insensitive matching groups them (invariant culture).</summary>
    private static class CaseTable
    {
        private static readonly Lazy<Dictionary<char, char[]>> Groups = new(Build);

        public static IReadOnlyList<char> Forms(char c) => Groups.Value.TryGetValue(c, out var forms) ? forms : [c];

        private static Dictionary<char, char[]> Build()
        {
            // Characters with the same lower case form one group (K, k and the Kelvin sign K). Every character at
            // once: casing a whole string is far quicker than casing each character.
            var all = new string(Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(c => !char.IsSurrogate(c)).ToArray());
            var lower = all.ToLowerInvariant();
            var upper = all.ToUpperInvariant();
            var byLower = new Dictionary<char, List<char>>();
            for (var i = 0; i < all.Length; i++)
            {
                var c = all[i];
                if (lower[i] == c && upper[i] == c)
                    continue;
                if (!byLower.TryGetValue(lower[i], out var group))
                    byLower[lower[i]] = group = [lower[i]];
                if (c != lower[i])
                    group.Add(c);
            }
            var table = new Dictionary<char, char[]>();
            foreach (var group in byLower.Values.Where(g => g.Count > 1))
            {
                var forms = group.Distinct().Order().ToArray();
                foreach (var c in forms)
                    table[c] = forms;
            }
            return table;
        }
    }
}
