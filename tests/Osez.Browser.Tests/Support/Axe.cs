using System.Text.Json;
using Microsoft.Playwright;

namespace Osez.Browser.Tests.Support;

/// <summary>Runs axe-core (from tests/node) in a page and returns its WCAG 2.1 A/AA violations.</summary>
public static class Axe
{
    private static readonly Lazy<string> Script = new(() =>
    {
        var path = Path.Combine(Repository.NodeModules, "axe-core", "axe.min.js");
        if (!File.Exists(path))
            throw new InvalidOperationException($"axe-core introuvable ({path}) : lancez ./test.sh, qui installe les outils de tests/node.");
        return File.ReadAllText(path);
    });

    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = Script.Value });
        var json = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
              return result.violations.map(v => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map(n => n.target.join(' ')).slice(0, 5).join(', ')}`);
            }
            """);
        return json.EnumerateArray().Select(v => v.GetString()!).ToList();
    }
}
