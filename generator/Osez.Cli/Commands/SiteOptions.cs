using System.CommandLine;
using Osez.Configuration;

namespace Osez.Cli.Commands;

/// <summary>The folder options every command shares.</summary>
internal sealed class SiteOptions
{
    public Option<string> Content { get; } = new("--content")
    {
        HelpName = "dossier",
        Description = "Dossier du contenu (fiches, vocabulaires, site.yml)",
        DefaultValueFactory = _ => "content",
    };

    public Option<string> Templates { get; } = new("--templates")
    {
        HelpName = "dossier",
        Description = "Dossier des gabarits et des feuilles de style",
        DefaultValueFactory = _ => "templates",
    };

    public Option<string> Output { get; } = new("--output")
    {
        HelpName = "dossier",
        Description = "Dossier où écrire le site construit (remplacé en entier)",
        DefaultValueFactory = _ => "output",
    };

    public Option<bool> Drafts { get; } = new("--drafts")
    {
        Description = "Inclure les fiches en brouillon",
    };

    public Option<bool> Details { get; } = new("--details")
    {
        Description = "Afficher aussi chaque information (termes inutilisés...), au lieu d'une ligne qui les compte",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Content);
        command.Options.Add(Templates);
        command.Options.Add(Output);
        command.Options.Add(Drafts);
        command.Options.Add(Details);
    }

    public SitePaths Paths(ParseResult parse) => SitePaths.From(
        ProjectFolder.Value(parse, Content), ProjectFolder.Value(parse, Templates), ProjectFolder.Value(parse, Output));
}
