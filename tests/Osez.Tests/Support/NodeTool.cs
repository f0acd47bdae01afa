using System.Diagnostics;
using System.Text.Json;

namespace Osez.Tests.Support;

/// <summary>Runs a script of tests/node (independent JavaScript tools: Citation.js, a feed parser) and reads its JSON output.</summary>
public static class NodeTool
{
    public static string Folder => Path.Combine(Repository.Root, "tests", "node");

    public static JsonElement RunJson(string script, params string[] arguments)
    {
        if (!Directory.Exists(Path.Combine(Folder, "node_modules")))
            throw new InvalidOperationException("Les outils de tests/node ne sont pas installés : lancez ./test.sh (ou npm ci --prefix tests/node).");
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(Folder, script));
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"node {script} failed ({process.ExitCode}):\n{error.Result}");
        return JsonDocument.Parse(output.Result).RootElement.Clone();
    }
}
