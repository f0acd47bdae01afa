using System.Diagnostics;

namespace Osez.Tests.Support;

/// <summary>Runs a script of tests/node with node, for checks against the real JavaScript libraries.</summary>
public static class Node
{
    public static string NodeFolder => Path.Combine(Repository.Root, "tests", "node");

    private static readonly Lazy<string> RulesFile = new(() =>
    {
        var path = Path.Combine(Path.GetTempPath(), $"osez-regles-{Environment.ProcessId}.js");
        File.WriteAllBytes(path, Osez.Building.SiteBuilder.Default.RulesScript.Bytes.ToArray());
        return path;
    });

    /// <summary>The generator's rules for the pages' scripts (assets/regles.js), written once, for the scripts that need them.</summary>
    public static string Rules => RulesFile.Value;

    /// <summary>
    /// Runs <c>node script args...</c> in tests/node and returns its standard output; fails the test on any error.
    /// The path of assets/regles.js is in the environment variable OSEZ_REGLES.
    /// </summary>
    public static string Run(string script, params string[] args)
    {
        if (!Directory.Exists(Path.Combine(NodeFolder, "node_modules", "lunr")))
            Assert.Fail("tests/node/node_modules is not installed: run ./test.sh (it runs npm ci in tests/node).");
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = NodeFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            Environment = { ["OSEZ_REGLES"] = Rules },
        };
        start.ArgumentList.Add(script);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"node {script} failed ({process.ExitCode}):\n{stderr.Result}");
        return stdout;
    }
}
