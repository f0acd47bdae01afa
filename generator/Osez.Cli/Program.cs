using System.Globalization;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.GetCultureInfo("fr-FR");
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr-FR");
Console.OutputEncoding = System.Text.Encoding.UTF8;

// Questions are asked only in a real terminal; a script or a pipe never waits for input.
var terminal = Console.IsInputRedirected || Console.IsOutputRedirected ? null : Spectre.Console.AnsiConsole.Console;
return Osez.Cli.CliApp.Run(args, Console.Out, Console.Error, terminal);
