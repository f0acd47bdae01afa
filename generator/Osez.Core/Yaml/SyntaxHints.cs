namespace Osez.Yaml;

/// <summary>Turns a YAML parser failure into a French hint a contributor can act on.</summary>
internal static class SyntaxHints
{
    public static string For(string line, string parserMessage)
    {
        if (line.IndexOfAny(['\u2028', '\u2029']) is var separator and >= 0)
            return $"Cette ligne contient un saut de ligne invisible (U+{(int)line[separator]:X4}) à la colonne {separator + 1}, venu sans doute "
                + "d'un copier-coller : effacez-le, puis retapez une espace si deux mots se retrouvent collés.";
        if (line.Contains('\t'))
            return "Cette ligne contient une tabulation : en YAML, indentez uniquement avec des espaces.";
        if (line.TakeWhile(c => c == ' ' || IsOddBlank(c)).FirstOrDefault(IsOddBlank) is var blank and not '\0')
            return $"Cette ligne commence par un blanc invisible autre qu'une espace (U+{(int)blank:X4}{(blank == '\u00A0' ? ", une espace insécable" : string.Empty)}), "
                + "venu sans doute d'un traitement de texte : effacez le début de la ligne et retapez l'indentation avec des espaces ordinaires.";
        var trimmed = line.TrimStart();
        // A field's name written without its colon: a line without « : » that starts with a name as fields are written.
        var word = trimmed.IndexOf(' ', StringComparison.Ordinal);
        var name = word < 0 ? trimmed : trimmed[..word];
        if (!trimmed.Contains(':', StringComparison.Ordinal) && name.Length > 0 && name.All(c => c is (>= 'a' and <= 'z') or '_'))
            return word < 0
                ? $"Il manque « : » après « {name} » : écrivez « {name}: » (avec les deux-points)."
                : $"S'il s'agit du champ « {name} », il manque « : » après son nom : « {name}: {trimmed[(word + 1)..].Trim()} ».";
        var colon = trimmed.IndexOf(": ", StringComparison.Ordinal);
        if (colon >= 0 && trimmed.IndexOf(": ", colon + 2, StringComparison.Ordinal) >= 0)
            return "La valeur contient « : ». Mettez-la entre guillemets : titre: \"Avant : après\".";
        if (CountOf(trimmed, '"') % 2 == 1)
            return "Un guillemet « \" » est ouvert sans être refermé sur cette ligne.";
        var value = colon >= 0 ? trimmed[(colon + 2)..].TrimStart() : trimmed.StartsWith("- ", StringComparison.Ordinal) ? trimmed[2..].TrimStart() : string.Empty;
        if (value.StartsWith('\'') && CountOf(value, '\'') % 2 == 1)
            return "Une apostrophe « ' » ouvre cette valeur sans la refermer : entourez plutôt la valeur de guillemets, comme \"l'action\".";
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

    /// <summary>A blank that is not the space nor a line end: a tab, a no-break space, a zero-width space, a byte order mark...</summary>
    public static bool IsOddBlank(char c)
        => c is not (' ' or '\r' or '\n') && (char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF' or '\u2060');

    private static int CountOf(string text, char c)
    {
        var n = 0;
        foreach (var ch in text)
            if (ch == c)
                n++;
        return n;
    }
}
