using System.Diagnostics;
using Osez.Tests.Support;

namespace Osez.Tests.Contributing;

/// <summary>
/// The form's personal-data detectors (templates/assets/donnees-personnelles.js, with the rules of assets/regles.js), run in node on the
/// samples the check's own detectors are measured on: the form warns about what the check would refuse.
/// </summary>
public sealed class BrowserDetectorsTests
{
    private const string Script = """
        const fs = require('fs');
        globalThis.OsezRegles = require(process.env.OSEZ_REGLES);
        const detectors = require(process.argv[1]);
        const lines = f => fs.readFileSync(f, 'utf8').split('\n').filter(l => l && !l.startsWith('#'));
        const out = [];
        for (const line of lines(process.argv[2])) {
          const [code, text] = line.split('\t');
          if (!detectors.find(text, []).some(d => d.code === code)) out.push('missed ' + code + ': ' + text);
        }
        for (const text of lines(process.argv[3])) {
          const found = detectors.find(text, []);
          if (found.length) out.push('flagged ' + found.map(d => d.code + ' ' + d.value).join(', ') + ': ' + text);
        }
        out.push('authors ' + detectors.find('Mme Fontaine et Élise Fontaine, 34 ans, ont écrit.', ['Fontaine', 'Élise']).length);
        console.log(out.join('\n'));
        """;

    [Fact]
    public async Task The_form_finds_every_sample_the_check_refuses_and_no_ordinary_sentence()
    {
        var fixtures = Path.Combine(Repository.Root, "tests", "fixtures", "anonymisation");
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["OSEZ_REGLES"] = Node.Rules },
        };
        foreach (var arg in new[] { "-e", Script, Path.Combine(Repository.Templates, "assets", "donnees-personnelles.js"),
                     Path.Combine(fixtures, "positifs.tsv"), Path.Combine(fixtures, "negatifs.txt") })
            start.ArgumentList.Add(arg);
        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = await node.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await node.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(node.ExitCode == 0, error);
        // Every sample of each kind (KB0402 to KB0410) is found with its code; no ordinary sentence is;
        // the authors' own names are allowed.
        Assert.Equal("authors 0", (await output).Trim());
    }
}
