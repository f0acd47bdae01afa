using System.Diagnostics;
using Osez.Tests.Support;

namespace Osez.Tests.Contributing;

/// <summary><c>new</c> run as its own process, the way people run it: in a terminal, and from a script.</summary>
public sealed class NewInTerminalTests
{
    private static readonly string Cli = Path.Combine(AppContext.BaseDirectory, "osez.dll");

    [Fact]
    public async Task In_a_terminal_new_reads_the_answers_typed_on_its_input()
    {
        using var site = TestSite.FromShippedContent();
        // "script" gives the program a real terminal (a pty) and types what it reads on its own input.
        var start = new ProcessStartInfo("script")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "-qfec", $"dotnet \"{Cli}\" new --content \"{site.ContentPath}\"", "/dev/null" })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var screen = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        foreach (var answer in new[] { "", "Un groupe de parents au collège", "", "Fontaine", "Élise", "", "", "2024-09", "peut-être", "non", "", "Caisse d'allocations familiales ;  ; Contrat de ville", "1,7", "4", "1", "3", "6", "1", "Nord" })
            await process.StandardInput.WriteLineAsync(answer);
        await process.StandardInput.FlushAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);

        // The terminal shows colours: read the screen without them.
        var text = System.Text.RegularExpressions.Regex.Replace(await screen, @"\x1b\[[0-9;?]*[A-Za-z]", string.Empty);
        Assert.True(process.ExitCode == 0, text);
        Assert.Contains("Titre de la fiche (10 à 120 caractères) :", text);
        Assert.Contains("L'action est-elle terminée ? [o/n]", text);
        // Enter on a required question, and an answer that is neither yes nor no: each says why it asks again.
        Assert.Contains("Cette réponse est obligatoire : sans elle, la fiche ne peut pas être créée.", text);
        Assert.Contains("Répondez o (oui) ou n (non).", text);
        Assert.Contains("Fiche créée : content/fiches/un-groupe-de-parents-au-college.md", text);
        var file = site.Read("fiches/un-groupe-de-parents-au-college.md");
        Assert.Contains("titre: \"Un groupe de parents au collège\"\n", file);
        Assert.Contains("periode:\n  debut: 2024-09\n", file);
        Assert.Contains("  en_cours: true\n", file);
        Assert.Contains("thematiques: [acces-aux-droits, parentalite]\n", file);
        Assert.Contains("financeurs: [\"Caisse d'allocations familiales\", \"Contrat de ville\"]\n", file);
        Assert.Contains("  departement: \"59\"\n", file);
        // Checked as of today (the file is dated today), as a contributor runs it.
        var check = new StringWriter();
        Assert.True(Osez.Cli.CliApp.Run(["check", "--content", site.ContentPath, "--templates", Repository.Templates], check, check) == 0, check.ToString());
    }

    [Fact]
    public async Task Without_a_terminal_new_never_waits_for_input()
    {
        using var site = TestSite.FromShippedContent();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true, // an input that stays open and silent: a question would wait forever
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { Cli, "new", "--content", site.ContentPath, "--titre", "Un groupe de parents au collège" })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        Assert.Equal(2, process.ExitCode);
        Assert.Contains("Sans terminal, « new » ne pose pas de question", await error);
        Assert.False(File.Exists(site.File("fiches/un-groupe-de-parents-au-college.md")));
    }
}
