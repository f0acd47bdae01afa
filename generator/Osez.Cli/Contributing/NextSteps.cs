namespace Osez.Cli.Contributing;

/// <summary>What to do once <c>new</c> has written the file, in the order a contributor does it.</summary>
internal static class NextSteps
{
    public static void Print(TextWriter writer, string displayPath)
    {
        var script = CliApp.ScriptName;
        writer.WriteLine();
        writer.WriteLine($"Fiche créée : {displayPath}");
        writer.WriteLine();
        writer.WriteLine("Et maintenant :");
        writer.WriteLine($"  1. Ouvrez {displayPath} et écrivez chaque partie à la place des lignes « À compléter ».");
        writer.WriteLine("  2. Relisez la charte d'anonymisation (content/pages/charte.md) : aucune personne accompagnée ne doit être reconnaissable.");
        writer.WriteLine($"  3. Voyez la fiche comme sur le site pendant que vous écrivez : {script} serve");
        writer.WriteLine($"  4. Vérifiez-la : {script} check");
        writer.WriteLine("  5. Proposez-la à l'équipe du site : voir CONTRIBUTING.md.");
        writer.WriteLine("La fiche reste en brouillon (statut: brouillon) jusqu'à sa relecture d'anonymisation.");
    }
}
