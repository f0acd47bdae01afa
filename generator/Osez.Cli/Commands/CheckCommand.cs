using System.CommandLine;
using Osez.Building;
using Osez.Cli.Reports;
using Osez.Diagnostics;

namespace Osez.Cli.Commands;

/// <summary><c>check</c>: everything <c>build</c> checks, without writing anything.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var site = new SiteOptions();
        var format = new Option<string>("--format")
        {
            Description = "Présentation des messages : human (pour vous lire, par défaut), github (annotations de pull request) ou json (pour les outils)",
            HelpName = "human|github|json",
            DefaultValueFactory = _ => "human",
        };
        format.AcceptOnlyFromAmong("human", "github", "json");
        var strict = new Option<bool>("--strict") { Description = "Échouer aussi sur les avertissements" };
        var command = new Command("check", "Vérifier le contenu sans construire le site");
        site.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(strict);
        command.SetAction(parse =>
        {
            var paths = site.Paths(parse);
            var result = SiteBuilder.Default.Run(new BuildOptions(paths, OutputMode.None) { IncludeDrafts = true });
            switch (parse.GetValue(format))
            {
                case "github":
                    GithubReport.Print(output, result.Diagnostics);
                    break;
                case "json":
                    JsonReport.Print(output, result.Diagnostics, result.FilesRead);
                    break;
                default:
                    new HumanReport(output, paths).Print(result.Diagnostics, result.FilesRead, parse.GetValue(site.Details));
                    break;
            }
            var failed = result.HasErrors || (parse.GetValue(strict) && result.Count(Severity.Warning) > 0);
            return failed ? CliApp.ContentErrors : CliApp.Success;
        });
        return command;
    }
}
