using CsCheck;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Osez.Markdown;

namespace Osez.Tests.Markdown;

/// <summary>
/// Heading ids are given by our linear <see cref="HeadingIds"/> before Markdig's extension would: the HTML must be
/// byte for byte what Markdig's extension alone gives, or links and citations to passages would break.
/// </summary>
public sealed class HeadingIdTests
{
    private static MarkdownPipelineBuilder Builder(AutoIdentifierOptions options) => new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseFootnotes()
        .UseAutoIdentifiers(options)
        .UseSmartyPants()
        .UseAutoLinks()
        .UseListExtras()
        .DisableHtml();

    private static string MarkdigAlone(string markdown, AutoIdentifierOptions options) => Markdig.Markdown.ToHtml(markdown, Builder(options).Build());

    private static string Ours(string markdown, AutoIdentifierOptions options)
    {
        var builder = Builder(options);
        Assert.True(builder.Extensions.InsertBefore<AutoIdentifierExtension>(new HeadingIds(options)));
        return Markdig.Markdown.ToHtml(markdown, builder.Build());
    }

    public static TheoryData<string> Bodies() => new(
        "## Titre\n\n## Titre\n\n## Titre",
        "## Titre 1\n\n## Titre\n\n## Titre\n\n## Titre-2\n\n## Titre\n\n## Titre",
        "## Titre\n\n## Titre-1\n\n## Titre\n\n### titre\n\n#### TITRE",
        "## Démarche\n\n## Démarche\n\n## Difficultés\n\n## L’équipe d’été !\n\n## Œuvre commune",
        "##\n\n## \n\n## ***\n\n## !!!\n\n## 2024\n\n## 2024 : un bilan\n\n## 2024",
        "## *Emphase* et **gras**\n\n## [Un lien](https://exemple.org) et `code`\n\n## \"Guillemets\" -- tirets...\n\n## Élus &amp; habitants",
        "Un titre souligné\n=================\n\nUn autre\n--------\n\nUn titre souligné\n=================",
        "## Section\n\n> ## Section\n\n- ## Section\n\n| a |\n|---|\n| b |\n\n## Section[^1]\n\n[^1]: Une note.",
        "## Démarche\n\nVoir [Démarche] et [la suite][Démarche].\n\n## Démarche",
        "## 😀 Émoji\n\n## ß straße\n\n## Ĳ ĳ Æ æ\n\n## 中文 標題\n\n## section\n\n##",
        "## a-1\n\n## a\n\n## a\n\n## a-1\n\n## a-2\n\n## a");

    [Theory]
    [MemberData(nameof(Bodies))]
    public void The_html_is_the_same_as_with_markdigs_extension_alone(string markdown)
    {
        foreach (var options in new[] { AutoIdentifierOptions.Default, AutoIdentifierOptions.AutoLink, AutoIdentifierOptions.GitHub })
            Assert.Equal(MarkdigAlone(markdown, options), Ours(markdown, options));
    }

    [Fact]
    public void Random_runs_of_similar_titles_get_the_same_ids_as_with_markdigs_extension_alone()
    {
        var title = Gen.OneOf<string>("Titre", "titre", "Titre 1", "Titre-1", "titre 2", "Titre 10", "Titre-1-1", "Titre 1 1", "", "Été", "ete", "Section", "1");
        var level = Gen.OneOf<string>("## ", "### ", "# ");
        Gen.Select(level, title).Array[1, 60].Sample(headings =>
        {
            var markdown = string.Join("\n\n", headings.Select(h => h.Item1 + h.Item2));
            Assert.Equal(MarkdigAlone(markdown, AutoIdentifierOptions.Default), Ours(markdown, AutoIdentifierOptions.Default));
        }, iter: 300, seed: "cj28LjtOK2y1");
    }

    [Fact]
    public void Fifty_thousand_identical_titles_are_numbered_in_order()
    {
        var html = Ours(string.Concat(Enumerable.Repeat("## Titre\n\n", 50_000)), AutoIdentifierOptions.Default);
        Assert.Contains("<h2 id=\"titre\">", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"titre-1\">", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"titre-49999\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("titre-50000", html, StringComparison.Ordinal);
    }
}
