using System.Text;
using System.Text.RegularExpressions;

namespace Osez.Contributing.Receiving;

/// <summary>
/// Finds a write-up in the text of an e-mail pasted into a file: between the lines « début de la fiche » and « fin de la
/// fiche » when the sender marked it, otherwise from the header's opening « --- » (with its « titre: ») to the
/// signature. Quoted-printable (« =C3=A9 », lines cut by « = ») is decoded, and the « > » of a quoted reply removed.
/// </summary>
public static partial class MailText
{
    /// <summary>The text of the write-up, or null when the mail holds none.</summary>
    public static string? Extract(string mail)
    {
        var text = Decode(mail.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'));
        var lines = text.Split('\n');

        var begin = Array.FindIndex(lines, l => BeginMarker().IsMatch(Unquoted(l).Line));
        if (begin >= 0)
        {
            var end = Array.FindIndex(lines, begin + 1, l => EndMarker().IsMatch(Unquoted(l).Line));
            var inner = lines[(begin + 1)..(end < 0 ? lines.Length : end)];
            return Joined(inner.Select(l => Unquoted(l).Line));
        }

        for (var i = 0; i + 1 < lines.Length; i++)
        {
            var (prefix, line) = Unquoted(lines[i]);
            if (line.TrimEnd() != "---")
                continue;
            // The header: the next lines, with the same quoting, up to a « titre: » before the closing « --- ».
            var header = lines.Skip(i + 1).TakeWhile(l => Unquoted(l).Prefix == prefix && Unquoted(l).Line.TrimEnd() != "---").Select(l => Unquoted(l).Line).ToList();
            if (!header.Any(l => l.StartsWith("titre:", StringComparison.Ordinal)))
                continue;
            var taken = new List<string>();
            for (var j = i; j < lines.Length; j++)
            {
                var l = lines[j];
                if (prefix.Length > 0)
                {
                    var unquoted = Unquoted(l);
                    if (unquoted.Prefix != prefix)
                        break; // the end of the quoted mail
                    l = unquoted.Line;
                }
                if (j > i + header.Count + 1 && l == "-- ")
                    break; // the signature
                taken.Add(l);
            }
            return Joined(taken);
        }
        return null;
    }

    private static string Joined(IEnumerable<string> lines) => string.Join('\n', lines).Trim('\n') + "\n";

    /// <summary>A line without the « > » of a quoted reply (« > > », « >> »...), and that prefix, spaces removed.</summary>
    private static (string Prefix, string Line) Unquoted(string line)
    {
        var match = Quote().Match(line);
        var prefix = match.Value.Replace(" ", string.Empty, StringComparison.Ordinal);
        return (prefix, line[match.Length..]);
    }

    /// <summary>Quoted-printable, when the mail says so or the text holds its encoded accents.</summary>
    public static string Decode(string text)
    {
        var declared = text.Contains("quoted-printable", StringComparison.OrdinalIgnoreCase);
        if (!declared && !EncodedAccent().IsMatch(text))
            return text;
        var joined = SoftBreak().Replace(JoinQuotedSoftBreaks(text), string.Empty);
        var bytes = new List<byte>(joined.Length);
        var result = new StringBuilder(joined.Length);
        void Flush()
        {
            if (bytes.Count == 0)
                return;
            result.Append(Encoding.UTF8.GetString(bytes.ToArray()));
            bytes.Clear();
        }
        for (var i = 0; i < joined.Length; i++)
        {
            if (joined[i] == '=' && i + 2 < joined.Length && Uri.IsHexDigit(joined[i + 1]) && Uri.IsHexDigit(joined[i + 2]))
            {
                bytes.Add(Convert.ToByte(joined.Substring(i + 1, 2), 16));
                i += 2;
                continue;
            }
            Flush();
            result.Append(joined[i]);
        }
        Flush();
        return result.ToString();
    }

    /// <summary>A quoted line cut by « = »: its continuation carries the same « > », which is not part of the text.</summary>
    private static string JoinQuotedSoftBreaks(string text)
    {
        var lines = text.Split('\n').ToList();
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var prefix = Quote().Match(lines[i]).Value;
            if (prefix.Length == 0 || !lines[i].TrimEnd(' ', '\t').EndsWith('=') || !lines[i + 1].StartsWith(prefix, StringComparison.Ordinal))
                continue;
            lines[i] = lines[i].TrimEnd(' ', '\t')[..^1] + lines[i + 1][prefix.Length..];
            lines.RemoveAt(i + 1);
            i--;
        }
        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"^(?:\s?>)+ ?")]
    private static partial Regex Quote();

    [GeneratedRegex(@"^[-=_*\s]*d[ée]but de la fiche[-=_*\s]*$", RegexOptions.IgnoreCase)]
    private static partial Regex BeginMarker();

    [GeneratedRegex(@"^[-=_*\s]*fin de la fiche[-=_*\s]*$", RegexOptions.IgnoreCase)]
    private static partial Regex EndMarker();

    [GeneratedRegex(@"=(?:C3|C2|E2)=[89AB][0-9A-F]")]
    private static partial Regex EncodedAccent();

    [GeneratedRegex(@"=[ \t]*\n")]
    private static partial Regex SoftBreak();
}
