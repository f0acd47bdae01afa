using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Osez.Cli.Help;

/// <summary>
/// The help of every command, written here in French under the name the person types (<c>./build.sh</c>,
/// <c>build.cmd</c>): the library's own help has English titles and labels.
/// </summary>
internal sealed class FrenchHelp : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        Write(parseResult.CommandResult.Command, parseResult.InvocationConfiguration.Output);
        return CliApp.Success;
    }

    public static void Write(Command command, TextWriter output)
    {
        var script = CliApp.ScriptName;
        var root = command is RootCommand;
        if (!string.IsNullOrEmpty(command.Description))
            output.WriteLine(command.Description);
        output.WriteLine();
        output.WriteLine(root
            ? $"Utilisation : {script} [commande] [options]"
            : $"Utilisation : {script} {command.Name}{string.Concat(command.Arguments.Select(a => $" {a.Name.ToUpperInvariant()}"))} [options]");
        foreach (var argument in command.Arguments.Where(a => !string.IsNullOrEmpty(a.Description)))
            output.WriteLine($"  {argument.Name.ToUpperInvariant()} : {argument.Description}");
        if (root)
        {
            output.WriteLine();
            output.WriteLine("Commandes :");
            var commands = command.Subcommands.Where(c => !c.Hidden).ToList();
            var width = commands.Max(c => c.Name.Length) + 4;
            foreach (var sub in commands)
                output.WriteLine($"  {sub.Name.PadRight(width)}{sub.Description}"
                    + (sub.Name == "build" ? $" (la commande par défaut : « {script} » seul construit le site)" : string.Empty));
        }
        var rows = command.Options.Where(o => !o.Hidden && o is not HelpOption && o is not VersionOption)
            .Select(o => (Label(o), Describe(o)))
            .Append(("-h, --help", "Afficher cette aide"))
            .ToList();
        if (root)
            rows.Add(("--version", "Afficher la version du générateur"));
        output.WriteLine();
        output.WriteLine("Options :");
        var labelWidth = rows.Max(r => r.Item1.Length) + 3;
        foreach (var (label, description) in rows)
            output.WriteLine($"  {label.PadRight(labelWidth)}{description}");
        output.WriteLine();
        output.WriteLine(root
            ? $"Aide d'une commande : « {script} <commande> --help », par exemple « {script} new --help »."
            : $"Toutes les commandes : « {script} --help ».");
    }

    private static string Label(Option option)
    {
        var names = string.Join(", ", option.Aliases.OrderBy(a => a.Length == 2 ? 0 : 1).ThenBy(a => a, StringComparer.Ordinal).Append(option.Name));
        if (option.ValueType == typeof(bool))
            return names;
        var value = option.HelpName ?? (option.ValueType == typeof(int) ? "nombre" : "valeur");
        return $"{names} <{value}>";
    }

    private static string Describe(Option option)
    {
        var description = option.Description ?? string.Empty;
        if (option.HasDefaultValue && option.GetDefaultValue() is string { Length: > 0 } value
            && !description.Contains("par défaut", StringComparison.Ordinal))
            description += $" (par défaut : {value})";
        return description;
    }
}
