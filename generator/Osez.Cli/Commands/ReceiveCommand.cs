using System.CommandLine;
using Osez.Anonymisation;
using Osez.Building;
using Osez.Cli.Contributing;
using Osez.Cli.Reports;
using Osez.Configuration;
using Osez.Content;
using Osez.Contributing;
using Osez.Contributing.Receiving;
using Osez.Diagnostics;
using Osez.Rendering;
using Osez.Text;

namespace Osez.Cli.Commands;

/// <summary>
/// <c>recevoir</c>: takes a write-up the team received (the site form's file or zip, a mail pasted into a file, an issue
/// form's body), places it under <c>content/fiches/</c> with a free name, and checks it as <c>check</c> does. A write-up
/// holding personal data is refused: nothing stays written. With <c>--branche</c>, a branch and a commit ready to push.
/// </summary>
internal static class ReceiveCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var site = new SiteOptions();
        var file = new Argument<string>("fichier") { Description = "La proposition reçue : fichier .md, archive .zip, courriel collé dans un fichier, ou texte d'une proposition faite sur la forge" };
        var branch = new Option<string>("--branche")
        {
            Description = "Créer cette branche git avec la fiche enregistrée (un commit), prête à envoyer pour une demande de fusion",
            HelpName = "nom",
        };
        var command = new Command("recevoir", "Recevoir une fiche proposée (fichier, archive zip, courriel ou proposition faite sur la forge) : la ranger dans content/fiches/ et la vérifier");
        command.Arguments.Add(file);
        command.Options.Add(site.Content);
        command.Options.Add(site.Templates);
        command.Options.Add(branch);
        command.SetAction(parse => Receive(parse.GetValue(file)!, SitePaths.From(parse.GetValue(site.Content)!, parse.GetValue(site.Templates)!, "output"),
            parse.GetValue(branch), output, error));
        return command;
    }

    /// <summary>Where the messages of a refused write-up are located.</summary>
    public const string RefusedName = "fiche reçue";

    private static int Receive(string received, SitePaths paths, string? branch, TextWriter output, TextWriter error)
    {
        if (!File.Exists(received))
        {
            error.WriteLine($"Le fichier « {LogText.Visible(received)} » est introuvable : indiquez le chemin du fichier reçu (par exemple ~/Téléchargements/ma-fiche.md).");
            return CliApp.UsageError;
        }
        if (!Directory.Exists(paths.Content))
        {
            error.WriteLine($"Le dossier de contenu « {paths.Content} » est introuvable : lancez la commande depuis le dossier du projet, ou indiquez-le avec --content.");
            return CliApp.UsageError;
        }
        var git = new GitBranch(paths.Content);
        if (branch is not null && git.Problem(branch) is { } gitProblem)
        {
            error.WriteLine($"Rien n'a été reçu : {gitProblem}");
            return CliApp.UsageError;
        }
        if (new FileInfo(received).Length > ProposalReader.MaxBytes)
        {
            error.WriteLine($"Le fichier fait plus de {ProposalReader.MaxBytes / 1_000_000} Mo : ce n'est pas une proposition de fiche. Rien n'a été écrit.");
            return CliApp.ContentErrors;
        }

        var loading = new DiagnosticBag();
        var vocabularies = ContentLoader.LoadVocabularies(paths, loading);
        var problems = new List<string>();
        var notes = new List<string>();
        var proposal = ProposalReader.Read(File.ReadAllBytes(received), vocabularies, DateOnly.FromDateTime(DateTime.Now), problems, notes);
        if (proposal is null)
        {
            error.WriteLine("La proposition n'a pas été reçue (rien n'a été écrit) :");
            foreach (var problem in problems)
                error.WriteLine($"  {LogText.Visible(problem)}");
            return CliApp.ContentErrors;
        }

        var wanted = SlugPicker.Pick(proposal.Title, _ => false);
        var (slug, files) = ReceivedFiles.Write(paths.WriteUps, proposal);
        var shown = paths.Display(files[0]);
        var diagnostics = Check(paths, files[0], proposal.Images.Count > 0);
        var personal = PersonalDataDetectors.All.Select(d => d.Code.Id).ToHashSet(StringComparer.Ordinal);
        var report = new HumanReport(output, paths);
        if (diagnostics.Where(d => personal.Contains(d.Code)).ToList() is { Count: > 0 } found)
        {
            // Only these messages: they show the passages masked, while others could quote a line that holds them. Located
            // in « the write-up received » rather than under its name, which is made from its title and may hold them too.
            report.Print([.. found.Select(d => d with { Location = d.Location with { File = RefusedName } })], files.Count);
            ReceivedFiles.Remove(paths.WriteUps, slug, files);
            error.WriteLine();
            error.WriteLine($"La fiche est refusée : {(found.Count == 1 ? "un passage ressemble" : $"{found.Count} passages ressemblent")} à une donnée personnelle (messages ci-dessus). Rien n'a été écrit.");
            error.WriteLine($"Les lignes sont celles du texte de la fiche, en-tête compris (« {RefusedName} ») ; le nom de la fiche n'est pas donné, car il vient de son titre.");
            error.WriteLine("Répondez en privé à la personne qui l'a envoyée, sans recopier ces passages : qu'elle les retire ou les remplace (« une participante », le département...), puis qu'elle renvoie sa fiche.");
            return CliApp.ContentErrors;
        }

        report.Print(diagnostics, files.Count);
        output.WriteLine();
        if (slug != wanted)
            output.WriteLine($"Une fiche s'appelle déjà {paths.Display(Path.Combine(paths.WriteUps, wanted))} : celle-ci est rangée sous le nom suivant libre, {slug}. Rien n'a été remplacé.");
        foreach (var note in notes)
            output.WriteLine(LogText.Visible(note));
        var images = proposal.Images.Count switch { 0 => string.Empty, 1 => ", avec 1 image", var n => $", avec {n} images" };
        output.WriteLine($"Fiche reçue : {shown}{images} (en brouillon : statut: brouillon).");
        output.WriteLine("La personne qui l'a envoyée reste l'autrice ou l'auteur de la fiche (champ « auteurs ») : gardez son nom en la retravaillant.");
        if (diagnostics.Any(d => d.Severity == Severity.Error))
            output.WriteLine($"Des erreurs restent à corriger avant publication (ci-dessus) : ouvrez {shown}, corrigez-les, puis vérifiez avec « {CliApp.ScriptName} check ».");

        var config = SiteConfigReader.Read(File.Exists(paths.ConfigFile) ? File.ReadAllText(paths.ConfigFile) : string.Empty, "site.yml", new DiagnosticBag());
        if (branch is null)
        {
            NextSteps(output, shown, slug);
            return CliApp.Success;
        }
        return Commit(git, branch, files, proposal.Title, config, output, error);
    }

    /// <summary>The diagnostics <c>check</c> gives on the received write-up (its file, or its folder with its images).</summary>
    private static List<Diagnostic> Check(SitePaths paths, string text, bool folder)
    {
        var result = SiteBuilder.Default.Run(new BuildOptions(paths, OutputMode.None) { IncludeDrafts = true });
        var file = paths.Display(text);
        var under = folder ? paths.Display(Path.GetDirectoryName(text)!) + "/" : null;
        return result.Diagnostics.Where(d => d.Location.File == file || (under is not null && d.Location.File.StartsWith(under, StringComparison.Ordinal))).ToList();
    }

    private static void NextSteps(TextWriter output, string shown, string slug)
    {
        var script = CliApp.ScriptName;
        output.WriteLine();
        output.WriteLine("Et maintenant :");
        output.WriteLine($"  1. Relisez {shown} avec la charte d'anonymisation (content/pages/charte.md), comme le ferait un voisin ou un collègue du territoire.");
        output.WriteLine($"  2. Voyez-la comme sur le site : {script} serve");
        output.WriteLine($"  3. Enregistrez-la dans une branche pour la demande de fusion : git switch -c proposition-{slug} && git add content/fiches && git commit -m \"Proposition de fiche\"");
        output.WriteLine($"     (ou, la prochaine fois : {script} recevoir FICHIER --branche proposition-{slug})");
        output.WriteLine("  4. Une seconde personne relit l'anonymisation et l'inscrit dans « relecture_anonymisation » ; alors seulement : statut: publie.");
    }

    private static int Commit(GitBranch git, string branch, IReadOnlyList<string> files, string title, SiteConfig? config, TextWriter output, TextWriter error)
    {
        var message = $"Proposition de fiche : {(title.Length > 0 ? title : "sans titre")}";
        foreach (var step in new[] { new[] { "switch", "--quiet", "-c", branch }, ["add", "--", .. files], ["commit", "--quiet", "-m", message, "--", .. files] })
        {
            var (code, said) = git.Run(step);
            if (code != 0)
            {
                error.WriteLine($"La fiche est rangée, mais « git {step[0]} » a échoué : {LogText.Visible(said, keepLineBreaks: true)}");
                error.WriteLine("Corrigez (par exemple : git config user.name et user.email), puis enregistrez-la à la main : git add content/fiches && git commit.");
                return CliApp.ContentErrors;
            }
        }
        output.WriteLine();
        output.WriteLine($"Branche « {branch} » créée, avec la fiche enregistrée (« {LogText.Visible(message)} »).");
        output.WriteLine("Et maintenant, envoyez-la puis ouvrez la demande de fusion :");
        var gitlab = config is { HasRepository: true } && ForgeLinks.IsGitLab(config);
        if (gitlab)
        {
            output.WriteLine($"  git push -u origin {branch} -o merge_request.create");
            output.WriteLine($"  (ou ouvrez {config!.RepositoryUrl}/-/merge_requests/new?merge_request%5Bsource_branch%5D={Uri.EscapeDataString(branch)})");
        }
        else
        {
            output.WriteLine($"  git push -u origin {branch}");
            output.WriteLine($"  gh pr create --fill --head {branch}");
            if (config is { HasRepository: true })
                output.WriteLine($"  (ou, sans gh : ouvrez {config.RepositoryUrl}/compare/{Uri.EscapeDataString(branch)}?expand=1)");
        }
        return CliApp.Success;
    }
}
