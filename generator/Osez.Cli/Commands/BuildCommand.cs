using System.CommandLine;
using Osez.Building;
using Osez.Cli.Reports;

namespace Osez.Cli.Commands;

/// <summary><c>build</c>: checks the content, then writes the site (only when there is no error).</summary>
internal static class BuildCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var site = new SiteOptions();
        var timings = new Option<bool>("--timings") { Description = "Afficher la durée de chaque étape" };
        var command = new Command("build", "Construire le site dans le dossier de sortie");
        site.AddTo(command);
        command.Options.Add(timings);
        command.SetAction(parse =>
        {
            var options = new BuildOptions(site.Paths(parse), OutputMode.Disk) { IncludeDrafts = parse.GetValue(site.Drafts) };
            var result = SiteBuilder.Default.Run(options);
            var report = new HumanReport(error, options.Paths);
            report.Print(result.Diagnostics, result.FilesRead, parse.GetValue(site.Details));
            if (result.Written)
                output.WriteLine($"Site construit dans {options.Paths.Output} : {result.WriteUpCount} fiches, {result.FileCount} fichiers.");
            else
                error.WriteLine("Le site n'a pas été construit : corrigez les erreurs ci-dessus. Le site précédent est conservé.");
            if (parse.GetValue(timings))
                TimingsReport.Print(output, result.Timings);
            return result.Written ? CliApp.Success : CliApp.ContentErrors;
        });
        return command;
    }
}
