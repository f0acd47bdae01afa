using System.Globalization;
using System.Text.Json;
using Osez.Tests.Support;

namespace Osez.Tests.Contributing;

/// <summary>
/// <c>new</c> interrupted and resumed, in a real terminal: Ctrl+C keeps the answers given, the next <c>new</c> offers
/// to resume them, and the write-up is then complete.
/// </summary>
public sealed class NewResumeTests
{
    [Fact]
    public async Task Ctrl_C_keeps_the_answers_and_the_next_new_resumes_them()
    {
        using var site = TestSite.FromShippedContent();
        var kept = Path.Combine(site.Root, ".osez", "fiche-en-cours.json");

        using (var first = TerminalSession.StartCli("new", "--content", site.ContentPath))
        {
            await first.WaitFor("Titre de la fiche (10 à 120 caractères) :");
            // Enter on a required question: it is asked again, saying why.
            await first.Type("");
            await first.WaitFor("Cette réponse est obligatoire : sans elle, la fiche ne peut pas être créée.");
            await first.Type("Un groupe de parents au collège");
            await first.WaitFor("Résumé en deux ou trois phrases");
            await first.Type("");
            await first.WaitFor("Votre nom :");
            await first.Type("Fontaine");
            await first.WaitFor("Votre prénom (facultatif) :");
            await first.Type("Élise");
            await first.WaitFor("Votre fonction");
            await first.PressCtrlC();
            await first.WaitFor("Interrompu : vos 4 réponses sont gardées dans .osez/fiche-en-cours.json. Relancez « ./build.sh new » pour reprendre la fiche là où elle en était.");
            Assert.NotEqual(0, await first.Exit());
        }

        // Kept next to the content, never among the write-ups, and ignored by git.
        Assert.False(File.Exists(site.File("fiches/un-groupe-de-parents-au-college.md")));
        Assert.Empty(Directory.GetFiles(site.ContentPath, "*.json", SearchOption.AllDirectories));
        Assert.Equal("*\n", File.ReadAllText(Path.Combine(site.Root, ".osez", ".gitignore")));
        using (var json = JsonDocument.Parse(File.ReadAllText(kept)))
        {
            var answers = json.RootElement;
            Assert.Equal("Un groupe de parents au collège", answers.GetProperty("Title").GetString());
            Assert.Equal("", answers.GetProperty("Summary").GetString());
            Assert.Equal("Fontaine", answers.GetProperty("LastName").GetString());
            Assert.Equal("Élise", answers.GetProperty("FirstName").GetString());
            Assert.Equal(JsonValueKind.Null, answers.GetProperty("Role").ValueKind);
        }

        using (var second = TerminalSession.StartCli("new", "--content", site.ContentPath))
        {
            var today = DateTime.Now.ToString("d MMMM", CultureInfo.GetCultureInfo("fr-FR"));
            await second.WaitFor("Une fiche commencée n'a pas été terminée : « Un groupe de parents au collège », 4 réponses gardées.");
            await second.WaitFor($"Reprendre la fiche commencée le {today} à ");
            await second.WaitFor("? [o/n]");
            await second.Type("oui");
            var resumed = second.Position;
            // The questions answered are not asked again: the next one is the first without an answer.
            await second.WaitFor("Votre fonction");
            Assert.DoesNotContain("Titre de la fiche", second.Since(resumed));
            Assert.DoesNotContain("Votre nom", second.Since(resumed));
            await second.Type("");
            await second.WaitFor("Votre type de structure");
            await second.Type("");
            await second.WaitFor("Début de l'action");
            await second.Type("2024-09");
            await second.WaitFor("L'action est-elle terminée ? [o/n]");
            await second.Type("non");
            await second.WaitFor("Taille du groupe");
            await second.Type("");
            await second.WaitFor("Financeurs (facultatif)");
            await second.Type("Caisse d'allocations familiales");
            foreach (var choice in new[] { "1,7", "4", "1", "3", "6", "1", "Nord" })
            {
                await second.WaitFor("choix (");
                await second.Type(choice);
            }
            await second.WaitFor("Fiche créée : content/fiches/un-groupe-de-parents-au-college.md");
            Assert.Equal(0, await second.Exit());
        }

        var file = site.Read("fiches/un-groupe-de-parents-au-college.md");
        Assert.Contains("titre: \"Un groupe de parents au collège\"\n", file);
        Assert.Contains("  - nom: \"Fontaine\"\n", file);
        Assert.Contains("    prenom: \"Élise\"\n", file);
        Assert.Contains("periode:\n  debut: 2024-09\n", file);
        Assert.Contains("  departement: \"59\"\n", file);
        // Once the file is written, the kept answers have served.
        Assert.False(File.Exists(kept));
    }

    [Fact]
    public async Task Refusing_to_resume_forgets_the_kept_answers()
    {
        using var site = TestSite.FromShippedContent();
        var kept = Path.Combine(site.Root, ".osez", "fiche-en-cours.json");
        using (var first = TerminalSession.StartCli("new", "--content", site.ContentPath))
        {
            await first.WaitFor("Titre de la fiche");
            await first.Type("Un groupe de parents au collège");
            await first.WaitFor("Résumé");
            await first.PressCtrlC();
            await first.WaitFor("Interrompu : votre réponse est gardée dans .osez/fiche-en-cours.json.");
            await first.Exit();
        }
        Assert.True(File.Exists(kept));
        using var second = TerminalSession.StartCli("new", "--content", site.ContentPath);
        await second.WaitFor("Reprendre la fiche commencée le ");
        await second.WaitFor("[o/n]");
        await second.Type("non");
        await second.WaitFor("Réponses effacées : nouvelle fiche.");
        await second.WaitFor("Titre de la fiche");
        Assert.False(File.Exists(kept));
        await second.PressCtrlC();
        await second.WaitFor("Interrompu : aucune réponse n'était encore donnée, rien n'est gardé.");
        await second.Exit();
        Assert.False(File.Exists(kept));
    }
}
