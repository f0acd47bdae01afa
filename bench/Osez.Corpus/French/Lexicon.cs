namespace Osez.Corpus.French;

/// <summary>
/// The words of the corpus: social-work vocabulary as practitioners write it. People and things are
/// kept apart so that "accompagner" takes people and "animer" takes an activity.
/// </summary>
internal static class Lexicon
{
    /// <summary>People the write-ups talk about (never named: roles and groups only).</summary>
    public static readonly Noun[] People = Parse(
        "habitant m", "habitante f", "parent m", "mère f", "père m", "famille f", "jeune m", "adolescent m", "adolescente f",
        "locataire m", "participant m", "participante f", "bénévole m", "aidant m", "aidante f", "voisin m", "voisine f",
        "personne f", "retraité m", "retraitée f", "allocataire m", "demandeur_d'emploi m demandeurs_d'emploi",
        "jeune_adulte m jeunes_adultes", "personne_âgée f personnes_âgées", "usager m", "usagère f", "résident m", "résidente f",
        "collégien m", "collégienne f", "lycéen m", "lycéenne f", "étudiant m", "étudiante f", "salarié m", "salariée f",
        "assistante_sociale f assistantes_sociales", "assistant_social m assistants_sociaux", "éducateur m", "éducatrice f",
        "animateur m", "animatrice f", "conseillère_en_économie_sociale_et_familiale f conseillères_en_économie_sociale_et_familiale",
        "travailleur_social m travailleurs_sociaux", "professionnel m", "professionnelle f", "partenaire m", "élu m", "élue f",
        "médiateur m", "médiatrice f", "coordinatrice f", "coordinateur m", "infirmière f", "psychologue m", "référent m", "référente f",
        "stagiaire m", "délégué m", "déléguée f", "citoyen m", "citoyenne f", "pair m", "membre m", "agent m", "cadre m");

    /// <summary>Things, places, activities and ideas.</summary>
    public static readonly Noun[] Things = Parse(
        "accompagnement m", "accueil m", "action f", "activité f", "atelier m", "autonomie f", "besoin m", "bilan m", "budget m",
        "cadre m", "charte f", "collectif m", "commission f", "compétence f", "confiance f", "convention f", "coordination f",
        "courrier m", "décision f", "démarche f", "diagnostic m", "difficulté f", "dispositif m", "dossier m", "droit m",
        "échange m", "écoute f", "engagement m", "enquête f", "entretien m", "étape f", "évaluation f", "expérience f",
        "exposition f", "financement m", "forum m", "frein m", "groupe m", "habitude f", "hébergement m", "hiérarchie f",
        "idée f", "inquiétude f", "insertion f", "isolement m", "jardin m", "journal m", "lien m", "lieu m lieux", "local m",
        "logement m", "loisir m", "loyer m", "maison f", "méthode f", "mission f", "mobilité f", "modalité f", "moment m",
        "objectif m", "orientation f", "outil m", "parcours m parcours", "parole f", "participation f", "partenariat m",
        "permanence f", "pratique f", "précarité f", "prévention f", "priorité f", "projet m", "projection f", "question f",
        "quotidien m", "rapport m", "recueil m", "rencontre f", "repas m repas", "réseau m", "réunion f", "règle f", "rôle m",
        "rythme m", "santé f", "séance f", "séjour m", "service m", "situation f", "solidarité f", "solution f", "sortie f",
        "souhait m", "soutien m", "stratégie f", "structure f", "suivi m", "support m", "territoire m", "thème m", "travail m travaux",
        "visite f", "voyage m", "événement m", "épicerie f", "facture f", "charge f", "dette f",
        "transport m", "trajet m", "permis m permis", "formation f", "emploi m", "chantier m", "potager m", "cuisine f",
        "goûter m", "fête f", "café m", "questionnaire m", "affiche f", "brochure f", "guide m", "film m", "vidéo f",
        "témoignage m", "récit m", "carnet m", "calendrier m", "planning m", "compte_rendu m comptes_rendus", "instance f",
        "comité m", "conseil m", "assemblée f", "collectivité f", "association f", "institution f", "équipe f", "direction f",
        "posture f", "distance f", "émotion f", "épuisement m", "supervision f", "analyse f", "confidentialité f", "secret m",
        "éthique f", "légitimité f", "reconnaissance f", "visibilité f", "pouvoir m", "capacité f", "ressource f", "obstacle m",
        "réussite f", "échec m", "leçon f", "œuvre f", "cœur m", "vœu m vœux", "aperçu m", "reçu m", "façon f", "hausse f",
        "énergie f", "chauffage m", "alimentation f", "numérique m", "démarche_en_ligne f démarches_en_ligne", "non-recours m non-recours",
        "handicap m", "quartier m", "commune f", "immeuble m", "résidence f", "hall m", "parc m", "école f", "collège m", "médiathèque f");

    /// <summary>Adjectives, with their place and forms (see <see cref="Adjective.Parse"/>).</summary>
    public static readonly Adjective[] Adjectives = ParseAdjectives(
        "social sociale sociaux", "collectif collective", "individuel individuelle", "éducatif éducative", "familial familiale familiaux",
        "local locale locaux", "départemental départementale départementaux", "communal communale communaux", "régulier régulière",
        "ponctuel ponctuelle", "partagé", "adapté", "renforcé", "précaire", "isolé", "fragile", "durable", "accessible",
        "concret concrète", "discret discrète", "inquiet inquiète", "complet complète", "progressif progressive", "intensif intensive",
        "créatif créative", "actif active", "attentif attentive", "sérieux sérieuse", "précieux précieuse", "généreux généreuse",
        "heureux heureuse", "difficile", "modeste", "simple", "riche", "complexe", "commun", "réel réelle", "habituel habituelle",
        "professionnel professionnelle", "bienveillant", "exigeant", "important", "inattendu", "imprévu", "fort", "lent", "solide",
        "rural rurale ruraux", "urbain", "prioritaire", "numérique", "administratif administrative", "financier financière",
        "psychique", "scolaire", "sanitaire", "médico-social médico-sociale médico-sociaux", "pluridisciplinaire", "municipal municipale municipaux",
        "citoyen citoyenne", "solidaire", "convivial conviviale conviviaux", "informel informelle", "officiel officielle", "vivant",
        "^nouveau nouvelle nouveaux", "^premier première", "^dernier dernière", "^long longue", "^bref brève", "^petit", "^grand",
        "^vrai", "^véritable", "^seul", "^autre", "^beau belle beaux", "^vieux vieille vieux", "^léger légère",
        "^prochain");

    /// <summary>Verbs, regular or given in full (see <see cref="Verb.Parse"/>).</summary>
    public static readonly Verb[] Verbs = ParseVerbs(
        "accompagner p", "associer p", "mobiliser p", "rencontrer p", "inviter p", "informer p", "orienter p", "soutenir p = soutient soutiennent soutenu souten soutiendr soutienne soutiennent",
        "réunir p ir", "accueillir p = accueille accueillent accueilli accueill accueiller", "impliquer p", "encourager p", "rassembler p",
        "écouter p", "interroger p", "former p", "outiller p", "valoriser p", "remercier p", "solliciter p", "appeler p", "rappeler p",
        "convaincre p = convainc convainquent convaincu convainqu convaincr", "aider p", "protéger p", "inquiéter p", "rassurer p",
        "animer t", "organiser t", "préparer t", "proposer t", "construire t = construit construisent construit construis construir",
        "créer t", "lancer t", "mener t", "relancer t", "évaluer t", "financer t", "partager t", "élaborer t", "rédiger t",
        "présenter t", "diffuser t", "défendre t = défend défendent défendu défend défendr", "négocier t", "obtenir t = obtient obtiennent obtenu obten obtiendr obtienne obtiennent",
        "améliorer t", "modifier t", "adapter t", "renforcer t", "consolider t", "structurer t", "formaliser t", "documenter t",
        "pérenniser t", "essaimer t", "déployer t", "employer t", "préférer t", "gérer t", "intégrer t", "accélérer t", "achever t",
        "soulever t", "projeter t", "renouveler t", "commencer t", "annoncer t", "remplacer t", "partager t", "repérer t",
        "identifier t", "clarifier t", "simplifier t", "questionner t", "préciser t", "fixer t", "choisir t ir", "établir t ir",
        "faire t = fait font fait fais fer fasse fassent", "prendre t = prend prennent pris pren prendr",
        "mettre t = met mettent mis mett mettr", "permettre t = permet permettent permis permett permettr",
        "écrire t = écrit écrivent écrit écriv écrir", "produire t = produit produisent produit produis produir",
        "découvrir t = découvre découvrent découvert découvr découvrir", "ouvrir t = ouvre ouvrent ouvert ouvr ouvrir",
        "offrir t = offre offrent offert offr offrir", "tenir t = tient tiennent tenu ten tiendr tienne tiennent",
        "recevoir t = reçoit reçoivent reçu recev recevr reçoive reçoivent", "voir t = voit voient vu voy verr voie voient",
        "comprendre t = comprend comprennent compris compren comprendr", "apprendre t = apprend apprennent appris appren apprendr",
        "reconnaître t = reconnaît reconnaissent reconnu reconnaiss reconnaîtr", "conduire t = conduit conduisent conduit conduis conduir",
        "réussir n ir", "agir n ir", "progresser n", "avancer n", "participer n", "témoigner n", "coopérer n",
        "venir n être = vient viennent venu ven viendr vienne viennent", "revenir n être = revient reviennent revenu reven reviendr revienne reviennent",
        "intervenir n être = intervient interviennent intervenu interven interviendr intervienne interviennent",
        "partir n être = part partent parti part partir", "arriver n être", "rester n être", "passer n être", "entrer n être");

    /// <summary>Adjectives that follow the noun, for attributes ("le groupe est resté solide").</summary>
    public static readonly Adjective[] AdjectivesAfter = Adjectives.Where(a => !a.Before).ToArray();

    public static readonly Verb Rester = Verbs.First(v => v.Infinitive == "rester");

    public static readonly Verb Appuyer = Verb.Parse("appuyer t");

    /// <summary>What is done with a finished production: "remise", "présentés", "envoyée".</summary>
    public static readonly Verb[] Delivering =
        [Verb.Parse("remettre t = remet remettent remis remett remettr"), Verb.Parse("présenter t"), Verb.Parse("diffuser t"), Verb.Parse("envoyer t")];

    /// <summary>Areas, as they follow "dans" ({0} is an invented name).</summary>
    public static readonly string[] AreaKinds =
    [
        "le quartier {0}", "le quartier {0}", "le quartier {0}", "la commune de {0}", "le village de {0}", "le bourg de {0}", "la cité {0}",
        "le hameau de {0}", "le canton de {0}", "la communauté de communes de {0}", "la vallée de {0}", "les quartiers nord de {0}",
    ];

    /// <summary>Places that host a group.</summary>
    public static readonly string[] VenueKinds =
    [
        "le centre social {0}", "le centre social {0}", "la maison de quartier {0}", "l'espace de vie sociale {0}", "la maison des solidarités de {0}",
        "le foyer {0}", "la médiathèque {0}", "la résidence {0}", "l'épicerie solidaire {0}", "le local associatif de {0}", "la maison France services de {0}",
    ];

    /// <summary>Partner structures.</summary>
    public static readonly string[] PartnerKinds =
    [
        "l'association {0}", "l'association {0}", "le collège {0}", "la mission locale de {0}", "le chantier d'insertion {0}", "la ressourcerie {0}",
        "la maison de santé de {0}", "le club de prévention {0}", "l'école {0}", "l'office {0} Habitat", "le centre médico-psychologique de {0}",
        "la compagnie de théâtre {0}", "le club de football de {0}",
    ];

    /// <summary>Openers of a sentence.</summary>
    public static readonly string[] Openers =
    [
        "Par ailleurs, ", "En outre, ", "Dès lors, ", "À ce titre, ", "De façon générale, ", "En pratique, ", "Concrètement, ",
        "Au fil des mois, ", "Très vite, ", "À l'inverse, ", "Peu à peu, ", "Dans un premier temps, ", "Ensuite, ", "Enfin, ",
        "Pourtant, ", "Malgré tout, ", "De leur côté, ", "Pour autant, ", "Au départ, ", "À la fin de la première année, ",
        "Chaque semaine, ", "Une fois par mois, ", "Entre deux séances, ", "Avec le recul, ", "Sur le terrain, ",
    ];

    /// <summary>Conjunctions that introduce a second clause after a comma.</summary>
    public static readonly string[] Subordinators = ["même si", "alors que", "puisque", "tandis que", "parce que", "lorsque", "si bien que", "dès que"];

    /// <summary>Counted nouns that can follow a number (no street, date or age word ever follows a number).</summary>
    public static readonly Noun[] Counted = Parse(
        "personne f", "famille f", "habitant m", "habitante f", "jeune m", "parent m", "séance f", "réunion f", "atelier m",
        "rencontre f", "participant m", "participante f", "bénévole m", "partenaire m", "professionnel m", "sortie f", "entretien m",
        "questionnaire m", "logement m", "foyer m", "structure f", "association f", "commune f", "projection f", "locataire m");

    /// <summary>Short words of participants, quoted without a name.</summary>
    public static readonly string[] Quotes =
    [
        "Ici, on nous écoute.", "Pour une fois, c'est nous qui décidons.", "Je ne pensais pas pouvoir parler devant les élus.",
        "On a appris à se connaître.", "Je sors de chez moi, maintenant.", "Ce n'est pas l'assistante sociale qui décide, c'est le groupe.",
        "On s'est sentis utiles.", "J'ai trouvé des gens qui vivent la même chose que moi.", "Avant, je n'osais pas demander.",
        "Le mardi, c'est devenu mon rendez-vous.", "On n'est plus seuls avec nos factures.", "J'ai compris mes droits.",
        "On a été pris au sérieux.", "Ça m'a redonné confiance.", "On se dit bonjour dans l'escalier, maintenant.",
        "Je viens pour les autres autant que pour moi.", "On a fait quelque chose ensemble, et ça se voit.",
        "Les enfants en parlent encore.", "Au début, je venais pour le café.", "On ne savait pas qu'on avait le droit.",
    ];

    /// <summary>Who says a quote: a role, never a name.</summary>
    public static readonly string[] Speakers =
    [
        "résume une participante", "dit un père de famille", "explique une habitante", "raconte un jeune du groupe",
        "note une bénévole", "confie une mère", "ajoute un locataire", "dit une participante", "résume un habitant",
    ];

    private static Noun[] Parse(params string[] specs) => specs.Select(Noun.Parse).ToArray();

    private static Adjective[] ParseAdjectives(params string[] specs) => specs.Select(Adjective.Parse).ToArray();

    private static Verb[] ParseVerbs(params string[] specs) => specs.Select(Verb.Parse).ToArray();
}
