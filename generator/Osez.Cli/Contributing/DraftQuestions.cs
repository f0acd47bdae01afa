using Osez.Content.Schema;
using Osez.Contributing;
using Osez.Vocabularies;
using Spectre.Console;

namespace Osez.Cli.Contributing;

/// <summary>
/// Asks, in a terminal, what the options did not say. Every question is a line to type (a choice
/// is typed as a number or a name), which reads well with a screen reader and can be answered
/// from a script feeding the terminal.
/// </summary>
internal sealed class DraftQuestions(IAnsiConsole console, VocabularySet vocabularies, DateOnly today)
{
    /// <summary>Called before each question: what is answered so far is kept there, so that an interruption loses nothing.</summary>
    public Action? BeforeEachQuestion { get; set; }

    public void AskMissing(DraftAnswers answers)
    {
        console.MarkupLine("[bold]Nouvelle fiche d'expérience[/]");
        console.MarkupLine("Répondez aux questions ; [dim](facultatif)[/] : appuyez sur Entrée pour passer. Tout se modifie ensuite dans le fichier.");
        console.MarkupLine("[yellow]Rappel :[/] aucun nom, adresse, téléphone, courriel ou date de naissance de personne accompagnée, "
            + "ni la commune ou le quartier (voir la charte : content/pages/charte.md).");
        console.WriteLine();

        answers.Title ??= Ask(TitleQuestion, DraftRules.Title);
        answers.Summary ??= Ask("Résumé en deux ou trois phrases (facultatif : vous pourrez l'écrire ensuite)", DraftRules.Summary, optional: true);
        answers.LastName ??= Ask("Votre nom", DraftRules.LastName);
        answers.FirstName ??= Ask("Votre prénom (facultatif)", _ => null, optional: true);
        answers.Role ??= Ask("Votre fonction, par exemple « Assistante de service social » (facultatif)", _ => null, optional: true);
        answers.Organisation ??= Ask("Votre type de structure, par exemple « Centre social », sans son nom (facultatif)", _ => null, optional: true);
        AskPeriod(answers);
        answers.GroupSize ??= Ask("Taille du groupe, en fourchette, par exemple 8-15 (facultatif)", DraftRules.GroupSize, optional: true);
        foreach (var field in WriteUpSchema.GenericFields.Where(f => !answers.Values.ContainsKey(f.Key)))
            answers.Values[field.Key] = AskValues(field);
        foreach (var vocabulary in vocabularies.All.Where(v => !answers.Terms.ContainsKey(v.Key)))
            answers.Terms[vocabulary.Key] = AskTerms(vocabulary);
    }

    private static string TitleQuestion => $"Titre de la fiche ({WriteUpSchema.Title.Min} à {WriteUpSchema.Title.Max} caractères)";

    /// <summary>Another title, or null to keep the one given (Enter).</summary>
    public string? AskOtherTitle(string keep)
        => Ask($"Un autre titre ({WriteUpSchema.Title.Min} à {WriteUpSchema.Title.Max} caractères), ou Entrée pour garder celui-ci ({keep})",
            t => t.Trim().Length == 0 ? null : DraftRules.Title(t), optional: true) is { Length: > 0 } title ? title : null;

    /// <summary>A generic field: one line; the names of a list are separated by « ; ».</summary>
    private IReadOnlyList<string> AskValues(Field field)
    {
        var several = field.Kind == FieldKind.Names;
        var typed = Ask($"{field.Label} (facultatif) : {field.Help}{(several ? " Séparez-les par « ; »." : string.Empty)}",
            t => (several ? t.Split(';') : [t]).Select(v => DraftRules.Value(field, v)).FirstOrDefault(p => p is not null), optional: true);
        return [.. (several ? typed.Split(';') : [typed]).Select(YamlText.OneLine).Where(v => v.Length > 0)];
    }

    private void AskPeriod(DraftAnswers answers)
    {
        if (answers.PeriodStart is null)
        {
            DraftRules.Month(Ask("Début de l'action (AAAA-MM, par exemple 2024-09)", t => DraftRules.Month(t, "Le début", today, out _)),
                "Le début", today, out var start);
            answers.PeriodStart = start;
        }
        if (answers.PeriodEndKnown)
            return;
        var ended = AskYesNo("L'action est-elle terminée ?");
        if (ended)
        {
            var begun = answers.PeriodStart.Value;
            DraftRules.Month(Ask("Fin de l'action (AAAA-MM)", t => DraftRules.Month(t, "La fin", today, out var m) ?? (m < begun ? $"La fin ({m}) précède le début ({begun})." : null)),
                "La fin", today, out var end);
            answers.PeriodEnd = end;
        }
        answers.PeriodEndKnown = true;
    }

    private IReadOnlyList<string> AskTerms(Vocabulary vocabulary)
    {
        console.WriteLine();
        console.MarkupLine($"[bold]{Markup.Escape(vocabulary.IsSingle ? vocabulary.SingularLabel : vocabulary.Label)}[/]{(vocabulary.Description.Length > 0 ? " — " + Markup.Escape(vocabulary.Description) : string.Empty)}");
        var numbered = vocabulary.Terms.Count <= WriteUpScaffold.MaxListedTerms;
        string question;
        if (numbered)
        {
            for (var i = 0; i < vocabulary.Terms.Count; i++)
                console.MarkupLine($"  [dim]{i + 1,2}.[/] {Markup.Escape(vocabulary.Terms[i].Label)}");
            question = vocabulary.IsSingle
                ? "Votre choix (un numéro)"
                : $"Vos choix (numéros séparés par des virgules, {(vocabulary.Min > 1 ? $"de {vocabulary.Min} " : "jusqu'")}à {vocabulary.Max})";
        }
        else
        {
            var example = vocabulary.Terms.FirstOrDefault();
            question = example is null ? "Votre choix" : $"Votre choix (le code ou le nom, par exemple {example.Id})";
        }
        if (!vocabulary.Required)
            question += " (facultatif)";
        var typed = Ask(question, t => DraftRules.Terms(vocabulary, t, numbered, out _), optional: !vocabulary.Required);
        DraftRules.Terms(vocabulary, typed, numbered, out var ids);
        if (ids.Count > 0)
            console.MarkupLine($"  [green]→[/] {Markup.Escape(string.Join(", ", ids.Select(id => vocabulary.Find(id)!.Label)))}");
        return ids;
    }

    private string Ask(string question, Func<string, string?> rule, bool optional = false)
    {
        BeforeEachQuestion?.Invoke();
        // Empty answers reach the check, so that Enter on a required question says why it is asked again.
        var prompt = new TextPrompt<string>(Markup.Escape(question) + " :")
        {
            AllowEmpty = true,
        };
        prompt.Validate(value => (!optional && string.IsNullOrWhiteSpace(value)
                ? "Cette réponse est obligatoire : sans elle, la fiche ne peut pas être créée. Tapez-la puis Entrée (tout se modifie ensuite dans le fichier)."
                : rule(value)) is { } problem
            ? ValidationResult.Error($"[red]{Markup.Escape(problem)}[/]")
            : ValidationResult.Success());
        return console.Prompt(prompt).Trim();
    }

    /// <summary>Asks for a yes or a no; Enter means <paramref name="enter"/>.</summary>
    public bool Confirm(string question, bool enter = false) => AskYesNo(question, enter);

    /// <summary>A yes-or-no question: o, oui, n or non (any case); Enter means <paramref name="enter"/> (no, unless said).</summary>
    private bool AskYesNo(string question, bool enter = false)
    {
        BeforeEachQuestion?.Invoke();
        var prompt = new TextPrompt<string>(Markup.Escape(question) + " [[o/n]]")
        {
            AllowEmpty = true,
        };
        prompt.Validate(value => YesNo(value) is null
            ? ValidationResult.Error("[red]Répondez o (oui) ou n (non).[/]")
            : ValidationResult.Success());
        var typed = console.Prompt(prompt);
        return typed.Trim().Length == 0 ? enter : YesNo(typed) ?? false;
    }

    internal static bool? YesNo(string typed) => typed.Trim().ToLowerInvariant() switch
    {
        "" or "n" or "non" => false,
        "o" or "oui" => true,
        _ => null,
    };
}
