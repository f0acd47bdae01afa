using System.CommandLine;
using Osez.Content;
using Osez.Content.Schema;
using Osez.Contributing;
using Osez.Vocabularies;

namespace Osez.Cli.Contributing;

/// <summary>
/// The options of <c>new</c>: one per field, and one per vocabulary of the content folder
/// (<c>--thematiques a,b</c>, <c>--departement 59</c>), so scripts can give every answer.
/// </summary>
internal sealed class DraftOptions
{
    public Option<string> Title { get; } = Text("--titre", $"Titre de la fiche ({WriteUpSchema.Title.Min} à {WriteUpSchema.Title.Max} caractères)");
    public Option<string> Summary { get; } = Text("--resume", $"Résumé en deux ou trois phrases ({WriteUpSchema.Summary.Min} à {WriteUpSchema.Summary.Max} caractères ; facultatif)");
    public Option<string> LastName { get; } = Text("--nom", "Votre nom (l'auteur de la fiche)");
    public Option<string> FirstName { get; } = Text("--prenom", "Votre prénom (facultatif)");
    public Option<string> Role { get; } = Text("--fonction", "Votre fonction, par exemple « Assistante de service social » (facultatif)");
    public Option<string> Organisation { get; } = Text("--structure", "Votre type de structure, par exemple « Centre social » (facultatif)");
    public Option<string[]> CoAuthors { get; } = new("--coauteur")
    {
        Description = "Un collègue qui signe aussi, sous la forme « Nom;Prénom;Fonction;Type de structure » (les trois derniers facultatifs) ; une option par personne",
        AllowMultipleArgumentsPerToken = false,
        HelpName = "nom;prénom;fonction;structure",
    };

    public Option<string> Collective { get; } = Text("--collectif", "Un collectif qui signe aussi la fiche, par exemple « Groupe de travail ISIC du territoire » (facultatif)");
    public Option<string> Start { get; } = Text("--debut", "Début de l'action, AAAA-MM");
    public Option<string> End { get; } = Text("--fin", "Fin de l'action, AAAA-MM (sans --fin : action en cours)");
    public Option<string> GroupSize { get; } = Text("--taille-groupe", "Taille du groupe, en fourchette : 8-15 (facultatif)");

    /// <summary>One option per vocabulary, by vocabulary key.</summary>
    public IReadOnlyDictionary<string, Option<string[]>> Vocabularies { get; }

    /// <summary>One option per generic field of the schema (<c>--financeurs</c>), repeated for each name of a list.</summary>
    public IReadOnlyDictionary<string, Option<string[]>> Values { get; } = WriteUpSchema.GenericFields.ToDictionary(
        f => f.Key,
        f => new Option<string[]>(OptionName(f.Key))
        {
            Description = $"{f.Label} (facultatif) : {f.Help}{(f.Kind == FieldKind.Names ? " Une option par nom." : string.Empty)}",
            AllowMultipleArgumentsPerToken = false,
            HelpName = f.Kind == FieldKind.Names ? "nom" : "texte",
        },
        StringComparer.Ordinal);

    public DraftOptions(VocabularySet vocabularies)
    {
        var options = new Dictionary<string, Option<string[]>>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal)
            { "--titre", "--resume", "--nom", "--prenom", "--fonction", "--structure", "--coauteur", "--collectif", "--debut", "--fin", "--taille-groupe", "--content", "--non-interactif" };
        taken.UnionWith(Values.Values.Select(o => o.Name));
        foreach (var vocabulary in vocabularies.All)
        {
            var name = OptionName(vocabulary.Key);
            if (!taken.Add(name))
                continue;
            var option = new Option<string[]>(name)
            {
                Description = WriteUpScaffold.Describe(vocabulary).Replace(" : ", " — ", StringComparison.Ordinal),
                AllowMultipleArgumentsPerToken = false,
                HelpName = vocabulary.IsSingle ? "terme" : "termes",
            };
            // "--departement" for "territoire.departement": the short form people would type.
            var leaf = OptionName(vocabulary.Key[(vocabulary.Key.LastIndexOf('.') + 1)..]);
            if (leaf != name && taken.Add(leaf))
                option.Aliases.Add(leaf);
            options[vocabulary.Key] = option;
        }
        Vocabularies = options;
    }

    /// <summary>"niveau_participation" gives "--niveau-participation"; "territoire.type" gives "--territoire-type".</summary>
    public static string OptionName(string key) => "--" + key.Replace('_', '-').Replace('.', '-');

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Title, Summary, LastName, FirstName, Role, Organisation, CoAuthors, Collective, Start, End, GroupSize })
            command.Options.Add(option);
        foreach (var option in Vocabularies.Values)
            command.Options.Add(option);
        foreach (var option in Values.Values)
            command.Options.Add(option);
    }

    /// <summary>Reads the options given into answers; every bad value is a French message.</summary>
    public DraftAnswers Read(ParseResult parse, VocabularySet vocabularies, DateOnly today, List<string> problems)
    {
        var answers = new DraftAnswers();
        answers.Title = Checked(parse.GetValue(Title), DraftRules.Title, "--titre", problems);
        answers.Summary = Checked(parse.GetValue(Summary), DraftRules.Summary, "--resume", problems);
        answers.LastName = Checked(parse.GetValue(LastName), DraftRules.LastName, "--nom", problems);
        answers.FirstName = parse.GetValue(FirstName);
        answers.Role = parse.GetValue(Role);
        answers.Organisation = parse.GetValue(Organisation);
        foreach (var given in parse.GetValue(CoAuthors) ?? [])
        {
            var parts = given.Split(';');
            if (parts.Length > 4 || DraftRules.LastName(parts[0]) is not null)
                problems.Add($"--coauteur : « {given} » s'écrit Nom;Prénom;Fonction;Type de structure, le nom d'abord (obligatoire, {WriteUpSchema.Authors["nom"].Max} caractères au plus).");
            else
                answers.CoAuthors.Add(new DraftAuthor(parts[0], Part(parts, 1), Part(parts, 2), Part(parts, 3)));
        }
        answers.Collective = Checked(parse.GetValue(Collective), DraftRules.Collective, "--collectif", problems);
        answers.GroupSize = Checked(parse.GetValue(GroupSize), DraftRules.GroupSize, "--taille-groupe", problems);
        if (parse.GetValue(Start) is { } start)
        {
            if (DraftRules.Month(start, "Le début de l'action", today, out var month) is { } problem)
                problems.Add($"--debut : {problem}");
            else
                answers.PeriodStart = month;
        }
        if (parse.GetValue(End) is { } end)
        {
            if (DraftRules.Month(end, "La fin de l'action", today, out var month) is { } problem)
                problems.Add($"--fin : {problem}");
            else if (answers.PeriodStart is { } begun && month < begun)
                problems.Add($"--fin : la fin de l'action ({month}) précède son début ({begun}).");
            else
            {
                answers.PeriodEnd = month;
                answers.PeriodEndKnown = true;
            }
        }
        foreach (var (key, option) in Vocabularies)
        {
            if (parse.GetValue(option) is not { Length: > 0 } values)
                continue;
            var vocabulary = vocabularies.ByKey(key)!;
            if (DraftRules.Terms(vocabulary, string.Join(',', values), numbered: false, out var ids) is { } problem)
                problems.Add($"{option.Name} : {problem}");
            else
                answers.Terms[key] = ids;
        }
        foreach (var (key, option) in Values)
        {
            if (parse.GetValue(option) is not { Length: > 0 } values)
                continue;
            var field = WriteUpSchema.GenericFields.First(f => f.Key == key);
            if (values.Select(v => DraftRules.Value(field, v)).FirstOrDefault(p => p is not null) is { } problem)
                problems.Add($"{option.Name} : {problem}");
            else
                answers.Values[key] = [.. values.Select(YamlText.OneLine).Where(v => v.Length > 0)];
        }
        return answers;
    }

    /// <summary>What is still missing when no question can be asked, as lines naming the option to add.</summary>
    public IReadOnlyList<string> Missing(DraftAnswers answers, VocabularySet vocabularies)
    {
        var missing = new List<string>();
        if (answers.Title is null)
            missing.Add($"{Title.Name} : {Title.Description}");
        if (answers.LastName is null)
            missing.Add($"{LastName.Name} : {LastName.Description}");
        if (answers.PeriodStart is null)
            missing.Add($"{Start.Name} : {Start.Description}");
        foreach (var vocabulary in vocabularies.All.Where(v => v.Required && !answers.Terms.ContainsKey(v.Key)))
            if (Vocabularies.TryGetValue(vocabulary.Key, out var option))
                missing.Add($"{option.Name} : {WriteUpScaffold.Describe(vocabulary)}");
        return missing;
    }

    private static string? Checked(string? value, Func<string, string?> rule, string name, List<string> problems)
    {
        if (value is null)
            return null;
        if (rule(value) is { } problem)
        {
            problems.Add($"{name} : {problem}");
            return null;
        }
        return value;
    }

    private static string Part(string[] parts, int index) => index < parts.Length ? parts[index] : string.Empty;

    private static Option<string> Text(string name, string description) => new(name) { Description = description };
}
