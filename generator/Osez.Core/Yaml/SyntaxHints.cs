namespace Osez.Yaml;

/// <summary>Turns a YAML parser failure into a French hint a contributor can act on.</summary>
internal static class SyntaxHints
{
    public static string For(string line, string parserMessage)
    {
        if (line.Contains('\t'))
            return "Cette ligne contient une tabulation : en YAML, indentez uniquement avec des espaces.";
        var trimmed = line.TrimStart();
        var colon = trimmed.IndexOf(": ", StringComparison.Ordinal);
        if (colon >= 0 && trimmed.IndexOf(": ", colon + 2, StringComparison.Ordinal) >= 0)
            return "La valeur contient « : ». Mettez-la entre guillemets : titre: \"Avant : après\".";
        if (CountOf(trimmed, '"') % 2 == 1)
            return "Un guillemet « \" » est ouvert sans être refermé sur cette ligne.";
        if (trimmed.StartsWith('-') && !trimmed.StartsWith("- ", StringComparison.Ordinal) && trimmed.Length > 1 && trimmed[1] != '-')
            return "Dans une liste, mettez un espace après le tiret : « - valeur ».";
        if (parserMessage.Contains("indent", StringComparison.OrdinalIgnoreCase)
            || parserMessage.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase)
            || parserMessage.Contains("did not find expected key", StringComparison.OrdinalIgnoreCase))
            return "Vérifiez l'indentation (même nombre d'espaces que les lignes voisines du même niveau) "
                + "et mettez entre guillemets une valeur qui contient « : » ou « # ».";
        if (trimmed.StartsWith('[') || trimmed.Contains(": ["))
            return "Une liste entre crochets doit être refermée : [terme-un, terme-deux].";
        return "Vérifiez l'indentation, les guillemets et les deux-points de cette ligne et de la précédente.";
    }

    private static int CountOf(string text, char c)
    {
        var n = 0;
        foreach (var ch in text)
            if (ch == c)
                n++;
        return n;
    }
}
