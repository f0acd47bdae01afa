namespace Osez.Diagnostics;

/// <summary>
/// Every diagnostic the generator can emit. Codes never change meaning once published:
/// 00xx files and YAML, 01xx write-up schema, 02xx vocabularies, 03xx links and paths,
/// 04xx anonymisation, 05xx configuration, templates and output.
/// </summary>
public static class DiagnosticCodes
{
    // Files and YAML syntax
    public static readonly DiagnosticCode InvalidUtf8 = new("KB0001", Severity.Error, "Encodage invalide");
    public static readonly DiagnosticCode MissingFrontMatter = new("KB0002", Severity.Error, "En-tête absent");
    public static readonly DiagnosticCode UnclosedFrontMatter = new("KB0003", Severity.Error, "En-tête non refermé");
    public static readonly DiagnosticCode YamlSyntax = new("KB0004", Severity.Error, "Erreur de syntaxe YAML");
    public static readonly DiagnosticCode YamlAlias = new("KB0005", Severity.Error, "Alias YAML refusé");
    public static readonly DiagnosticCode YamlTooDeep = new("KB0006", Severity.Error, "Imbrication YAML trop profonde");
    public static readonly DiagnosticCode YamlTag = new("KB0007", Severity.Error, "Étiquette YAML refusée");
    public static readonly DiagnosticCode DuplicateKey = new("KB0008", Severity.Error, "Clé en double");
    public static readonly DiagnosticCode EmptyFile = new("KB0009", Severity.Error, "Fichier vide");
    public static readonly DiagnosticCode BinaryFile = new("KB0010", Severity.Error, "Fichier binaire");
    public static readonly DiagnosticCode LargeFile = new("KB0011", Severity.Warning, "Fichier très long");
    public static readonly DiagnosticCode UnreadableFile = new("KB0012", Severity.Error, "Fichier illisible");
    public static readonly DiagnosticCode EmptyBody = new("KB0013", Severity.Warning, "Texte de la fiche vide");
    public static readonly DiagnosticCode RawHtmlRemoved = new("KB0014", Severity.Warning, "HTML retiré");
    public static readonly DiagnosticCode LevelOneHeading = new("KB0015", Severity.Warning, "Titre de niveau 1 dans le texte");
    public static readonly DiagnosticCode TooMuchRawHtml = new("KB0016", Severity.Error, "Trop de balises HTML dans le texte");
    public static readonly DiagnosticCode UnpublishableCharacter = new("KB0017", Severity.Error, "Caractère impossible à publier");
    public static readonly DiagnosticCode NestingTooDeep = new("KB0018", Severity.Error, "Imbrication trop profonde dans le texte");
    public static readonly DiagnosticCode TooLarge = new("KB0019", Severity.Error, "Taille maximale dépassée");

    // Write-up schema
    public static readonly DiagnosticCode RequiredField = new("KB0101", Severity.Error, "Champ obligatoire manquant");
    public static readonly DiagnosticCode WrongType = new("KB0102", Severity.Error, "Type de valeur incorrect");
    public static readonly DiagnosticCode Length = new("KB0103", Severity.Error, "Longueur hors limites");
    public static readonly DiagnosticCode InvalidDate = new("KB0104", Severity.Error, "Date invalide");
    public static readonly DiagnosticCode FutureDate = new("KB0105", Severity.Error, "Date dans le futur");
    public static readonly DiagnosticCode IncoherentPeriod = new("KB0106", Severity.Error, "Période incohérente");
    public static readonly DiagnosticCode UnknownKey = new("KB0107", Severity.Warning, "Clé inconnue");
    public static readonly DiagnosticCode InvalidSlug = new("KB0108", Severity.Error, "Nom de fichier non valable comme adresse");
    public static readonly DiagnosticCode InvalidGroupSize = new("KB0109", Severity.Error, "Taille du groupe invalide");
    public static readonly DiagnosticCode InvalidValue = new("KB0110", Severity.Error, "Valeur non autorisée");
    public static readonly DiagnosticCode UnknownLicence = new("KB0111", Severity.Warning, "Licence inconnue");
    public static readonly DiagnosticCode InvalidAuthor = new("KB0112", Severity.Error, "Auteur incomplet");
    public static readonly DiagnosticCode UpdateBeforePublication = new("KB0113", Severity.Error, "Mise à jour avant publication");
    public static readonly DiagnosticCode UnwrittenDraftSection = new("KB0114", Severity.Warning, "Partie encore à compléter");
    public static readonly DiagnosticCode UnwrittenPublishedSection = new("KB0115", Severity.Error, "Partie à compléter dans une fiche publiée");

    // Learning paths (parcours)
    public static readonly DiagnosticCode LearningPathWithoutSteps = new("KB0150", Severity.Error, "Parcours sans étape");

    // Vocabularies
    public static readonly DiagnosticCode UnknownTerm = new("KB0201", Severity.Error, "Terme inconnu");
    public static readonly DiagnosticCode TooFewTerms = new("KB0202", Severity.Error, "Pas assez de termes");
    public static readonly DiagnosticCode TooManyTerms = new("KB0203", Severity.Error, "Trop de termes");
    public static readonly DiagnosticCode UnusedTerm = new("KB0204", Severity.Information, "Terme inutilisé");
    public static readonly DiagnosticCode MalformedVocabulary = new("KB0205", Severity.Error, "Vocabulaire mal formé");
    public static readonly DiagnosticCode DuplicateTerm = new("KB0206", Severity.Error, "Terme en double dans un vocabulaire");
    public static readonly DiagnosticCode DuplicateVocabularyKey = new("KB0207", Severity.Error, "Deux vocabulaires pour la même clé");
    public static readonly DiagnosticCode RepeatedTerm = new("KB0208", Severity.Warning, "Terme répété dans une fiche");

    // Links and paths
    public static readonly DiagnosticCode UnknownWriteUpLink = new("KB0301", Severity.Error, "Lien vers une fiche inexistante");
    public static readonly DiagnosticCode UnknownRelatedWriteUp = new("KB0302", Severity.Error, "Fiche liée inexistante");
    public static readonly DiagnosticCode MissingFile = new("KB0303", Severity.Error, "Image ou pièce jointe introuvable");
    public static readonly DiagnosticCode DuplicateSlug = new("KB0304", Severity.Error, "Adresse de fiche en double");
    public static readonly DiagnosticCode OutputCollision = new("KB0305", Severity.Error, "Deux fichiers pour la même page");
    public static readonly DiagnosticCode DangerousLink = new("KB0306", Severity.Error, "Lien dangereux refusé");
    public static readonly DiagnosticCode PathOutsideSite = new("KB0307", Severity.Error, "Chemin hors du dossier du site");
    public static readonly DiagnosticCode UnknownPageLink = new("KB0308", Severity.Error, "Lien vers une page inexistante");
    public static readonly DiagnosticCode SelfLink = new("KB0309", Severity.Warning, "Fiche liée à elle-même");
    public static readonly DiagnosticCode UnknownAnchor = new("KB0310", Severity.Warning, "Ancre introuvable");
    public static readonly DiagnosticCode InvalidAddress = new("KB0311", Severity.Error, "Adresse web ou électronique non valable");

    // Learning paths and former addresses (citing)
    public static readonly DiagnosticCode UnknownLearningPathWriteUp = new("KB0350", Severity.Error, "Fiche d'un parcours inexistante");
    public static readonly DiagnosticCode RepeatedLearningPathWriteUp = new("KB0351", Severity.Warning, "Fiche répétée dans un parcours");
    public static readonly DiagnosticCode InvalidFormerSlug = new("KB0352", Severity.Error, "Ancienne adresse non valable");
    public static readonly DiagnosticCode FormerSlugTaken = new("KB0353", Severity.Error, "Ancienne adresse déjà prise");

    // Anonymisation
    public static readonly DiagnosticCode ReviewMissing = new("KB0401", Severity.Error, "Relecture d'anonymisation non enregistrée");
    public static readonly DiagnosticCode PersonalEmail = new("KB0402", Severity.Error, "Adresse électronique");
    public static readonly DiagnosticCode PersonalPhone = new("KB0403", Severity.Error, "Numéro de téléphone");
    public static readonly DiagnosticCode PersonalNir = new("KB0404", Severity.Error, "Numéro de sécurité sociale");
    public static readonly DiagnosticCode PersonalIban = new("KB0405", Severity.Error, "Coordonnées bancaires");
    public static readonly DiagnosticCode PersonalAddress = new("KB0406", Severity.Error, "Adresse postale");
    public static readonly DiagnosticCode PersonalPostcode = new("KB0407", Severity.Error, "Code postal et commune");
    public static readonly DiagnosticCode PersonalCivilDate = new("KB0408", Severity.Error, "Date d'état civil");
    public static readonly DiagnosticCode PersonalHonorificName = new("KB0409", Severity.Error, "Civilité suivie d'un nom");
    public static readonly DiagnosticCode PersonalFirstNameAge = new("KB0410", Severity.Error, "Prénom suivi d'un âge");
    public static readonly DiagnosticCode AcceptedFinding = new("KB0411", Severity.Information, "Détection acceptée comme fausse alerte");
    public static readonly DiagnosticCode UnusedAcceptance = new("KB0412", Severity.Warning, "Exception d'anonymisation inutile");
    public static readonly DiagnosticCode ReviewAfterPublication = new("KB0413", Severity.Error, "Relecture postérieure à la publication");
    public static readonly DiagnosticCode PersonalName = new("KB0414", Severity.Error, "Prénom et nom d'une personne");
    public static readonly DiagnosticCode PersonalFileNumber = new("KB0415", Severity.Error, "Numéro de dossier ou d'identité");

    // Configuration, templates, output
    public static readonly DiagnosticCode InvalidConfig = new("KB0501", Severity.Error, "Configuration du site invalide");
    public static readonly DiagnosticCode TemplateError = new("KB0502", Severity.Error, "Erreur dans un gabarit");
    public static readonly DiagnosticCode MissingTemplate = new("KB0503", Severity.Error, "Gabarit manquant");
    public static readonly DiagnosticCode OutputRefused = new("KB0504", Severity.Error, "Dossier de sortie refusé");
    public static readonly DiagnosticCode OutputFailed = new("KB0505", Severity.Error, "Écriture du site impossible");
    public static readonly DiagnosticCode MissingFolder = new("KB0506", Severity.Error, "Dossier introuvable");
    public static readonly DiagnosticCode InvalidStrings = new("KB0507", Severity.Error, "Fichier de textes invalide");
    public static readonly DiagnosticCode NoEditorialTeam = new("KB0508", Severity.Information, "Pas d'adresse pour recevoir les fiches");

    /// <summary>All codes, for documentation and tests.</summary>
    public static IReadOnlyList<DiagnosticCode> All { get; } = typeof(DiagnosticCodes)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticCode))
        .Select(f => (DiagnosticCode)f.GetValue(null)!)
        .OrderBy(c => c.Id, StringComparer.Ordinal)
        .ToList();
}
