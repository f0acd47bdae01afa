using System.Diagnostics;
using System.Text.Json;

namespace Osez.Browser.Tests.Support;

/// <summary>
/// The W3C's Nu Html Checker (vnu.jar, from tests/node) run once over a whole folder of pages: one Java process,
/// errors only. Java comes from the system (tests/tools/install.sh installs it when missing).
/// </summary>
public static class HtmlChecker
{
    public static string Jar => Path.Combine(Repository.NodeModules, "vnu-jar", "build", "dist", "vnu.jar");

    /// <summary>Every error the checker finds in the HTML files under <paramref name="folder"/>, as "page:line: message".</summary>
    public static IReadOnlyList<string> Errors(string folder)
    {
        if (!File.Exists(Jar))
            throw new InvalidOperationException($"{Jar} is missing: run npm ci --prefix tests/node (./test.sh does).");
        var start = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "-Xss4m", "-jar", Jar, "--skip-non-html", "--errors-only", "--format", "json", folder })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("java could not start: install a Java runtime (tests/tools/install.sh does).");
        var output = process.StandardOutput.ReadToEndAsync();
        var report = process.StandardError.ReadToEnd();
        process.WaitForExit();
        // The report goes to standard error; an empty one means the checker did not run.
        if (report.Trim().Length == 0)
            report = output.Result;
        using var json = JsonDocument.Parse(report);
        return json.RootElement.GetProperty("messages").EnumerateArray()
            .Select(m => $"{Relative(folder, m)}:{(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")
            .ToList();
    }

    private static string Relative(string folder, JsonElement message)
    {
        var url = message.TryGetProperty("url", out var u) ? u.GetString() ?? "" : "";
        // vnu names a file "file:/tmp/x/index.html".
        return url.StartsWith("file:", StringComparison.Ordinal) ? Path.GetRelativePath(folder, Uri.UnescapeDataString(url["file:".Length..]).TrimStart('/').Insert(0, "/")) : url;
    }
}
