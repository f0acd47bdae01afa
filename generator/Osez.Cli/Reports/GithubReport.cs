using Osez.Diagnostics;
using Osez.Text;

namespace Osez.Cli.Reports;

/// <summary>
/// Diagnostics as GitHub Actions workflow commands, so they show inline in a pull request:
/// <c>::error file=…,line=…,col=…,title=…::message</c>.
/// </summary>
internal static class GithubReport
{
    public static void Print(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            var kind = d.Severity switch
            {
                Severity.Error => "error",
                Severity.Warning => "warning",
                _ => "notice",
            };
            var properties = new List<string>();
            if (d.Location.File.Length > 0)
                properties.Add($"file={Property(d.Location.File)}");
            if (d.Location.Line > 0)
                properties.Add($"line={d.Location.Line}");
            if (d.Location.Column > 0)
                properties.Add($"col={d.Location.Column}");
            properties.Add($"title={Property($"{d.Code} {DiagnosticCodes.All.FirstOrDefault(c => c.Id == d.Code)?.Title}".Trim())}");
            var message = d.Hint.Length > 0 ? $"{d.Message}\n{d.Hint}" : d.Message;
            writer.WriteLine($"::{kind} {string.Join(',', properties)}::{Data(message)}");
        }
    }

    private static string Data(string text) => LogText.Visible(text, keepLineBreaks: true).Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string text) => Data(text).Replace(":", "%3A").Replace(",", "%2C");
}
