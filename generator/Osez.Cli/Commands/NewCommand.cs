using System.CommandLine;
using Osez.Cli.Contributing;
using Osez.Cli.Reports;
using Osez.Configuration;
using Osez.Content;
using Osez.Contributing;
using Osez.Diagnostics;
using Osez.Vocabularies;
using Spectre.Console;

namespace Osez.Cli.Commands;

/// <summary>
/// <c>new</c>: creates a write-up file with its complete front matter and the common plan.
/// Asks in a terminal; in a script (no terminal, or <c>--non-interactif</c>) takes options only
/// and never waits for input.
/// </summary>
internal static class NewCommand
{
    public static Command Create(TextWriter output, TextWriter error, string[] args, IAnsiConsole? terminal)
    {
        var content = new Option<string>("--content")
        {
            Description = "Dossier du contenu (fiches, vocabulaires, site.yml)",
            HelpName = "dossier",
            DefaultValueFactory = _ => "content",
        };
        var batch = new Option<bool>("--non-interactif") { Description = "Ne poser aucune question : tout vient des options" };
        // The vocabulary options come from the vocabulary files, so they are read before parsing.
        // Only when the command is "new": other commands must not pay for reading the vocabularies twice.
        var isNew = args.Length > 0 && args[0] == "new";
        var loadProblems = new DiagnosticBag();
        var vocabularies = isNew ? Load(PeekOption(args, "--content") ?? ProjectFolder.Default("content"), out loadProblems) : VocabularySet.Empty;
        var fields = new DraftOptions(vocabularies ?? VocabularySet.Empty);

        var command = new Command("new", "Créer une fiche : un fichier prêt à écrire, avec son en-tête complet et son plan");
        command.Options.Add(content);
        command.Options.Add(batch);
        fields.AddTo(command);
        command.SetAction(parse =>
        {
            var paths = Paths(ProjectFolder.Value(parse, content));
            if (vocabularies is null || loadProblems.HasErrors)
            {
                error.WriteLine("La fiche n'a pas été créée : le dossier de contenu a des erreurs qui empêchent de lire les vocabulaires.");
                new HumanReport(error, paths).Print(loadProblems.Sorted(), 0);
                return CliApp.ContentErrors;
            }
            var today = DateOnly.FromDateTime(DateTime.Now);
            var problems = new List<string>();
            var answers = fields.Read(parse, vocabularies, today, problems);
            if (problems.Count > 0)
                return Usage(error, "Certaines options ne conviennent pas :", problems);

            var console = parse.GetValue(batch) ? null : terminal;
            var session = console is null ? null : new DraftSession(console, vocabularies, today, paths);
            if (session is not null)
                session.Complete(answers);
            else if (fields.Missing(answers, vocabularies) is { Count: > 0 } missing)
                return Usage(error, "Il manque des informations pour créer la fiche. Sans terminal, « new » ne pose pas de question : ajoutez ces options.", missing);

            var draft = answers.ToDraft(today);
            if (session is null)
            {
                // Without a terminal nobody can be asked: the numbered name is said, on the error output that scripts log.
                var wanted = SlugPicker.Pick(draft.Title, _ => false);
                var picked = SlugPicker.Pick(draft.Title, s => SlugPicker.IsTakenOnDisk(paths.WriteUps, s));
                if (picked != wanted)
                    error.WriteLine($"Une fiche s'appelle déjà {paths.Display(Path.Combine(paths.WriteUps, wanted + ".md"))} : celle-ci s'appellera {picked}.md, et son adresse fiches/{picked}/ restera la sienne.");
            }
            var file = NewWriteUpFile.Write(paths.WriteUps, draft.Title, _ => WriteUpScaffold.Render(draft, vocabularies));
            session?.Done();
            NextSteps.Print(output, paths.Display(file));
            return CliApp.Success;
        });
        return command;
    }

    private static int Usage(TextWriter error, string title, IEnumerable<string> lines)
    {
        error.WriteLine(title);
        foreach (var line in lines)
            error.WriteLine($"  {line}");
        error.WriteLine($"Aide : « {CliApp.ScriptName} new --help » liste les options et les termes possibles.");
        return CliApp.UsageError;
    }

    private static SitePaths Paths(string content) => SitePaths.From(content, ProjectFolder.Default("templates"), ProjectFolder.Default("output"));

    private static VocabularySet? Load(string contentFolder, out DiagnosticBag problems)
    {
        problems = new DiagnosticBag();
        var paths = Paths(contentFolder);
        if (!Directory.Exists(paths.Content))
        {
            problems.Report(DiagnosticCodes.MissingFolder, new SourceLocation(paths.Content),
                "Le dossier de contenu est introuvable.",
                "Lancez la commande depuis le dossier du projet, ou indiquez le dossier avec --content.");
            return null;
        }
        var vocabularies = ContentLoader.LoadVocabularies(paths, problems);
        if (vocabularies.All.Count == 0 && !problems.HasErrors)
            problems.Report(DiagnosticCodes.MissingFolder, new SourceLocation(paths.Display(paths.Vocabularies)),
                "Aucun vocabulaire trouvé : « new » propose les termes des fichiers de content/vocabulaires/.",
                "Vérifiez le dossier de contenu (option --content).");
        return vocabularies;
    }

    /// <summary>The value of an option in raw arguments ("--content x" or "--content=x"), before parsing.</summary>
    private static string? PeekOption(string[] args, string name)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == name && i + 1 < args.Length)
                return args[i + 1];
            if (args[i].StartsWith(name + "=", StringComparison.Ordinal))
                return args[i][(name.Length + 1)..];
        }
        return null;
    }
}
