using System.Globalization;
using Osez.Configuration;
using Osez.Content.Schema;
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
            Title = fields.Text(LearningPathSchema.Title),
            Summary = fields.Text(LearningPathSchema.Summary),
            Audience = fields.Text(LearningPathSchema.Audience),
            Duration = fields.Text(LearningPathSchema.Duration),
            IsIllustrative = fields.Bool(LearningPathSchema.Illustrative),
            Order = fields.Integer(LearningPathSchema.Order) ?? int.Parse(LearningPathSchema.Order.Default, CultureInfo.InvariantCulture),
            Steps = ReadSteps(fields, source),
            Body = file.Split.Body,
            BodyFirstLine = file.Split.BodyFirstLine,
            FrontMatterText = file.Split.Yaml,
            FrontMatterFirstLine = file.Split.YamlFirstLine,
        };
        fields.ReportUnknownKeys(LearningPathSchema.Fields.Select(f => f.Key).ToList());
        return path;
    }

    private static List<LearningPathStep> ReadSteps(FieldReader fields, SourceDocument source)
    {
        var steps = new List<LearningPathStep>();
        var schema = LearningPathSchema.Steps;
        var list = fields.List(schema);
        if (list is null)
            return steps;
        foreach (var (step, map) in fields.Records(list, schema))
        {
            var slug = step.Text(schema["fiche"]);
            var question = step.Text(schema["question"]);
            step.ReportUnknownKeys(schema);
            if (slug.Length > 0)
                steps.Add(new LearningPathStep(slug, question, map["fiche"]!.Location));
        }
        if (list.Items.Count == 0)
            fields.Diagnostics.Report(DiagnosticCodes.LearningPathWithoutSteps, list.Location,
                "Ce parcours n'a aucune étape.",
                "Ajoutez au moins une fiche à lire, par exemple :\n" + schema.Example);
        return steps;
    }
}
