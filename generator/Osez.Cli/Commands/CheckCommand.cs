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
            Description = "Présentation des messages : texte (pour vous lire, par défaut), github (annotations de pull request) ou json (pour les outils)",
            HelpName = "texte|github|json",
            DefaultValueFactory = _ => "texte",
        };
        // « human », the former name of « texte », is still understood (scripts may use it) but no longer shown.
        format.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && result.Tokens[^1].Value is var value && value is not ("texte" or "human" or "github" or "json"))
                result.AddError($"« {value} » n'est pas une présentation possible : texte, github ou json.");
        });
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
