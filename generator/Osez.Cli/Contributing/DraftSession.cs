using Osez.Configuration;
using Osez.Contributing;
using Osez.Vocabularies;
using Spectre.Console;

namespace Osez.Cli.Contributing;

/// <summary>
/// <c>new</c> in a terminal: offers to resume the answers an interrupted <c>new</c> kept, asks the rest while keeping
/// each answer as it is given (Ctrl+C or a closed terminal loses nothing), and asks before a numbered file name.
/// </summary>
internal sealed class DraftSession(IAnsiConsole console, VocabularySet vocabularies, DateOnly today, SitePaths paths)
{
    private readonly KeptAnswers kept = KeptAnswers.For(paths.Content);

    /// <summary>Completes the answers; the write-up file is then written by the caller, who calls <see cref="Done"/>.</summary>
    public void Complete(DraftAnswers answers)
    {
        var questions = new DraftQuestions(console, vocabularies, today);
        var startedAt = Resume(questions, answers) ?? DateTime.Now;
        questions.BeforeEachQuestion = () =>
        {
            if (answers.Count > 0)
                kept.Save(answers, startedAt);
        };
        ConsoleCancelEventHandler interrupted = (_, _) => Interrupted(answers);
        Console.CancelKeyPress += interrupted;
        try
        {
            questions.AskMissing(answers);
            AskAboutTakenName(questions, answers);
        }
        finally
        {
            Console.CancelKeyPress -= interrupted;
        }
    }

    /// <summary>The write-up file is written: the kept answers have served.</summary>
    public void Done() => kept.Delete();

    private DateTime? Resume(DraftQuestions questions, DraftAnswers answers)
    {
        if (!kept.Exists)
            return null;
        if (kept.Load() is not { } loaded)
        {
            console.MarkupLine(Markup.Escape($"Des réponses gardées ({paths.Display(kept.Path)}) n'ont pas pu être relues : elles sont laissées de côté."));
            kept.Delete();
            return null;
        }
        var title = loaded.Answers.Title is { Length: > 0 } t ? $"« {t} », " : string.Empty;
        console.MarkupLine(Markup.Escape($"Une fiche commencée n'a pas été terminée : {title}{KeptCount(loaded.Count)}. "
            + "Entrée ou o pour la reprendre là où elle en était, n pour effacer ces réponses et recommencer."));
        if (!questions.Confirm($"Reprendre la fiche commencée {KeptAnswers.When(loaded.StartedAt)} ?", enter: true))
        {
            kept.Delete();
            console.MarkupLine("Réponses effacées : nouvelle fiche.");
            console.WriteLine();
            return null;
        }
        answers.FillFrom(loaded.Answers);
        console.MarkupLine("Reprise : seules les questions sans réponse sont posées.");
        console.WriteLine();
        return loaded.StartedAt;
    }

    /// <summary>The file name becomes the write-up's permanent address: a numbered one is a choice, not a surprise.</summary>
    private void AskAboutTakenName(DraftQuestions questions, DraftAnswers answers)
    {
        while (true)
        {
            var title = answers.ToDraft(today).Title;
            var wanted = SlugPicker.Pick(title, _ => false);
            var picked = SlugPicker.Pick(title, s => SlugPicker.IsTakenOnDisk(paths.WriteUps, s));
            if (picked == wanted)
                return;
            console.WriteLine();
            console.MarkupLine(Markup.Escape($"Une fiche s'appelle déjà {paths.Display(Path.Combine(paths.WriteUps, wanted + ".md"))} : celle-ci s'appellerait {picked}.md. "
                + $"Le nom du fichier devient l'adresse de la fiche sur le site, pour toujours (fiches/{picked}/) : "
                + "un titre qui la distingue lui donne une adresse plus parlante."));
            if (questions.AskOtherTitle($"fichier {picked}.md") is not { } other)
                return;
            answers.Title = other;
        }
    }

    private void Interrupted(DraftAnswers answers)
    {
        // The process ends after this handler (exit code 130, as for any Ctrl+C): only say what was kept.
        console.WriteLine();
        console.WriteLine();
        console.MarkupLine(Markup.Escape(answers.Count > 0 && kept.Exists
            ? $"Interrompu : {(answers.Count == 1 ? "votre réponse est gardée" : $"vos {answers.Count} réponses sont gardées")} dans {paths.Display(kept.Path)}. "
              + $"Relancez « {CliApp.ScriptName} new » pour reprendre la fiche là où elle en était."
            : "Interrompu : aucune réponse n'était encore donnée, rien n'est gardé."));
    }

    private static string KeptCount(int count) => count == 1 ? "1 réponse gardée" : $"{count} réponses gardées";
}
