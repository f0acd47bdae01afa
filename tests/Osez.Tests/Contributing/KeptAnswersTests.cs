using Osez.Cli.Contributing;
using Osez.Content;
using Osez.Contributing;
using Osez.Tests.Support;

namespace Osez.Tests.Contributing;

/// <summary>The answers of an interrupted <c>new</c> come back whole, whatever kind of answer they are.</summary>
public sealed class KeptAnswersTests
{
    [Fact]
    public void Every_answer_comes_back_as_it_was_given()
    {
        using var folder = new TempFolder();
        var content = Path.Combine(folder.Path, "content");
        Directory.CreateDirectory(content);
        var answers = new DraftAnswers
        {
            Title = "Un groupe de parents au collège",
            Summary = "",
            LastName = "Fontaine",
            FirstName = "Élise",
            Collective = "Réseau parentalité du territoire",
            PeriodStart = new YearMonth(2024, 9),
            PeriodEndKnown = true,
            PeriodEnd = null,
            GroupSize = "6-12",
        };
        answers.CoAuthors.Add(new DraftAuthor("Haddad", "Samir", "Éducateur spécialisé", "Association"));
        answers.Terms["thematiques"] = ["alimentation", "budget"];
        answers.Values["financeurs"] = ["Caisse d'allocations familiales"];
        var started = new DateTime(2026, 12, 8, 14, 10, 0, DateTimeKind.Local);

        var kept = KeptAnswers.For(content);
        kept.Save(answers, started);
        Assert.StartsWith(Path.Combine(folder.Path, ".osez"), kept.Path, StringComparison.Ordinal);
        var loaded = kept.Load();

        Assert.NotNull(loaded);
        var back = loaded.Value.Answers;
        Assert.Equal(started, loaded.Value.StartedAt);
        Assert.Equal(answers.Count, loaded.Value.Count);
        Assert.Equal(("Un groupe de parents au collège", "", "Fontaine", "Élise", (string?)null), (back.Title, back.Summary, back.LastName, back.FirstName, back.Role));
        Assert.Equal("Réseau parentalité du territoire", back.Collective);
        Assert.Equal([new DraftAuthor("Haddad", "Samir", "Éducateur spécialisé", "Association")], back.CoAuthors);
        Assert.Equal(new YearMonth(2024, 9), back.PeriodStart);
        Assert.True(back.PeriodEndKnown);
        Assert.Null(back.PeriodEnd);
        Assert.Equal("6-12", back.GroupSize);
        Assert.Equal(["alimentation", "budget"], back.Terms["thematiques"]);
        Assert.Equal(["Caisse d'allocations familiales"], back.Values["financeurs"]);

        // A new run given other options keeps them, and takes the rest from what was kept.
        var next = new DraftAnswers { Title = "Un autre titre" };
        next.FillFrom(back);
        Assert.Equal("Un autre titre", next.Title);
        Assert.Equal("Réseau parentalité du territoire", next.Collective);
        Assert.Single(next.CoAuthors);

        kept.Delete();
        Assert.Null(kept.Load());
    }
}
