using Osez.Diagnostics;
using Osez.Tests.Support;

namespace Osez.Tests.Citing;

/// <summary>Learning paths (content/parcours): pages, links from home and write-ups, and their checks.</summary>
public sealed class LearningPathTests
{
    private const string Path = "parcours/demarrer.md";

    private const string Valid = """
        ---
        titre: "Démarrer un groupe"
        resume: "Deux fiches pour parler des premiers mois d'un groupe."
        duree: "Une séance"
        illustratif: true
        etapes:
          - fiche: groupe-de-parents
            question: "Qu'est-ce qui a réuni les parents ?"
          - fiche: locataires-et-energie
            question: "Comment la demande est-elle devenue collective ?"
        ---
        Lisez les fiches avant la séance.
        """;

    [Fact]
    public void A_learning_path_gets_a_page_listed_on_the_home_page_and_named_on_its_write_ups()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Write(Path, Valid);
        var result = site.Build();
        result.AssertNoErrors();

        var page = Html.Parse(result, "parcours/demarrer/index.html");
        Assert.Equal("Démarrer un groupe", page.QuerySelector("h1")?.TextContent);
        var steps = page.QuerySelectorAll(".parcours__step").ToList();
        Assert.Equal(2, steps.Count);
        Assert.Equal("Un groupe de parents et le collège", steps[0].QuerySelector(".parcours__title a")?.TextContent);
        Assert.Equal("../../fiches/groupe-de-parents/index.html", steps[0].QuerySelector(".parcours__title a")?.GetAttribute("href"));
        Assert.Equal("Qu\u2019est-ce qui a réuni les parents\u202F?", steps[0].QuerySelector(".parcours__question p")?.TextContent);
        Assert.Equal("Étape 2", steps[1].QuerySelector(".parcours__number")?.TextContent);
        Assert.Contains("Lisez les fiches avant la séance.", page.QuerySelector(".parcours__intro")?.TextContent);
        Assert.Equal("groupe-de-parents,locataires-et-energie", page.QuerySelector("[data-selection-add-all]")?.GetAttribute("data-selection-add-all"));
        Assert.Equal(2, page.QuerySelectorAll("span.Z3988").Length);

        Assert.NotNull(Html.Parse(result, "index.html").QuerySelector("a[href='parcours/demarrer/index.html']"));
        Assert.NotNull(Html.Parse(result, "parcours/index.html").QuerySelector("a[href='../parcours/demarrer/index.html']"));
        var writeUp = Html.Parse(result, "fiches/locataires-et-energie/index.html");
        var membership = writeUp.QuerySelector(".writeup__parcours li")!;
        Assert.Equal("../../parcours/demarrer/index.html", membership.QuerySelector("a")?.GetAttribute("href"));
        Assert.Contains("étape 2 sur 2", membership.TextContent);
        Assert.Empty(OutputLinks.Broken(result.Files!));
    }

    [Fact]
    public void An_unknown_write_up_in_a_learning_path_is_reported_at_its_line_with_a_suggestion()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Write(Path, Valid.Replace("fiche: locataires-et-energie", "fiche: locataire-et-energie", StringComparison.Ordinal));
        var result = site.Build();
        var diagnostic = result.Single(DiagnosticCodes.UnknownLearningPathWriteUp);
        Assert.Equal("content/parcours/demarrer.md", diagnostic.Location.File);
        Assert.Equal(9, diagnostic.Location.Line);
        Assert.Contains("« locataire-et-energie »", diagnostic.Message);
        Assert.Contains("locataires-et-energie", diagnostic.Hint);
        Assert.False(result.Written);
    }

    [Fact]
    public void A_former_slug_in_a_learning_path_points_to_the_new_name()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Replace("fiches/locataires-et-energie.md", "statut: publie", "anciens_slugs: [vieux-nom]\nstatut: publie");
        site.Write(Path, Valid.Replace("fiche: locataires-et-energie", "fiche: vieux-nom", StringComparison.Ordinal));
        var diagnostic = site.Build().Single(DiagnosticCodes.UnknownLearningPathWriteUp);
        Assert.Contains("ancien nom", diagnostic.Message);
        Assert.Equal("Écrivez fiche: locataires-et-energie", diagnostic.Hint);
    }

    [Fact]
    public void A_draft_a_repeated_step_and_an_empty_path_are_reported()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Write(Path, Valid.Replace("fiche: locataires-et-energie", "fiche: brouillon-en-cours", StringComparison.Ordinal));
        Assert.Contains("brouillon", site.Build().Single(DiagnosticCodes.UnknownLearningPathWriteUp).Message);

        site.Write(Path, Valid.Replace("fiche: locataires-et-energie", "fiche: groupe-de-parents", StringComparison.Ordinal));
        var repeated = site.Build();
        Assert.Equal(Severity.Warning, repeated.Single(DiagnosticCodes.RepeatedLearningPathWriteUp).Severity);
        repeated.AssertNoErrors();

        site.Write("parcours/vide.md", "---\ntitre: \"Un parcours vide\"\nresume: \"Un parcours qui n'a encore aucune fiche.\"\netapes: []\n---\n");
        var empty = site.Build().Single(DiagnosticCodes.LearningPathWithoutSteps);
        Assert.Equal("content/parcours/vide.md", empty.Location.File);
        Assert.Contains("etapes:", empty.Hint);
    }

    [Fact]
    public void A_step_without_question_and_an_unknown_key_are_reported()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Write(Path, Valid.Replace("    question: \"Comment la demande est-elle devenue collective ?\"\n", "", StringComparison.Ordinal)
            .Replace("duree:", "dure:", StringComparison.Ordinal));
        var result = site.Build();
        var missing = result.Single(DiagnosticCodes.RequiredField);
        Assert.Contains("etapes.question", missing.Message);
        var unknown = result.Single(DiagnosticCodes.UnknownKey);
        Assert.Contains("« duree »", unknown.Hint);
    }

    [Fact]
    public void The_shipped_learning_paths_use_shipped_write_ups()
    {
        using var site = TestSite.FromShippedContent();
        var result = site.Build();
        result.AssertNoErrors();
        foreach (var slug in new[] { "demarrer-un-groupe-d-habitants", "le-pouvoir-d-agir-en-pratique" })
        {
            var page = Html.Parse(result, $"parcours/{slug}/index.html");
            Assert.NotNull(page.QuerySelector(".notice--illustrative"));
            Assert.InRange(page.QuerySelectorAll(".parcours__step").Length, 4, 5);
            Assert.All(page.QuerySelectorAll(".parcours__question p"), q => Assert.Contains("?", q.TextContent));
        }
    }

    [Fact]
    public void A_learning_path_is_checked_for_personal_data_like_a_write_up()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Write(Path, Valid.Replace("Lisez les fiches avant la séance.", "Pour vous inscrire, appelez Mme Durand au 06 12 34 56 78.", StringComparison.Ordinal));
        var result = site.Build();
        var phone = result.All(DiagnosticCodes.PersonalPhone).Single();
        Assert.Equal("content/parcours/demarrer.md", phone.Location.File);
        Assert.Equal(12, phone.Location.Line);
        Assert.False(result.Written);
    }
}
