using System.Text.Json;
using Osez.Anonymisation;
using Osez.Browser.Tests.Support;

namespace Osez.Browser.Tests;

/// <summary>
/// The proposal form's personal-data detectors (assets/donnees-personnelles.js, as shipped on the
/// "Proposer une fiche" page) and the check's (PersonalDataDetectors) read the same texts the same
/// way: same codes at the same places, including text written with the spaces, tabs and markup
/// that other tools paste.
/// </summary>
public sealed class DetectorParityTests(BrowserFixture fixture)
{
    /// <summary>Each text, and the codes the check finds in it (the browser must find the same, at the same places).</summary>
    private static readonly (string Text, string Codes)[] Texts =
    [
        // Spaces that the page shows as spaces.
        ("Appelez le 06\u00A012\u00A034\u00A056\u00A078 le matin.", "KB0403"),
        ("Appelez le 06\u202F12\u202F34\u202F56\u202F78 le matin.", "KB0403"),
        ("Mme\tDupont a lancé l'idée.", "KB0409"),
        ("Mme\u00A0Dupont a lancé l'idée.", "KB0409"),
        ("Mme\u202FDupont a lancé l'idée.", "KB0409"),
        ("Mme&nbsp;Dupont a lancé l'idée.", "KB0409"),
        ("Karim,\u00A034\u00A0ans, est arrivé en cours d'année.", "KB0410"),
        ("Elle est née le 12\u00A0mars\u00A01985 à l'hôpital.", "KB0408"),
        ("Le local du 12\u00A0rue des Lilas a fermé.", "KB0406"),
        ("Le groupe de 59100\u00A0Roubaix s'est réuni.", "KB0407"),
        // Markdown and HTML around a name.
        ("Mme **Dupont** a lancé l'idée.", "KB0409"),
        ("Mme _Dupont_ a lancé l'idée.", "KB0409"),
        ("Mme __Dupont__ a lancé l'idée.", "KB0409"),
        ("Mme <b>Dupont</b> a lancé l'idée.", "KB0409"),
        ("<td>Mme</td><td>Dupont</td>", "KB0409"),
        // Plain forms, and two detectors on the same words (the first in the check's order wins).
        ("Écrire à claire.martin@exemple.fr avant lundi.", "KB0402"),
        ("Écrire à <jean-pierre.dubois@exemple.fr> avant lundi.", "KB0402"),
        ("Carte Vitale : 1 89 03 59 350 123 08 (à vérifier).", "KB0404"),
        ("RIB de la famille : FR76\u00A03000\u00A06000\u00A00112\u00A03456\u00A07890\u00A0189.", "KB0405"),
        ("Mme Dupont, 34 ans, est venue.", "KB0409"),
        ("Mme\nDupont, puis Karim (17 ans) et 06 12 34 56 78.", "KB0409 KB0410 KB0403"),
        // A first name and a surname written bare (KB0414), and what is not a person of the story.
        ("Karine Lopez, mère de deux enfants, est venue dès la deuxième séance.", "KB0414"),
        ("Avec Mehdi Haddad et sa sœur, le groupe a repeint le local.", "KB0414"),
        ("Au début, seul Karim B. osait parler ; France Travail a reçu Jean-Marc LEGRAND.", "KB0414 KB0414"),
        ("Mme Dupont et Sylvie\u00A0Marchand ont préparé le repas.", "KB0409 KB0414"),
        ("Karim Haddad, 34 ans, est venu.", "KB0410"),
        ("Au collège Jean Moulin puis au centre social Louise Michel, rue Victor Hugo.", ""),
        ("Selon Robert Castel (1995), et comme le montrent les travaux de Saul Alinsky ou de Martin Luther King.", ""),
        ("« Linux User's Guide » de Larry Greenfield, écrit partiellement par Oliver Elphick.", ""),
        // File and identity numbers introduced as such (KB0415), and numbers that are not.
        ("Son numéro allocataire CAF, le 2345678, figurait sur la photocopie.", "KB0415"),
        ("Le dossier MDPH n° 59-2022-018734 et le passeport 18CV45261 sont au local.", "KB0415 KB0415"),
        ("Immatriculation FG-482-TR ; identifiant France Travail : 4521876K.", "KB0415 KB0415"),
        ("La loi n° 2002-2, le bus 38, le 3919, la convention France Travail 2021-2024 et 12 500 € de la CAF.", ""),
        ("Le dossier MDPH a été déposé le 12/03/2024.", ""),
        // Service addresses are not a person's; a first name makes them one.
        ("Écrire à contact@centre-social.fr, accueil.ccas@mairie.fr ou accueil.karine@mairie.fr.", "KB0402"),
        ("La liste parents-solidaires@lists.exemple-asso.fr relaie les annonces ; karim.b@lists-exemple.fr non.", "KB0402"),
        // Births and deaths of projects and counts are not civil status (KB0408); those of people are.
        ("Signal Logement est né en 2020 ; on comptait 14 décès en 2019.", ""),
        ("Le collectif, porté par des habitants, est né en 2019 ; Karim est né en 1990.", "KB0408"),
        ("Née en 2011, la cadette accompagnait sa mère, née le 2 décembre 1951.", "KB0408 KB0408"),
        // Nothing personal.
        ("Karim, \u0663\u0664 ans, et le \u0660\u0666 \u0661\u0662 \u0663\u0664 \u0665\u0666 \u0667\u0668 : des chiffres qui ne sont pas des nombres ici.", ""),
        ("Le mot_de_passe du wifi et le fichier compte_rendu_2024 restent au local.", ""),
        ("Madame la Maire a ouvert la séance.", ""),
        ("Le 115 et le 3919 sont des numéros utiles.", ""),
        ("Le <abbr title=\"Centre communal d'action sociale\">CCAS</abbr> a aidé le groupe.", ""),
        ("Le groupe s'est réuni **chaque mois** en 2023, <i>sans</i> relâche.", ""),
        ("Un <span style=\"font-family: Calibri\">compte rendu</span> a été écrit.", ""),
    ];

    [Fact]
    public async Task The_form_and_the_check_find_the_same_personal_data_in_the_same_places()
    {
        var texts = Texts;
        Assert.True(texts.Length >= 16);
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.HttpBase + "proposer/index.html");
        var json = await page.EvaluateAsync<string>(
            "texts => JSON.stringify(texts.map(t => window.OsezDonneesPersonnelles.find(t, []).map(f => f.code + ' ' + f.index + '+' + f.length).join(', ')))",
            texts.Select(t => t.Text).ToArray());
        await page.Context.CloseAsync();
        var browser = JsonSerializer.Deserialize<List<string>>(json)!;

        var disagreements = new List<string>();
        for (var i = 0; i < texts.Length; i++)
        {
            var (text, codes) = texts[i];
            var check = PersonalDataDetectors.Scan(text, DeclaredIdentities.None);
            Assert.True(codes == string.Join(' ', check.Select(f => f.Detector.Code.Id)), $"check on « {text} »: {string.Join(' ', check.Select(f => f.Detector.Code.Id))}");
            var spans = string.Join(", ", check.Select(f => $"{f.Detector.Code.Id} {f.Detection.Start}+{f.Detection.Length}"));
            if (spans != browser[i])
                disagreements.Add($"« {text} »: check [{spans}], form [{browser[i]}]");
        }
        Assert.True(disagreements.Count == 0, $"{disagreements.Count} of {texts.Length} texts disagree:\n" + string.Join("\n", disagreements));
    }
}
