using Osez.Diagnostics;
using Osez.Yaml;

namespace Osez.Content;

/// <summary>Reads the <c>anonymisation_acceptee</c> list of a front matter.</summary>
public static class AcceptedPassagesReader
{
    public static IReadOnlyList<AcceptedPassage> Read(FieldReader fields)
    {
        var accepted = new List<AcceptedPassage>();
        foreach (var (entry, map) in fields.Records(AcceptedPassage.Key, required: false,
                     "une liste de passages décrits par « texte » et « raison »", AcceptedPassage.Example))
        {
            var text = entry.Text("texte", required: true, "texte: \"le passage exact\"", 1, 200);
            var reason = entry.Text("raison", required: true, "raison: \"pourquoi ce n'est pas une donnée personnelle\"", AcceptedPassage.MinReasonLength, 300);
            foreach (var extra in entry.Unclaimed)
                fields.Diagnostics.Report(DiagnosticCodes.UnknownKey, extra.Key.Location,
                    $"La clé « {entry.PathOf(extra.Key.Value)} » n'est pas connue : elle est ignorée.",
                    "Chaque passage accepté a seulement « texte » et « raison ».");
            if (text.Length > 0 && reason.Length >= AcceptedPassage.MinReasonLength)
                accepted.Add(new AcceptedPassage(text, reason, map.Location));
        }
        return accepted;
    }
}
