using System.Globalization;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.GetCultureInfo("fr-FR");
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr-FR");
Console.OutputEncoding = System.Text.Encoding.UTF8;

return Osez.Cli.CliApp.Run(args, Console.Out, Console.Error);
