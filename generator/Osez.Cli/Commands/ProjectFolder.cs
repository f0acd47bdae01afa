using System.CommandLine;

namespace Osez.Cli.Commands;

/// <summary>
/// Where the folders the person did not name are: in the project, wherever the command is typed from. build.sh and
/// build.cmd say where the project is (OSEZ_PROJET); a folder the person names is taken from where they are.
/// </summary>
internal static class ProjectFolder
{
    /// <summary>A folder of the project by its usual name (content, templates, output).</summary>
    public static string Default(string name)
        => Environment.GetEnvironmentVariable("OSEZ_PROJET") is { Length: > 0 } project ? Path.Combine(project, name) : name;

    /// <summary>The option's value: as typed when given, else its default in the project.</summary>
    public static string Value(ParseResult parse, Option<string> option)
        => parse.GetResult(option) is { Implicit: false } ? parse.GetValue(option)! : Default(parse.GetValue(option)!);
}
