using System.CommandLine;
using Osez.Cli.Commands;
using Spectre.Console;

namespace Osez.Cli;

/// <summary>The command line: build, check, new, serve, recevoir. Exit codes: 0 clean, 1 content errors, 2 usage error.</summary>
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
        root.Subcommands.Add(ReceiveCommand.Create(output, error));
        // The library's help is in English: every command's help is written by FrenchHelp (the option serves every command).
        foreach (var help in root.Options.OfType<System.CommandLine.Help.HelpOption>())
        {
            help.Description = "Afficher l'aide : ce que fait la commande et ses options";
            help.Action = new Help.FrenchHelp();
        }
        foreach (var version in root.Options.OfType<VersionOption>())
            version.Description = "Afficher la version du générateur";
        return root;
    }

    /// <summary>The command the person types to run the generator: set by build.sh and build.cmd.</summary>
    public static string ScriptName
        => Environment.GetEnvironmentVariable("OSEZ_SCRIPT") is { Length: > 0 } name ? name : "./build.sh";

    /// <summary>The usage errors of a command line, without running it (tests check the commands that scripts and workflows run).</summary>
    internal static IReadOnlyList<string> UsageErrors(string[] args)
        => Commands(args, TextWriter.Null, TextWriter.Null, terminal: null).Parse(args).Errors.Select(e => e.Message).ToList();

    /// <summary>The names of the commands, as registered (tests read every command's help).</summary>
    internal static IReadOnlyList<string> CommandNames()
        => Commands([], TextWriter.Null, TextWriter.Null, terminal: null).Subcommands.Select(c => c.Name).ToList();

    /// <summary>« Vouliez-vous dire » for each word that is neither a command nor an option of the command typed.</summary>
    private static IEnumerable<string> Suggestions(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var names = command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name)
            .Concat(command.Options.Where(o => !o.Hidden).Select(o => o.Name))
            .Concat(command is RootCommand ? [] : ["--help"])
            .ToList();
        foreach (var token in parse.UnmatchedTokens.Distinct(StringComparer.Ordinal))
        {
            var close = Osez.Text.Suggestions.Closest(token.TrimStart('-', '/'), names.Select(n => (n, n.TrimStart('-'))), max: 2)
                .Where(n => n != token).ToList();
            if (close.Count > 0)
                yield return $"Vouliez-vous dire {string.Join(" ou ", close.Select(n => $"« {n} »"))} ? (au lieu de « {token} »)";
        }
    }

    private static int Invoke(RootCommand root, string[] args, TextWriter output, TextWriter error)
    {
        var parse = root.Parse(args);
        // « recevoir --help » shows the help, though the file it needs is not given.
        if (parse.Errors.Count > 0 && !(parse.Action is Help.FrenchHelp && parse.UnmatchedTokens.Count == 0))
        {
            // « chek »: the word not understood is the problem, not the command it then lacks.
            var unmatched = parse.UnmatchedTokens;
            var problems = unmatched.Count > 0 && parse.CommandResult.Command is RootCommand
                ? parse.Errors.Where(e => unmatched.Any(t => e.Message.Contains(t, StringComparison.Ordinal))).ToList()
                : parse.Errors.ToList();
            foreach (var problem in problems.Count > 0 ? problems : parse.Errors.ToList())
                error.WriteLine($"Erreur : {problem.Message}");
            foreach (var suggestion in Suggestions(parse))
                error.WriteLine(suggestion);
            var command = parse.CommandResult.Command;
            error.WriteLine(command is RootCommand
                ? $"Aide : « {ScriptName} --help » liste les commandes."
                : $"Aide : « {ScriptName} {command.Name} --help » liste ses options.");
            return UsageError;
        }
        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
