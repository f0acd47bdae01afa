using Osez.Configuration;
using Osez.Content;
using Osez.Diagnostics;
using Osez.Text;
using Osez.Yaml;

namespace Osez.LearningPaths;

/// <summary>Reads <c>content/parcours/*.md</c>: front matter to <see cref="LearningPath"/>, problems as diagnostics.</summary>
public static class LearningPathReader
{
    public static IReadOnlyList<LearningPath> LoadAll(SitePaths paths, DiagnosticBag diagnostics)
        => ContentFolder.MarkdownFiles(paths.LearningPaths, "parcours", paths, diagnostics)
            .Select(found => Read(found.Slug, found.Source, found.File, diagnostics)).ToList();

    public static LearningPath Read(string slug, SourceDocument source, MarkdownFile file, DiagnosticBag diagnostics)
    {
        var fields = new FieldReader(file.FrontMatter, string.Empty, diagnostics, new SourceLocation(source.DisplayPath, 1, 1));
        var path = new LearningPath
        {
            Slug = slug,
            Source = source,
            Title = fields.Text("titre", required: true, "titre: \"Démarrer un groupe d'habitants\"", 5, 120),
            Summary = fields.Text("resume", required: true, "resume: \"Ce que le parcours permet de travailler, en deux phrases.\"", 20, 400),
            Audience = fields.Text("public", required: false, "public: \"Étudiants assistants de service social, 2e année\"", 0, 200),
            Duration = fields.Text("duree", required: false, "duree: \"Deux séances de trois heures\"", 0, 100),
            IsIllustrative = fields.Bool("illustratif", false),
            Order = fields.Integer("ordre", required: false, -1000, 1000) ?? 100,
            Steps = ReadSteps(fields, source),
            Body = file.Split.Body,
            BodyFirstLine = file.Split.BodyFirstLine,
            FrontMatterText = file.Split.Yaml,
            FrontMatterFirstLine = file.Split.YamlFirstLine,
        };
        foreach (var entry in fields.Unclaimed)
        {
            var close = Suggestions.Closest(entry.Key.Value, LearningPathFields.Keys);
            diagnostics.Report(DiagnosticCodes.UnknownKey, entry.Key.Location,
                $"La clé « {entry.Key.Value} » n'est pas connue pour un parcours : elle est ignorée.",
                close.Count > 0 ? $"Vouliez-vous écrire « {close[0]} » ?" : "Un parcours a : " + string.Join(", ", LearningPathFields.Keys) + ".");
        }
        return path;
    }

    private static List<LearningPathStep> ReadSteps(FieldReader fields, SourceDocument source)
    {
        var steps = new List<LearningPathStep>();
        var list = fields.List("etapes", required: true, LearningPathFields.StepsExample);
        if (list is null)
            return steps;
        foreach (var (step, map) in fields.Records(list, "etapes", "une liste d'étapes avec « fiche » et « question »", LearningPathFields.StepsExample))
        {
            var slug = step.Text("fiche", required: true, "fiche: nom-de-la-fiche");
            var question = step.Text("question", required: true, "question: \"Une question pour la discussion ?\"", 5, LearningPathFields.QuestionMax);
            foreach (var entry in step.Unclaimed)
                fields.Diagnostics.Report(DiagnosticCodes.UnknownKey, entry.Key.Location,
                    $"La clé « etapes.{entry.Key.Value} » n'est pas connue : elle est ignorée.",
                    "Une étape a seulement « fiche » et « question ».");
            if (slug.Length > 0)
                steps.Add(new LearningPathStep(slug, question, map["fiche"]!.Location));
        }
        if (list.Items.Count == 0)
            fields.Diagnostics.Report(DiagnosticCodes.LearningPathWithoutSteps, list.Location,
                "Ce parcours n'a aucune étape.",
                "Ajoutez au moins une fiche à lire, par exemple :\n" + LearningPathFields.StepsExample);
        return steps;
    }
}
