using Osez.Content.Schema;
using Osez.Yaml;

namespace Osez.Content;

/// <summary>Reads the <c>anonymisation_acceptee</c> list of a front matter.</summary>
public static class AcceptedPassagesReader
{
    public static IReadOnlyList<AcceptedPassage> Read(FieldReader fields)
    {
        var schema = CommonFields.AcceptedPassages;
        var accepted = new List<AcceptedPassage>();
        foreach (var (entry, map) in fields.Records(schema))
        {
            var text = entry.Text(schema["texte"]);
            var reason = entry.Text(schema["raison"]);
            entry.ReportUnknownKeys(schema);
            if (text.Length > 0 && reason.Length >= AcceptedPassage.MinReasonLength)
                accepted.Add(new AcceptedPassage(text, reason, map.Location));
        }
        return accepted;
    }
}
