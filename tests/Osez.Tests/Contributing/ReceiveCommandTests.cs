using System.IO.Compression;
using System.Text;
using Osez.Cli;
using Osez.Tests.Support;

namespace Osez.Tests.Contributing;

/// <summary>
/// <c>./build.sh recevoir</c>, end to end on copies of the shipped site: what the team receives (the site form's file or
/// zip, a mail pasted into a file, an issue form's body) placed under content/fiches/ and checked.
/// </summary>
public sealed class ReceiveCommandTests
{
    private const string Title = "Un atelier « cuisine et budget » avec des parents";
    private const string Slug = "un-atelier-cuisine-et-budget-avec-des-parents";

    /// <summary>The answers of the issue form fixture, as options of <c>new</c>.</summary>
    private static readonly string[] NewOptions =
    [
        "--titre", Title, "--resume", "Pendant un an, des parents ont cuisiné ensemble chaque mois et comparé leurs dépenses, puis ont écrit un livret de recettes économes.",
        "--nom", "Fontaine", "--prenom", "Élise", "--fonction", "Conseillère en économie sociale et familiale",
        "--structure", "Centre social", "--debut", "2024-09", "--fin", "2025-06", "--taille-groupe", "6-12",
        "--thematiques", "alimentation,budget", "--publics", "parents", "--demarches", "travail-social-avec-les-groupes,education-populaire",
        "--niveau-participation", "coconstruction", "--structure-porteuse", "centre-social", "--territoire-type", "periurbain", "--departement", "2A",
        "--financeurs", "Caisse d'allocations familiales", "--financeurs", "Contrat de ville",
    ];

    /// <summary>The command the workflow .github/workflows/proposition.yml runs, with the issue's body in a file.</summary>
    public static string[] WorkflowCommand(string bodyFile, string issue) => ["recevoir", bodyFile, "--branche", $"proposition-{issue}"];

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static (int Code, string Out, string Err) Receive(TestSite site, string file, params string[] more)
        => Run(["recevoir", file, "--content", site.ContentPath, "--templates", Repository.Templates, .. more]);

    private static (int Code, string Out) Check(TestSite site)
    {
        var (code, output, _) = Run("check", "--content", site.ContentPath, "--templates", Repository.Templates);
        return (code, output);
    }

    /// <summary>The file the site form and <c>new</c> write for the answers (a test proves they write the same).</summary>
    private static string FormFile(params string[] more)
    {
        using var other = TestSite.FromShippedContent();
        var (code, output, error) = Run(["new", "--content", other.ContentPath, .. NewOptions, .. more]);
        Assert.True(code == 0, output + error);
        return other.Read($"fiches/{Slug}.md");
    }

    private static string WithText(string file, string section, string text)
    {
        var start = file.IndexOf($"## {section}\n\n", StringComparison.Ordinal) + $"## {section}\n\n".Length;
        var end = file.IndexOf('\n', start);
        return file[..start] + text + file[end..];
    }

    private static IReadOnlyList<string> Entries(TestSite site)
        => Directory.EnumerateFileSystemEntries(site.File("fiches"), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

    private static byte[] Zip(params (string Name, byte[] Bytes)[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, bytes) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                stream.Write(bytes);
            }
        return memory.ToArray();
    }

    private static byte[] Png => File.ReadAllBytes(Path.Combine(Repository.Fixture("minimal"), "content", "fiches", "groupe-de-parents", "affiche.png"));

    [Fact]
    public void A_received_file_is_placed_under_its_name_checked_and_kept_a_draft()
    {
        using var site = TestSite.FromShippedContent();
        using var inbox = new TempFolder();
        // Whatever the file says, it is received as a draft.
        var sent = FormFile().Replace("statut: brouillon", "statut: publie", StringComparison.Ordinal);
        File.WriteAllText(inbox.Combine("ma fiche (1).md"), sent);

        var (code, output, error) = Receive(site, inbox.Combine("ma fiche (1).md"));

        Assert.True(code == 0, output + error);
        Assert.Contains($"Fiche reçue : content/fiches/{Slug}.md", output);
        Assert.Contains("« statut: publie » : elle est reçue en brouillon", output);
        Assert.Contains("reste l'autrice ou l'auteur", output);
        Assert.Contains("Et maintenant :", output);
        Assert.Equal(FormFile(), site.Read($"fiches/{Slug}.md"));
        var (checkCode, checkOutput) = Check(site);
        Assert.True(checkCode == 0, checkOutput);
    }

    [Fact]
    public void A_zip_from_the_form_puts_the_images_next_to_index_md_and_passes_check()
    {
        using var site = TestSite.FromShippedContent();
        using var inbox = new TempFolder();
        var text = WithText(FormFile(), "Ce que le groupe a produit", "Un livret de recettes.\n\n![Couverture du livret de recettes](affiche.png)");
        File.WriteAllBytes(inbox.Combine("proposition.zip"), Zip(($"{Slug}/index.md", Encoding.UTF8.GetBytes(text)), ($"{Slug}/affiche.png", Png)));

        var (code, output, error) = Receive(site, inbox.Combine("proposition.zip"));

        Assert.True(code == 0, output + error);
        Assert.Contains($"Fiche reçue : content/fiches/{Slug}/index.md, avec 1 image", output);
        Assert.Equal(text, site.Read($"fiches/{Slug}/index.md"));
        Assert.Equal(Png, File.ReadAllBytes(site.File($"fiches/{Slug}/affiche.png")));
        var (checkCode, checkOutput) = Check(site);
        Assert.True(checkCode == 0, checkOutput);

        // Tolerant: the text anywhere in the zip, the images beside it, the litter of other systems ignored.
        using var other = TestSite.FromShippedContent();
        File.WriteAllBytes(inbox.Combine("autre.zip"), Zip(("envoi/texte.md", Encoding.UTF8.GetBytes(text)), ("envoi/affiche.png", Png), ("__MACOSX/envoi/._affiche.png", [0, 1])));
        var (otherCode, otherOutput, otherError) = Receive(other, inbox.Combine("autre.zip"));
        Assert.True(otherCode == 0, otherOutput + otherError);
        Assert.True(File.Exists(other.File($"fiches/{Slug}/affiche.png")));
    }

    [Fact]
    public void A_colliding_name_gets_the_next_free_name_says_so_and_replaces_nothing()
    {
        using var site = TestSite.FromShippedContent();
        using var inbox = new TempFolder();
        File.WriteAllText(inbox.Combine("fiche.md"), FormFile());
        Assert.Equal(0, Receive(site, inbox.Combine("fiche.md")).Code);
        site.Replace($"fiches/{Slug}.md", "## Contexte\n\n", "## Contexte\n\nDéjà retravaillée par l'équipe.\n\n");
        var before = site.Read($"fiches/{Slug}.md");

        var (code, output, error) = Receive(site, inbox.Combine("fiche.md"));

        Assert.True(code == 0, output + error);
        Assert.Contains($"Une fiche s'appelle déjà content/fiches/{Slug} : celle-ci est rangée sous le nom suivant libre, {Slug}-2. Rien n'a été remplacé.", output);
        Assert.Contains($"Fiche reçue : content/fiches/{Slug}-2.md", output);
        Assert.Equal(before, site.Read($"fiches/{Slug}.md"));
        Assert.Equal(FormFile(), site.Read($"fiches/{Slug}-2.md"));
    }

    [Fact]
    public void A_write_up_with_personal_data_is_refused_with_located_masked_messages_and_nothing_written()
    {
        using var site = TestSite.FromShippedContent();
        using var inbox = new TempFolder();
        var text = WithText(FormFile(), "Contexte", "Tout a commencé chez Mme Durand, joignable au 06 12 34 56 78.");
        var line = text[..text.IndexOf("Tout a commencé", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        File.WriteAllText(inbox.Combine("fiche.md"), text);
        File.WriteAllBytes(inbox.Combine("fiche.zip"), Zip(($"{Slug}/index.md", Encoding.UTF8.GetBytes(text)), ($"{Slug}/affiche.png", Png)));
        var before = Entries(site);

        foreach (var file in new[] { "fiche.md", "fiche.zip" })
        {
            var (code, output, error) = Receive(site, inbox.Combine(file), "--branche", "ne-sera-pas-creee");

            // (no repository here: --branche is refused before anything is read, as a usage error)
            Assert.Equal(2, code);
            Assert.Contains("n'est pas dans un dépôt git", error);
            (code, output, error) = Receive(site, inbox.Combine(file));
            Assert.Equal(1, code);
            // Located in the text received, not under its name: made from its title, it could hold personal data too.
            Assert.Contains($"erreur KB0403 fiche reçue:{line}:", output);
            Assert.Contains($"erreur KB0409 fiche reçue:{line}:", output);
            Assert.DoesNotContain(Slug, output + error);
            Assert.Contains("« 06 •• •• •• 78 »", output);
            Assert.DoesNotContain("34 56", output + error);
            Assert.DoesNotContain("Durand", output + error);
            Assert.Contains("La fiche est refusée : 2 passages ressemblent à une donnée personnelle (messages ci-dessus). Rien n'a été écrit.", error);
            Assert.DoesNotContain("Fiche reçue", output);
            Assert.Equal(before, Entries(site));
        }
    }

    [Theory]
    [InlineData("../../evil.md", "sortirait du dossier de la fiche")]
    [InlineData("/etc/evil.md", "sortirait du dossier de la fiche")]
    [InlineData("C:/Windows/evil.md", "sortirait du dossier de la fiche")]
    [InlineData("fiche/..\\..\\evil.md", "sortirait du dossier de la fiche")]
    [InlineData("fiche/ph*to?.png", "nom de fichier impossible")]
    public void An_archive_with_a_path_leaving_its_folder_is_refused_and_nothing_written(string name, string said)
    {
        using var site = TestSite.FromShippedContent();
        using var inbox = new TempFolder();
        File.WriteAllBytes(inbox.Combine("p.zip"), Zip((name, Encoding.UTF8.GetBytes(FormFile()))));
        var before = Entries(site);

        var (code, output, error) = Receive(site, inbox.Combine("p.zip"));

        Assert.Equal(1, code);
        Assert.Contains("La proposition n'a pas été reçue (rien n'a été écrit) :", error);
        Assert.Contains(said, error);
        Assert.Equal(before, Entries(site));
        Assert.False(File.Exists(Path.Combine(site.Root, "evil.md")));
        Assert.Empty(output);
    }

    [Fact]
    public void An_archive_with_a_bomb_a_script_or_an_image_away_from_the_text_is_refused()
    {
        using var site = TestSite.FromShippedContent();
        using var inbox = new TempFolder();
        var text = Encoding.UTF8.GetBytes(FormFile());
        var cases = new (string Name, byte[] Zip, string Said)[]
        {
            ("bombe", Zip(("f/index.md", text), ("f/a.png", new byte[30_000_000])), "est trop gros une fois décompressé"),
            ("script", Zip(("f/index.md", text), ("f/a.png", Png), ("f/outil.js", "alert(1)"u8.ToArray())), "« f/outil.js » n'est pas une image"),
            ("ailleurs", Zip(("f/index.md", text), ("images/a.png", Png)), "n'est pas dans le dossier du texte"),
            ("deux", Zip(("f/index.md", text), ("g/index.md", text)), "contient 2 fichiers .md"),
            ("pas-un-zip", [(byte)'P', (byte)'K', 3, 4, 0, 0], "n'est pas une archive zip lisible"),
        };
        var before = Entries(site);
        foreach (var (name, zip, said) in cases)
        {
            File.WriteAllBytes(inbox.Combine(name + ".zip"), zip);
            var (code, _, error) = Receive(site, inbox.Combine(name + ".zip"));
            Assert.True(code == 1, name + ": " + error);
            Assert.Contains(said, error);
            Assert.Equal(before, Entries(site));
        }
    }

    [Fact]
    public void A_mail_pasted_into_a_file_gives_the_write_up_it_carries()
    {
        var sent = FormFile();
        // Quoted-printable, lines cut at 76 characters, then quoted in a reply.
        var encoded = new StringBuilder();
        foreach (var line in sent.TrimEnd('\n').Split('\n'))
        {
            var qp = new StringBuilder();
            foreach (var b in Encoding.UTF8.GetBytes(line))
                qp.Append(b is >= 33 and <= 126 && b != '=' || b == ' ' ? ((char)b).ToString() : $"={b:X2}");
            var rest = qp.ToString();
            while (rest.Length > 75)
            {
                var cut = 75;
                while (rest[cut - 1] == '=' || rest[cut - 2] == '=')
                    cut--;
                encoded.Append("> ").Append(rest[..cut]).Append("=\n");
                rest = rest[cut..];
            }
            encoded.Append("> ").Append(rest).Append('\n');
        }
        var mail = "From: Élise Fontaine <elise@example.org>\nSubject: Ma fiche\nContent-Type: text/plain; charset=utf-8\n"
            + "Content-Transfer-Encoding: quoted-printable\n\nBonjour,\n\nLe 3 mars, Élise a écrit :\n" + encoded + "\nMerci !\n-- \nÉlise\n";

        using var site = TestSite.FromShippedContent();
        using var inbox = new TempFolder();
        File.WriteAllText(inbox.Combine("courriel.txt"), mail.Replace("\n", "\r\n", StringComparison.Ordinal));
        var (code, output, error) = Receive(site, inbox.Combine("courriel.txt"));
        Assert.True(code == 0, output + error);
        Assert.Equal(sent, site.Read($"fiches/{Slug}.md"));

        // Between markers, in a plain mail with a signature.
        using var other = TestSite.FromShippedContent();
        File.WriteAllText(inbox.Combine("marques.txt"), $"Bonjour,\nvoici ma fiche.\n\n--- début de la fiche ---\n{sent}--- fin de la fiche ---\n\nBonne journée\n-- \nÉlise\n");
        (code, output, error) = Receive(other, inbox.Combine("marques.txt"));
        Assert.True(code == 0, output + error);
        Assert.Equal(sent, other.Read($"fiches/{Slug}.md"));

        // A mail without a write-up: said plainly.
        File.WriteAllText(inbox.Combine("vide.txt"), "Bonjour, je vous envoie ma fiche demain.\n");
        (code, _, error) = Receive(other, inbox.Combine("vide.txt"));
        Assert.Equal(1, code);
        Assert.Contains("Aucune fiche trouvée dans ce fichier", error);
    }

    [Fact]
    public void The_issue_form_body_gives_the_file_the_web_form_writes_for_the_same_answers()
    {
        using var site = TestSite.FromShippedContent();
        var body = Path.Combine(Repository.Root, "tests", "fixtures", "proposals", "issue-form-body.md");
        Assert.Contains("\r\n", File.ReadAllText(body)); // as the forge gives it: the answers typed in a browser keep their CRLF

        var (code, output, error) = Receive(site, body);

        Assert.True(code == 0, output + error);
        var expected = WithText(WithText(FormFile(), "Contexte",
            "Dans un quartier périurbain, plusieurs parents disaient ne plus savoir comment « tenir le mois ».\n\n### Une idée venue d'eux\n\nLe centre social a proposé un atelier."),
            "Enseignements", "Partir de ce que les parents savent déjà faire.");
        Assert.Equal(expected, site.Read($"fiches/{Slug}.md"));
        Assert.Contains($"Fiche reçue : content/fiches/{Slug}.md", output);
    }

    [Fact]
    public void With_a_branch_the_write_up_is_committed_alone_and_the_next_commands_are_printed()
    {
        using var site = TestSite.FromShippedContent();
        Git(site.Root, "init", "--quiet", "--initial-branch=main");
        Git(site.Root, "config", "user.name", "Équipe");
        Git(site.Root, "config", "user.email", "equipe@example.org");
        Git(site.Root, "add", "-A");
        Git(site.Root, "commit", "--quiet", "-m", "Contenu");
        site.Write("pages/brouillon-non-suivi.md", "pas pour ce commit");
        var body = Path.Combine(Repository.Root, "tests", "fixtures", "proposals", "issue-form-body.md");

        var (code, output, error) = Run([.. WorkflowCommand(body, "12"), "--content", site.ContentPath, "--templates", Repository.Templates]);

        Assert.True(code == 0, output + error);
        Assert.Equal("proposition-12", Git(site.Root, "branch", "--show-current"));
        Assert.Equal($"content/fiches/{Slug}.md", Git(site.Root, "show", "--name-only", "--format=", "HEAD"));
        Assert.Equal($"Proposition de fiche : {Title}", Git(site.Root, "log", "-1", "--format=%s"));
        Assert.Contains("  git push -u origin proposition-12\n", output);
        Assert.Contains("  gh pr create --fill --head proposition-12\n", output);

        // The same branch twice: refused before anything is written.
        var (again, _, againError) = Run([.. WorkflowCommand(body, "12"), "--content", site.ContentPath, "--templates", Repository.Templates]);
        Assert.Equal(2, again);
        Assert.Contains("la branche « proposition-12 » existe déjà", againError);
        Assert.False(File.Exists(site.File($"fiches/{Slug}-2.md")));
    }

    [Fact]
    public void An_issue_with_personal_data_gets_no_branch_and_messages_that_do_not_repeat_it()
    {
        using var site = TestSite.FromShippedContent();
        Git(site.Root, "init", "--quiet", "--initial-branch=main");
        Git(site.Root, "config", "user.name", "Équipe");
        Git(site.Root, "config", "user.email", "equipe@example.org");
        Git(site.Root, "add", "-A");
        Git(site.Root, "commit", "--quiet", "-m", "Contenu");
        var body = File.ReadAllText(Path.Combine(Repository.Root, "tests", "fixtures", "proposals", "issue-form-body.md"))
            .Replace("Un atelier « cuisine et budget » avec des parents", "Un atelier chez Mme Durand avec des parents", StringComparison.Ordinal)
            .Replace("Le centre social a proposé un atelier.", "Écrire à durand.famille@orange.fr pour venir.", StringComparison.Ordinal);
        var file = Path.Combine(site.Root, "proposition.md");
        File.WriteAllText(file, body);
        var before = Entries(site);

        var (code, output, error) = Run([.. WorkflowCommand(file, "7"), "--content", site.ContentPath, "--templates", Repository.Templates]);

        Assert.Equal(1, code);
        Assert.Contains("erreur KB0409 fiche reçue:", output);
        Assert.Contains("erreur KB0402 fiche reçue:", output);
        Assert.DoesNotContain("urand", output + error);
        Assert.DoesNotContain("famille@orange", output + error);
        Assert.Equal("main", Git(site.Root, "branch", "--show-current"));
        Assert.Equal(string.Empty, Git(site.Root, "branch", "--list", "proposition-7"));
        Assert.Equal(before, Entries(site));
    }

    private static string Git(string folder, params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)}: {error}");
        return output.Trim();
    }
}
