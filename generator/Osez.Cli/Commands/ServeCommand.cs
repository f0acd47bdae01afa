using System.CommandLine;
using System.Net.Sockets;
using Osez.Building;
using Osez.Configuration;
using Osez.Server;

namespace Osez.Cli.Commands;

/// <summary><c>serve</c>: a live preview of the site on this computer, rebuilt and reloaded at each save.</summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var site = new SiteOptions();
        var port = new Option<int>("--port")
        {
            Description = "Port local de l'aperçu (par défaut : un port libre, affiché au démarrage)",
            HelpName = "nombre",
            DefaultValueFactory = _ => 0,
            // Read here rather than by the library: its own failure on « abc » is in English, and a validator asking for
            // the value would throw instead of reporting.
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "0";
                if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
                    && number <= 65535)
                    return number;
                result.AddError($"« {text} » n'est pas un port : le port est un nombre de 1 à 65535 (ou 0 pour un port libre).");
                return 0;
            },
        };
        var command = new Command("serve", "Afficher le site sur cet ordinateur, mis à jour à chaque enregistrement d'un fichier");
        command.Options.Add(site.Content);
        command.Options.Add(site.Templates);
        command.Options.Add(port);
        command.SetAction(async (parse, cancel) =>
        {
            var paths = SitePaths.From(ProjectFolder.Value(parse, site.Content), ProjectFolder.Value(parse, site.Templates), ProjectFolder.Default("output"));
            if (!Directory.Exists(paths.Content))
            {
                error.WriteLine($"Le dossier de contenu « {paths.Content} » est introuvable : lancez la commande depuis le dossier du projet, ou indiquez-le avec --content.");
                return CliApp.UsageError;
            }
            var server = new PreviewServer(new PreviewOptions(paths, parse.GetValue(port), output), new IncrementalRebuilder(paths, SiteBuilder.Default));
            try
            {
                await server.RunAsync(cancel);
                return CliApp.Success;
            }
            catch (IOException ex) when (ex.InnerException is SocketException || ex.Message.Contains("address", StringComparison.OrdinalIgnoreCase))
            {
                error.WriteLine($"L'aperçu n'a pas pu démarrer sur le port {parse.GetValue(port)} : il est sans doute déjà utilisé (peut-être par un autre aperçu).");
                error.WriteLine($"Arrêtez l'autre programme, ou choisissez un autre port : {CliApp.ScriptName} serve --port 8081 (ou sans --port, pour un port libre).");
                return CliApp.UsageError;
            }
        });
        return command;
    }
}
