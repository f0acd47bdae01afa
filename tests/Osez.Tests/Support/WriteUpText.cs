namespace Osez.Tests.Support;

/// <summary>A valid write-up of the minimal fixture, to be altered by tests.</summary>
public static class WriteUpText
{
    public const string Valid = """
        ---
        titre: "Une action collective de test"
        resume: "Un résumé assez long pour respecter la longueur minimale demandée aux fiches."
        date_publication: 2025-03-14
        auteurs:
          - nom: Martin
            prenom: Claire
        periode:
          debut: 2023-09
          fin: 2025-02
        territoire:
          departement: "59"
        taille_groupe: 8-15
        thematiques: [energie]
        statut: publie
        relecture_anonymisation:
          faite: true
          par: Relectrice
          date: 2025-03-10
        ---
        ## Contexte

        Du texte.
        """;
}
