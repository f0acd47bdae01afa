using System.CommandLine;
using Osez.Cli.Commands;
using Spectre.Console;

namespace Osez.Cli;

/// <summary>The command line: build, check, new, serve. Exit codes: 0 clean, 1 content errors, 2 usage error.</summary>
public static class CliApp
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, terminal: null);

    /// <param name="terminal">The terminal to ask questions in (<c>new</c>), or null when there is none: nothing then waits for input.</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, IAnsiConsole? terminal)
        => Invoke(Commands(args, output, error, terminal), args, output, error);

    private static RootCommand Commands(string[] args, TextWriter output, TextWriter error, IAnsiConsole? terminal)
    {
        var root = new RootCommand("Osez le collectif : construit et vérifie le site des fiches d'expérience.");
        root.Subcommands.Add(BuildCommand.Create(output, error));
        root.Subcommands.Add(CheckCommand.Create(output, error));
        root.Subcommands.Add(NewCommand.Create(output, error, args, terminal));
        root.Subcommands.Add(ServeCommand.Create(output, error));
        // The one text System.CommandLine does not translate; the same option serves every command.
        foreach (var help in root.Options.OfType<System.CommandLine.Help.HelpOption>())
            help.Description = "Afficher l'aide : ce que fait la commande et ses options";
        return root;
    }

    /// <summary>The usage errors of a command line, without running it (tests check the commands that scripts and workflows run).</summary>
    internal static IReadOnlyList<string> UsageErrors(string[] args)
        => Commands(args, TextWriter.Null, TextWriter.Null, terminal: null).Parse(args).Errors.Select(e => e.Message).ToList();

    private static int Invoke(RootCommand root, string[] args, TextWriter output, TextWriter error)
    {
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
                error.WriteLine($"Erreur : {problem.Message}");
            error.WriteLine("Aide : « osez --help », ou « osez <commande> --help ».");
            return UsageError;
        }
        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
