using System.Text.Encodings.Web;
using System.Text.Json;
using Osez.Diagnostics;

namespace Osez.Cli.Reports;

/// <summary>Diagnostics as one JSON document, for tools.</summary>
internal static class JsonReport
{
    public static void Print(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics, int filesRead)
    {
        var document = new
        {
            diagnostics = diagnostics.Select(d => new
            {
                code = d.Code,
                severity = d.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "information" },
                file = d.Location.File,
                line = d.Location.Line,
                column = d.Location.Column,
                message = d.Message,
                hint = d.Hint,
            }),
            summary = new
            {
                errors = diagnostics.Count(d => d.Severity == Severity.Error),
                warnings = diagnostics.Count(d => d.Severity == Severity.Warning),
                information = diagnostics.Count(d => d.Severity == Severity.Information),
                files_checked = filesRead,
            },
        };
        writer.WriteLine(JsonSerializer.Serialize(document, new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }));
    }
}
