using Osez.Diagnostics;
using Osez.Text;
using Osez.Yaml;

namespace Osez.Content;

/// <summary>
/// Reads « anciens_slugs »: the names a write-up's file had before. Renaming a file changes
/// its address; declaring the old name keeps every link and reference that used it working.
/// </summary>
public static class FormerSlugReader
{
    public static IReadOnlyList<FormerSlug> Read(FieldReader fields)
    {
        var node = fields.Node(Schema.WriteUpSchema.FormerSlugs.Key);
        var result = new List<FormerSlug>();
        switch (node)
        {
            case null:
                return result;
            case YScalar scalar:
                Add(scalar, fields, result);
                break;
            case YSequence sequence:
                foreach (var item in sequence.Items)
                {
                    if (item is YScalar { IsNull: false } value)
                        Add(value, fields, result);
                    else
                        fields.ReportWrongType(item, Schema.WriteUpSchema.FormerSlugs.Key, "un ancien nom de fichier", Schema.WriteUpSchema.FormerSlugs.Example);
                }
                break;
            default:
                fields.ReportWrongType(node, Schema.WriteUpSchema.FormerSlugs.Key, "une liste d'anciens noms de fichier", Schema.WriteUpSchema.FormerSlugs.Example);
                break;
        }
        return result;
    }

    private static void Add(YScalar value, FieldReader fields, List<FormerSlug> result)
    {
        var slug = value.Value.Trim();
        if (slug.EndsWith(".md", StringComparison.Ordinal))
            slug = slug[..^3];
        if (!Slugs.IsValid(slug))
        {
            fields.Diagnostics.Report(DiagnosticCodes.InvalidFormerSlug, value.Location,
                $"« {value.Value} » ne peut pas être une ancienne adresse de fiche : une adresse n'a que des minuscules sans accents, des chiffres et des tirets.",
                $"Écrivez l'ancien nom du fichier, sans « .md » ni dossier, par exemple : {Slugs.FromText(slug)}");
            return;
        }
        result.Add(new FormerSlug(slug, value.Location));
    }
}
