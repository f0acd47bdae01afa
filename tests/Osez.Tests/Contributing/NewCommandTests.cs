using Osez.Cli;
using Osez.Tests.Support;
using Spectre.Console.Testing;

namespace Osez.Tests.Contributing;

public sealed class NewCommandTests
{
    private static readonly string[] AllTerms =
    [
        "--thematiques", "acces-aux-droits,Logement et habitat", "--publics", "parents", "--demarches", "travail-social-avec-les-groupes",
        "--niveau-participation", "concertation", "--structure-porteuse", "caf", "--territoire-type", "rural", "--departement", "Nord",
    ];

    private static (int Code, string Out, string Err) Run(Spectre.Console.IAnsiConsole? terminal, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApp.Run(args, output, error, terminal);
        return (code, output.ToString(), error.ToString());
    }

    private static string[] NewArgs(TestSite site, params string[] more)
        => ["new", "--content", site.ContentPath, .. more];

    private static (int Code, string Out) Check(TestSite site)
    {
        var (code, output, _) = Run(null, "check", "--content", site.ContentPath, "--templates", Repository.Templates);
        return (code, output);
    }

    [Fact]
    public void New_with_options_writes_a_complete_draft_that_check_accepts()
    {
        using var site = TestSite.FromShippedContent();
        var (code, output, error) = Run(null, NewArgs(site,
            ["--titre", "Un atelier d'écriture avec des parents", "--nom", "Martin", "--prenom", "Claire", "--debut", "2024-09", .. AllTerms]));
        Assert.True(code == 0, error);
        Assert.Contains("Fiche créée : content/fiches/un-atelier-d-ecriture-avec-des-parents.md", output);
        Assert.Contains("./build.sh serve", output);

        var text = site.Read("fiches/un-atelier-d-ecriture-avec-des-parents.md");
        Assert.StartsWith("---\n# Avant d'écrire, relisez la charte d'anonymisation", text);
        Assert.Contains("statut: brouillon\n", text);
        Assert.Contains($"date_publication: {DateTime.Now:yyyy-MM-dd}\n", text);
        Assert.Contains("thematiques: [acces-aux-droits, logement-habitat]\n", text);
        Assert.Contains("  departement: \"59\"\n", text);
        Assert.Contains("# Niveau de participation : un seul terme parmi consultation, concertation, coconstruction,", text);
        var headings = text.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).ToList();
        Assert.Equal(["## Contexte", "## Le groupe", "## Démarche", "## Ce que le groupe a produit", "## Effets pour les personnes",
            "## Effets pour les professionnels", "## Difficultés", "## Enseignements"], headings);
        Assert.Equal(8, text.Split('\n').Count(l => l.StartsWith("_À compléter : ", StringComparison.Ordinal)));

        var (checkCode, checkOutput) = Check(site);
        Assert.True(checkCode == 0, checkOutput);
        // The one warning: the parts still to write, which a published write-up may not keep.
        Assert.Contains("0 erreur, 1 avertissement", checkOutput);
        Assert.Contains("avertissement KB0114", checkOutput);
        Assert.Contains("parties restent à écrire : ", checkOutput);
        Assert.Contains("« Contexte », « Le groupe »", checkOutput);
    }

    [Fact]
    public void New_never_overwrites_a_write_up_and_numbers_the_name_instead()
    {
        using var site = TestSite.FromShippedContent();
        var before = site.Read("fiches/des-films-pour-changer-le-regard.md");
        var args = NewArgs(site, ["--titre", "Des films pour changer le regard", "--nom", "Martin", "--debut", "2024-09", .. AllTerms]);
        Assert.Equal(0, Run(null, args).Code);
        Assert.Equal(0, Run(null, args).Code);
        Assert.Equal(before, site.Read("fiches/des-films-pour-changer-le-regard.md"));
        Assert.Contains("titre: \"Des films pour changer le regard\"", site.Read("fiches/des-films-pour-changer-le-regard-2.md"));
        Assert.True(File.Exists(site.File("fiches/des-films-pour-changer-le-regard-3.md")));
        Assert.Equal(0, Check(site).Code);
    }

    [Fact]
    public void In_a_terminal_new_asks_before_taking_a_numbered_name()
    {
        using var site = TestSite.FromShippedContent();
        var args = NewArgs(site, ["--titre", "Des films pour changer le regard", "--nom", "Martin", "--debut", "2024-09", "--fin", "2025-01",
            "--resume", "Des habitants ont tourné des films pour montrer leur quartier autrement, avec un centre social.",
            "--prenom", "Claire", "--fonction", "Animatrice", "--structure", "Centre social", "--taille-groupe", "8-15", "--financeurs", "CAF", .. AllTerms]);
        // Another title: the write-up gets a name of its own; Enter: the numbered name, chosen knowingly.
        foreach (var (answer, created) in new[] { ("Des films tournés par les habitants", "des-films-tournes-par-les-habitants"), ("", "des-films-pour-changer-le-regard-2") })
        {
            var terminal = new TestConsole().Interactive();
            terminal.Profile.Width = 400;
            terminal.Input.PushTextWithEnter(answer);
            var (code, output, error) = Run(terminal, args);
            Assert.True(code == 0, error + terminal.Output);
            Assert.Contains("Une fiche s'appelle déjà content/fiches/des-films-pour-changer-le-regard.md : celle-ci s'appellerait des-films-pour-changer-le-regard-2.md. "
                + "Le nom du fichier devient l'adresse de la fiche sur le site, pour toujours (fiches/des-films-pour-changer-le-regard-2/)", terminal.Output);
            Assert.Contains("Un autre titre (10 à 120 caractères), ou Entrée pour garder celui-ci (fichier des-films-pour-changer-le-regard-2.md) :", terminal.Output);
            Assert.Contains($"Fiche créée : content/fiches/{created}.md", output);
            Assert.True(File.Exists(site.File($"fiches/{created}.md")));
        }
        Assert.Contains("titre: \"Des films tournés par les habitants\"", site.Read("fiches/des-films-tournes-par-les-habitants.md"));
        Assert.False(File.Exists(site.File("fiches/des-films-pour-changer-le-regard-3.md")));
        Assert.False(File.Exists(Path.Combine(site.Root, ".osez", "fiche-en-cours.json")));
    }

    [Fact]
    public void New_without_a_terminal_lists_the_missing_options_and_writes_nothing()
    {
        using var site = TestSite.FromShippedContent();
        var count = Directory.GetFileSystemEntries(site.File("fiches")).Length;
        var (code, _, error) = Run(null, NewArgs(site, "--titre", "Un titre assez long"));
        Assert.Equal(2, code);
        Assert.Contains("Sans terminal, « new » ne pose pas de question", error);
        Assert.Contains("  --nom : ", error);
        Assert.Contains("  --publics : Publics : de 1 à 4 termes parmi habitants-d-un-quartier,", error);
        Assert.DoesNotContain("  --titre", error);
        Assert.Equal(count, Directory.GetFileSystemEntries(site.File("fiches")).Length);
    }

    [Fact]
    public void New_refuses_an_unknown_term_with_the_closest_ones()
    {
        using var site = TestSite.FromShippedContent();
        var (code, _, error) = Run(null, NewArgs(site,
            ["--titre", "Un atelier d'écriture avec des parents", "--nom", "Martin", "--debut", "2024-09", .. AllTerms, "--thematiques", "energy"]));
        Assert.Equal(2, code);
        Assert.Contains("--thematiques : « energy » n'est pas un terme de « Thématiques ». Vouliez-vous dire « energie »", error);
    }

    [Fact]
    public void New_takes_colleagues_and_a_collective_after_the_writer_and_refuses_a_colleague_without_a_name()
    {
        using var site = TestSite.FromShippedContent();
        var (code, _, error) = Run(null, NewArgs(site, ["--titre", "Un atelier d'écriture avec des parents", "--nom", "Martin", "--debut", "2024-09",
            "--coauteur", "Haddad;Karim;Animateur", "--coauteur", "Nguyen", "--collectif", "Groupe de travail ISIC", .. AllTerms]));
        Assert.True(code == 0, error);
        var text = site.Read("fiches/un-atelier-d-ecriture-avec-des-parents.md");
        Assert.Contains("auteurs:\n  - nom: \"Martin\"\n  - nom: \"Haddad\"\n    prenom: \"Karim\"\n    fonction: \"Animateur\"\n  - nom: \"Nguyen\"\n"
            + "  - collectif: \"Groupe de travail ISIC\"\n# ", text);
        Assert.Equal(0, Check(site).Code);

        (code, _, error) = Run(null, NewArgs(site, ["--titre", "Un atelier d'écriture avec des parents", "--nom", "Martin", "--debut", "2024-09",
            "--coauteur", ";Karim", .. AllTerms]));
        Assert.Equal(2, code);
        Assert.Contains("--coauteur : « ;Karim » s'écrit Nom;Prénom;Fonction;Type de structure, le nom d'abord", error);
    }

    [Fact]
    public void New_refuses_a_title_too_short_and_a_month_in_the_future()
    {
        using var site = TestSite.FromShippedContent();
        var (code, _, error) = Run(null, NewArgs(site, ["--titre", "Court", "--nom", "Martin", "--debut", "2999-01", .. AllTerms]));
        Assert.Equal(2, code);
        Assert.Contains("--titre : Le titre doit compter de 10 à 120 caractères (il en a 5).", error);
        Assert.Contains("--debut : Le début de l'action (2999-01) est dans le futur.", error);
    }

    [Fact]
    public void New_shows_the_vocabulary_options_and_their_terms_in_its_help()
    {
        using var site = TestSite.FromShippedContent();
        var (code, output, _) = Run(null, NewArgs(site, "--help"));
        Assert.Equal(0, code);
        Assert.Contains("--niveau-participation", output);
        Assert.Contains("--departement, --territoire-departement", output);
        Assert.Contains("coconstruction", output);
    }

    [Fact]
    public void Interactive_new_asks_each_question_in_the_terminal_and_writes_the_answers()
    {
        using var site = TestSite.FromShippedContent();
        var terminal = new TestConsole().Interactive();
        terminal.Profile.Width = 200;
        foreach (var answer in new[]
                 {
                     "Court", "Un groupe de parents au collège", // too short first: asked again
                     "Des parents et des professeurs se sont réunis chaque mois pour préparer ensemble les rencontres.",
                     "Fontaine", "Élise", "Assistante de service social", "",
                     "2024-13", "09/2024", "o", "2025-06", "8-15",
                     "CAF ; " + new string('x', 151), "", // a funder too long: asked again, then left out
                     "1, Parentalité", "4,3", "1,3", "3", "6", "1", "Nord",
                 })
            terminal.Input.PushTextWithEnter(answer);

        var (code, output, error) = Run(terminal, NewArgs(site));
        Assert.True(code == 0, error + terminal.Output);
        var screen = terminal.Output;
        Assert.Contains("Titre de la fiche (10 à 120 caractères) :", screen);
        Assert.Contains("Le titre doit compter de 10 à 120 caractères (il en a 5).", screen);
        Assert.Contains("Le début s'écrit AAAA-MM", screen);
        Assert.Contains("   7. Parentalité", screen);
        Assert.Contains("« Financeurs » : chaque valeur compte de 1 à 150 caractères", screen);
        Assert.Contains("→ Accès aux droits, Parentalité", screen);

        var text = site.Read("fiches/un-groupe-de-parents-au-college.md");
        Assert.Contains("resume: \"Des parents et des professeurs se sont réunis chaque mois pour préparer ensemble les rencontres.\"", text);
        Assert.Contains("  - nom: \"Fontaine\"\n    prenom: \"Élise\"\n    fonction: \"Assistante de service social\"\n#", text);
        Assert.Contains("periode:\n  debut: 2024-09\n  fin: 2025-06\n", text);
        Assert.Contains("taille_groupe: 8-15\n", text);
        Assert.DoesNotContain("financeurs", text);
        Assert.Contains("thematiques: [acces-aux-droits, parentalite]\n", text);
        Assert.Contains("publics: [parents, familles-monoparentales]\n", text);
        Assert.Contains("niveau_participation: coconstruction\n", text);
        Assert.Contains("  departement: \"59\"\n", text);
        Assert.Contains("Fiche créée : content/fiches/un-groupe-de-parents-au-college.md", output);
        Assert.Equal(0, Check(site).Code);
    }

    [Theory]
    [InlineData("Charente", "16")]
    [InlineData("charente maritime", "17")]
    [InlineData("Loire", "42")]
    [InlineData("Haute-Loire", "43")]
    [InlineData("Nord", "59")]
    public void A_departement_typed_by_its_name_is_that_departement_before_those_whose_name_starts_alike(string typed, string code)
    {
        using var site = TestSite.FromShippedContent();
        var terms = AllTerms.ToArray();
        terms[^1] = typed;
        var (exit, _, error) = Run(null, NewArgs(site,
            ["--titre", "Un atelier d'écriture avec des parents", "--nom", "Martin", "--prenom", "Claire", "--debut", "2024-09", .. terms]));
        Assert.True(exit == 0, error);
        var text = File.ReadAllText(Path.Combine(site.ContentPath, "fiches", "un-atelier-d-ecriture-avec-des-parents.md"));
        Assert.Contains($"  departement: \"{code}\"\n", text);
    }
}
