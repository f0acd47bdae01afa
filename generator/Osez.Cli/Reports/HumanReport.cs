using Osez.Configuration;
using Osez.Diagnostics;
using Osez.Text;
using Spectre.Console;

namespace Osez.Cli.Reports;

/// <summary>Diagnostics for people: grouped by file, in French, with the line quoted and a hint; colours in a terminal.</summary>
internal sealed class HumanReport(TextWriter writer, SitePaths paths)
{
    private readonly IAnsiConsole _console = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(writer),
        Ansi = IsTerminal(writer) ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = IsTerminal(writer) ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
    }).WithoutWrapping();

    private static bool IsTerminal(TextWriter writer)
        => (writer == Console.Out && !Console.IsOutputRedirected) || (writer == Console.Error && !Console.IsErrorRedirected);

    /// <param name="details">Whether information-level messages are shown one by one; otherwise they are counted in one line.</param>
    public void Print(IReadOnlyList<Diagnostic> diagnostics, int filesRead, bool details = false)
    {
        var lines = new SourceLines(paths);
        var shown = details ? diagnostics : diagnostics.Where(d => d.Severity != Severity.Information).ToList();
        foreach (var group in shown.GroupBy(d => d.Location.File))
        {
            _console.MarkupLine($"[bold underline]{Shown(group.Key.Length == 0 ? "(site)" : group.Key)}[/]");
            foreach (var diagnostic in group)
                PrintOne(diagnostic, lines);
            _console.WriteLine();
        }
        if (!details && diagnostics.Where(d => d.Severity == Severity.Information).ToList() is { Count: > 0 } infos)
        {
            var kinds = infos.GroupBy(d => d.Code).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Key} {DiagnosticCodes.All.FirstOrDefault(c => c.Id == g.Key)?.Title.ToLowerInvariant() ?? string.Empty} ×{g.Count()}".Replace("  ", " ", StringComparison.Ordinal));
            _console.MarkupLine($"[blue]{Shown($"{(infos.Count == 1 ? "1 information" : $"{infos.Count} informations")} ({string.Join(", ", kinds)}) : ajoutez --details pour les lire.")}[/]");
            _console.WriteLine();
        }
        var colour = diagnostics.Any(d => d.Severity == Severity.Error) ? "red" : diagnostics.Count > 0 ? "yellow" : "green";
        _console.MarkupLine($"[{colour}]{Shown(SeverityNames.Summary(diagnostics, filesRead))}[/]");
    }

    /// <summary>Content's text as it may be printed: markup escaped, control characters shown, not acted on.</summary>
    private static string Shown(string text) => Markup.Escape(LogText.Visible(text));

    private void PrintOne(Diagnostic diagnostic, SourceLines lines)
    {
        var colour = diagnostic.Severity switch
        {
            Severity.Error => "red",
            Severity.Warning => "yellow",
            _ => "blue",
        };
        var location = diagnostic.Location.Line > 0 ? $"{diagnostic.Location}" : diagnostic.Location.File;
        _console.MarkupLine($"  [{colour} bold]{SeverityNames.French(diagnostic.Severity)}[/] [dim]{diagnostic.Code}[/] {Shown(location)}");
        _console.MarkupLine($"    {Shown(diagnostic.Message)}");
        var quoted = diagnostic.Excerpt.Length > 0 ? diagnostic.Excerpt : lines.Line(diagnostic.Location.File, diagnostic.Location.Line);
        if (!string.IsNullOrWhiteSpace(quoted))
        {
            // Centred on the column, however long the line: what is flagged is always in view, under its caret.
            var (text, column) = ExcerptWindow.Of(quoted, diagnostic.Location.Column, diagnostic.ExcerptColumn);
            _console.MarkupLine($"    [dim]{diagnostic.Location.Line,4} |[/] {Shown(text)}");
            if (column > 0)
                _console.MarkupLine($"    [dim]     |[/] {new string(' ', column - 1)}[{colour}]^[/]");
        }
        if (diagnostic.Hint.Length > 0)
            foreach (var (hintLine, index) in diagnostic.Hint.Split('\n').Select((l, i) => (l, i)))
                _console.MarkupLine($"    [green]{(index == 0 ? "→" : " ")}[/] {Shown(hintLine)}");
    }
}

internal static class ConsoleExtensions
{
    /// <summary>Long lines stay whole: messages are read in logs and pull requests, not only in terminals.</summary>
    public static IAnsiConsole WithoutWrapping(this IAnsiConsole console)
    {
        console.Profile.Width = 10_000;
        return console;
    }
}
