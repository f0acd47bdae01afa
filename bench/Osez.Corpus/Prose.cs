using Osez.Corpus.French;

namespace Osez.Corpus;

/// <summary>
/// Writes the body of one write-up, section by section: sentences that agree (gender, number,
/// tense, elision), paragraphs, lists, tables, quotes and links, within a word budget.
/// </summary>
internal sealed class Prose(Rng rng, DocumentFacts facts)
{
    private readonly Grammar _g = new(rng);

    /// <summary>A name met in this write-up beyond its area, venue and partners (the long tail).</summary>
    private string Invented() => InventedNames.Draw(rng);

    // ---- complements -------------------------------------------------------------------------

    private string Complement()
    {
        if (rng.Chance(0.22))
            return InventedPlace();
        return rng.Below(18) switch
        {
            0 => "dans " + facts.Area,
            1 => Elision.A(facts.Venue),
            2 => "avec " + rng.Pick(facts.Partners),
            3 => "en " + _g.Month() + " " + Year(),
            4 => "pendant " + _g.Count(rng.Between(2, 30)) + " mois",
            5 => "depuis " + Year(),
            6 => "auprès " + Elision.De(_g.People(plural: true).Text),
            7 => "dans le cadre " + Elision.De(Definite(_g.Thing(allowComplement: false))),
            8 => "en lien avec " + rng.Pick(facts.Partners),
            9 => "grâce " + Elision.A(Definite(_g.Thing(allowComplement: false))),
            10 => "malgré " + _g.Thing(allowComplement: false).Text,
            11 => "au sein " + Elision.De(Definite(_g.Thing(allowComplement: false))),
            12 => Elision.Join("afin de", InfinitivePhrase()),
            13 => "en " + GerundPhrase(),
            14 => "pour les " + rng.Pick(facts.Publics),
            15 => rng.Pick(["chaque semaine", "le mardi après-midi", "une fois par mois", "entre deux permanences", "le samedi matin", "pendant les vacances scolaires", "en soirée"]),
            16 => "autour du thème « " + rng.Pick(facts.Themes) + " »",
            _ => "à l'échelle " + Elision.De(Definite(_g.Thing(allowAdjective: false, allowComplement: false))),
        };
    }

    /// <summary>A complement that does not nest another verb: place, time, partner.</summary>
    private string SimpleComplement()
    {
        if (rng.Chance(0.25))
            return InventedPlace();
        return rng.Below(8) switch
        {
            0 => "dans " + facts.Area,
            1 => Elision.A(facts.Venue),
            2 => "avec " + rng.Pick(facts.Partners),
            3 => "en " + _g.Month() + " " + Year(),
            4 => "pendant " + _g.Count(rng.Between(2, 30)) + " mois",
            5 => "pour les " + rng.Pick(facts.Publics),
            6 => rng.Pick(["chaque semaine", "le mardi après-midi", "une fois par mois", "le samedi matin", "en soirée"]),
            _ => "auprès " + Elision.De(_g.People(plural: true).Text),
        };
    }

    private string InventedPlace() => rng.Below(8) switch
    {
        0 => "dans le quartier " + Invented(),
        1 => "sur la commune de " + Invented(),
        2 => "avec l'association " + Invented(),
        3 => "au centre social " + Invented(),
        4 => "avec le collège " + Invented(),
        5 => "à la résidence " + Invented(),
        6 => "du côté de " + Invented(),
        _ => "avec le chantier d'insertion " + Invented(),
    };

    private string Year() => Grammar.Digits(rng.Between(facts.StartYear, Math.Max(facts.StartYear, Math.Min(facts.EndYear, facts.PublishedYear))));

    private static string Definite(Phrase phrase)
    {
        // Turn "un/une/des/ces..." into the definite article, keeping the rest of the phrase.
        var text = phrase.Text;
        foreach (var det in new[] { "un ", "une ", "des ", "ces ", "cette ", "cet ", "ce ", "chaque ", "leur ", "leurs ", "notre ", "nos ", "son ", "sa ", "ses " })
            if (text.StartsWith(det, StringComparison.Ordinal))
                return Elision.Definite(text[det.Length..], phrase.Gender, phrase.Plural);
        return text;
    }

    private string InfinitivePhrase()
    {
        var verb = _g.Verb();
        return verb.Infinitive + " " + _g.ObjectOf(verb, SimpleComplement);
    }

    private string GerundPhrase()
    {
        var verb = _g.Verb(rng.Chance(0.5) ? VerbObject.People : VerbObject.Thing);
        return verb.Gerund + " " + _g.ObjectOf(verb, SimpleComplement);
    }

    // ---- clauses and sentences ---------------------------------------------------------------

    /// <summary>Subject, verb, object, complements: the workhorse clause.</summary>
    private string Clause(Phrase? subject = null, Tense? tense = null)
    {
        var s = subject ?? _g.Subject();
        var verb = _g.Verb();
        var t = tense ?? _g.Tense();
        var clause = s.Text + " " + _g.Predicate(verb, t, s, negate: rng.Chance(0.08)) + " " + _g.ObjectOf(verb, Complement);
        for (var i = rng.Pick([0, 1, 1, 1, 2]); i > 0; i--)
            clause += " " + Complement();
        return clause;
    }

    private string PassiveClause()
    {
        var subject = rng.Chance(0.5) ? _g.Thing(allowComplement: false) : _g.People();
        var verb = _g.Verb(subject.Text.Length % 2 == 0 ? VerbObject.Thing : VerbObject.People);
        var agent = rng.Chance(0.5) ? " par " + rng.Pick(facts.Partners) : " " + Complement();
        return subject.Text + " " + verb.Passive(_g.Tense(), subject) + agent;
    }

    private string AttributeClause()
    {
        var subject = rng.Chance(0.5) ? _g.Thing(allowAdjective: false, allowComplement: false) : _g.People(allowAdjective: false);
        var copula = rng.Below(6) switch
        {
            0 => subject.Plural ? "sont" : "est",
            1 => subject.Plural ? "étaient" : "était",
            2 => Lexicon.Rester.Conjugate(Tense.PasseCompose, subject),
            3 => subject.Plural ? "semblaient" : "semblait",
            4 => subject.Plural ? "deviendront" : "deviendra",
            _ => subject.Plural ? "paraissaient" : "paraissait",
        };
        var adverb = rng.Pick(["", "", "très ", "plutôt ", "souvent ", "encore ", "de plus en plus ", "assez "]);
        return subject.Text + " " + copula + " " + adverb + _g.AdjectiveFor(subject);
    }

    /// <summary>A reflexive verb in the passé composé, agreeing: "l'équipe s'est appuyée", "les parents se sont appuyés".</summary>
    private static string Reflexive(Phrase subject, Verb verb)
        => subject.Text + (subject.Plural ? " se sont " : " s'est ") + verb.AgreedParticiple(subject);

    private string Sentence(string section)
    {
        var x = rng.NextDouble();
        string s;
        if (x < 0.3)
            s = SectionSentence(section);
        else if (x < 0.55)
            s = Clause();
        else if (x < 0.63)
            s = PassiveClause();
        else if (x < 0.69)
            s = AttributeClause();
        else if (x < 0.75)
        {
            var (lead, preposition) = rng.Pick([("ce qui a permis", "de"), ("ce qui a aidé", "à"), ("sans parvenir pour autant", "à"), ("ce qui a obligé", "à")]);
            s = Clause() + ", " + lead + " " + (preposition == "de" ? Elision.Join("de", InfinitivePhrase()) : "à " + InfinitivePhrase());
        }
        else if (x < 0.81)
            s = Clause() + ", " + rng.Pick(Lexicon.Subordinators) + " " + Clause();
        else if (x < 0.86)
            s = rng.Pick(["Il a fallu ", "Il faudra ", "Il fallait "]) + InfinitivePhrase() + " pour que " + SubjunctiveClause();
        else if (x < 0.91)
            s = rng.Pick(Lexicon.Openers) + Clause();
        else if (x < 0.95)
            s = "En " + _g.Month() + " " + Year() + ", " + Clause(tense: Tense.PasseCompose);
        else
            s = Elision.Join(rng.Pick(["On a constaté que", "Tout le monde savait que", "Les professionnels ont vite compris que", "Le bilan montre que", "Il est apparu que"]), Clause());
        return Finish(s);
    }

    private string SubjunctiveClause()
    {
        var subject = _g.Subject();
        var verb = _g.Verb(VerbObject.Thing);
        return subject.Text + " " + (subject.Plural ? "puissent " : "puisse ") + verb.Infinitive + " " + _g.Thing().Text;
    }

    private string Finish(string sentence)
    {
        sentence = FixElisions(sentence);
        sentence = Elision.Capitalise(sentence.Trim());
        if (!sentence.EndsWith('.'))
            sentence += ".";
        return Decorate(sentence);
    }

    /// <summary>The conjunctions that elide before a vowel, fixed once the whole sentence is known.</summary>
    private static string FixElisions(string s)
    {
        foreach (var word in new[] { "lorsque", "puisque" })
            foreach (var next in new[] { "il", "ils", "elle", "elles", "on", "un", "une" })
                s = s.Replace(word + " " + next + " ", word[..^1] + "'" + next + " ", StringComparison.Ordinal);
        foreach (var word in new[] { " que", "parce que", "même si", "alors que", "tandis que", "si bien que", "dès que" })
        {
            if (!word.EndsWith("que", StringComparison.Ordinal))
                continue;
            foreach (var next in new[] { "il", "ils", "elle", "elles", "on", "un", "une", "aux", "au", "à", "en" })
                s = s.Replace(word + " " + next + " ", word[..^1] + "'" + next + " ", StringComparison.Ordinal);
        }
        return s.Replace("si il ", "s'il ", StringComparison.Ordinal).Replace("si ils ", "s'ils ", StringComparison.Ordinal);
    }

    /// <summary>Now and then, a few words in bold.</summary>
    private string Decorate(string sentence)
    {
        if (!rng.Chance(0.1))
            return sentence;
        var words = sentence.Split(' ');
        if (words.Length < 7)
            return sentence;
        var start = rng.Between(1, words.Length - 4);
        var length = rng.Between(1, 3);
        var span = words[start..(start + length)];
        if (span.Any(w => w.Any(c => c is '*' or '[' or ']' or '(' or ')' or ',' or '.' or ':' or '«' or '»' or ';')))
            return sentence;
        words[start] = "**" + words[start];
        words[start + length - 1] += "**";
        return string.Join(' ', words);
    }

    // ---- section-specific sentences ----------------------------------------------------------

    private string SectionSentence(string section) => section switch
    {
        "Contexte" => rng.Below(7) switch
        {
            0 => "En " + _g.Month() + " " + Grammar.Digits(facts.StartYear) + ", " + Clause(tense: Tense.PasseCompose),
            1 => Elision.Capitalise(facts.Area) + " compte " + Grammar.Digits(rng.Between(120, 4800)) + " logements et " + _g.Thing(allowComplement: false).Text,
            2 => "Lors des permanences " + Elision.De(facts.Venue) + ", " + _g.People(plural: true).Text + " " + rng.Pick(["évoquaient", "décrivaient", "rapportaient", "racontaient"]) + " souvent " + _g.Thing().Text,
            3 => Elision.Join("Beaucoup de", rng.Pick(facts.Publics)) + " " + _g.Verb(VerbObject.Thing).Conjugate(Tense.Imparfait, new Phrase("x", Gender.Masculine, true)) + " " + _g.Thing().Text + " " + Complement(),
            4 => "Le diagnostic de territoire mené en " + Grammar.Digits(facts.StartYear - rng.Between(1, 3)) + " avait montré que " + Clause(tense: Tense.Imparfait),
            5 => "À l'origine de l'action, il y a " + _g.Thing().Text + " : " + Clause(),
            _ => Elision.Capitalise(facts.Venue) + " " + rng.Pick(["accueille", "accompagne", "reçoit"]) + " " + _g.Approximately(rng.Pick(facts.Publics)) + " " + Complement(),
        },
        "Le groupe" => rng.Below(6) switch
        {
            0 => "Le groupe a réuni entre " + _g.Count(facts.GroupMin) + " et " + _g.Count(facts.GroupMax) + " personnes selon les périodes",
            1 => "Il comptait surtout des " + rng.Pick(facts.Publics) + ", dont " + _g.Approximately(_g.Bare(rng.Pick(Lexicon.People), plural: true)),
            2 => "Les séances avaient lieu " + rng.Pick(["le mardi après-midi", "le jeudi matin", "un samedi sur deux", "le lundi en fin de journée"]) + " " + Elision.A(facts.Venue),
            3 => "Trois règles ont été posées dès la première séance : " + string.Join(", ", Rules(3)[..2]) + " et " + Rules(3)[2],
            4 => CountedArrivals(),
            _ => "Le noyau du groupe " + rng.Pick(["tenait", "tient", "a tenu"]) + " " + Elision.A(Definite(_g.Thing())),
        },
        "Ce que le groupe a produit" => rng.Below(4) switch
        {
            0 => "Le groupe a produit " + Indefinite() + " " + Complement(),
            1 => CountedPassive(),
            2 => "Au total, " + Grammar.Digits(rng.Between(12, 480)) + " personnes ont participé à au moins une " + rng.Pick(["séance", "rencontre", "sortie", "projection"]),
            _ => Delivered(),
        },
        "Effets pour les personnes" => rng.Below(4) switch
        {
            0 => Grammar.Digits(rng.Between(20, 95)) + "\u00A0% des participants déclarent que " + Clause(tense: Tense.PasseCompose),
            1 => "Pour certaines personnes, " + Clause(),
            2 => "« " + rng.Pick(Lexicon.Quotes) + " », " + rng.Pick(Lexicon.Speakers),
            _ => Elision.Capitalise(_g.People(plural: true).Text) + " ont " + rng.Pick(["repris confiance", "retrouvé du lien", "appris à se faire entendre", "fait valoir leurs droits", "osé prendre la parole"]) + " " + Complement(),
        },
        "Effets pour les professionnels" => rng.Below(4) switch
        {
            0 => "Pour " + rng.Pick(["l'assistante de service social", "l'équipe", "les travailleurs sociaux", "la conseillère en économie sociale et familiale", "l'animateur"]) + ", " + Clause(),
            1 => "La hiérarchie a reconnu ce temps de travail au bout de " + _g.Count(rng.Between(2, 12)) + " mois",
            2 => "Il a fallu clarifier les rôles : " + Clause(),
            _ => Elision.Capitalise(_g.People(plural: true).Text) + " " + _g.Verb(VerbObject.Thing).Conjugate(Tense.PasseCompose, new Phrase("x", Gender.Masculine, true)) + " " + _g.Thing().Text + " autrement",
        },
        "Difficultés" => rng.Below(4) switch
        {
            0 => Elision.Capitalise(Definite(_g.Thing(plural: false, allowComplement: false))) + " " + rng.Pick(["a posé problème", "posait problème", "a freiné le groupe", "a pesé lourd"]) + " : " + Clause(),
            1 => Elision.Join("Faute de", _g.Bare(rng.Pick(Lexicon.Things), plural: rng.Chance(0.3))) + ", " + Clause(),
            2 => NegatedClause(),
            _ => "Le financement annuel " + rng.Pick(["n'a pas été reconduit", "est arrivé tard", "a été réduit de moitié"]) + " en " + Year(),
        },
        _ => rng.Below(4) switch
        {
            0 => "Il faut " + InfinitivePhrase() + " avant " + Elision.Join("de", InfinitivePhrase()),
            1 => "Ce qui a le mieux fonctionné : " + _g.Thing().Text,
            2 => Elision.Join("Prendre le temps de", InfinitivePhrase()) + " " + rng.Pick(["reste essentiel", "a tout changé", "n'est pas du temps perdu"]),
            _ => "Avec le recul, " + Clause(tense: Tense.Conditionnel),
        },
    };

    private string[] Rules(int count) => AllRules.OrderBy(_ => rng.NextUInt64()).Take(count).ToArray();

    private static readonly string[] AllRules = ["la participation est libre", "personne n'est obligé de parler", "ce qui se dit reste dans le groupe",
        "les décisions se prennent ensemble", "chacun peut venir avec ses enfants", "on commence et on finit à l'heure", "les professionnels ne décident pas à la place du groupe",
        "on ne parle pas des situations individuelles", "chacun peut proposer un sujet"];

    private string Delivered()
    {
        var noun = rng.Pick(Lexicon.Things);
        var thing = new Phrase((noun.Gender == Gender.Feminine ? "Une " : "Un ") + noun.Singular, noun.Gender, false);
        var verb = rng.Pick(Lexicon.Delivering);
        return thing.Text + " " + verb.Passive(Tense.PasseCompose, thing) + " " + Elision.A(rng.Pick(facts.Partners));
    }

    private string Indefinite()
    {
        var noun = rng.Pick(Lexicon.Things);
        return (noun.Gender == Gender.Feminine ? "une " : "un ") + noun.Singular;
    }

    private string CountedArrivals()
    {
        var noun = rng.Pick(Lexicon.People);
        var subject = new Phrase(Elision.Capitalise(_g.Count(rng.Between(3, 40))) + " " + noun.Plural, noun.Gender, true);
        var verb = rng.Pick(Lexicon.Verbs.Where(v => v.UsesEtre).ToArray());
        return subject.Text + " " + verb.Conjugate(Tense.PasseCompose, subject) + " " + rng.Pick(["régulièrement", "dès le début", "en cours de route", "plus tard", "chaque semaine"]);
    }

    private string CountedPassive()
    {
        var noun = rng.Pick(Lexicon.Counted);
        var phrase = new Phrase(Grammar.Digits(rng.Between(3, 160)) + " " + noun.Plural, noun.Gender, true);
        var verb = _g.Verb(VerbObject.People);
        return phrase.Text + " " + verb.Passive(Tense.PasseCompose, phrase) + " " + Complement();
    }

    private string NegatedClause()
    {
        var s = _g.Subject();
        var verb = _g.Verb();
        return s.Text + " " + _g.Predicate(verb, rng.Pick([Tense.PasseCompose, Tense.Imparfait, Tense.Present]), s, negate: true) + " " + _g.ObjectOf(verb, Complement);
    }

    // ---- blocks ------------------------------------------------------------------------------

    /// <summary>Sentences up to a word budget (at least two).</summary>
    public string Paragraph(string section, int budget)
    {
        var sentences = new List<string>();
        var words = 0;
        var count = rng.Between(3, 6);
        for (var i = 0; i < count && (i < 2 || words < budget); i++)
        {
            var sentence = Sentence(section);
            sentences.Add(sentence);
            words += WordCount.Of(sentence);
        }
        return string.Join(' ', sentences);
    }

    public string BulletList(string section, bool numbered)
    {
        var items = new List<string>();
        var count = rng.Between(3, 6);
        for (var i = 0; i < count; i++)
        {
            string item;
            if (numbered)
                item = "**" + Elision.Capitalise(_g.Verb(VerbObject.Thing).Infinitive) + "** " + _g.Thing().Text + " " + Complement() + ".";
            else if (rng.Chance(0.5))
                item = "**" + Elision.Capitalise(_g.Thing(allowComplement: false).Text) + "** : " + Clause() + ".";
            else
                item = Sentence(section);
            items.Add((numbered ? $"{i + 1}. " : "- ") + FixElisions(item));
        }
        return string.Join('\n', items);
    }

    public string Table()
    {
        if (rng.Chance(0.5))
        {
            var rows = new List<string> { "| Période | Étape | Participants |", "| --- | --- | ---: |" };
            var year = facts.StartYear;
            var month = facts.StartMonth;
            for (var i = rng.Between(3, 6); i > 0; i--)
            {
                rows.Add($"| {rng.Pick(["début ", "mi-", "fin "])}{year} | {Elision.Capitalise(_g.Thing(allowComplement: false).Text)} | {rng.Between(3, 60)} |");
                month += rng.Between(2, 7);
                year += month / 12;
                month %= 12;
            }
            return string.Join('\n', rows);
        }
        var indicators = new List<string> { "| Indicateur | Au début | À la fin |", "| --- | ---: | ---: |" };
        foreach (var name in new[]
                 {
                     "Personnes présentes par séance", "Participants qui prennent la parole", "Démarches engagées", "Partenaires associés",
                     "Séances animées par le groupe", "Personnes orientées vers un droit", "Familles venues avec leurs enfants",
                 }.OrderBy(_ => rng.NextUInt64()).Take(rng.Between(3, 5)))
        {
            var before = rng.Between(1, 40);
            indicators.Add($"| {name} | {before} | {before + rng.Between(0, 50)} |");
        }
        return string.Join('\n', indicators);
    }

    public string Quote() => "> « " + rng.Pick(Lexicon.Quotes) + " »\n>\n> — " + Elision.Capitalise(rng.Pick(Lexicon.Speakers).Split(' ', 2)[1]);

    /// <summary>A sentence with a link to another site or to an earlier write-up.</summary>
    public string Link()
    {
        if (facts.Earlier.Count > 0 && rng.Chance(0.6))
        {
            var (slug, title) = rng.Pick(facts.Earlier);
            var text = char.ToLowerInvariant(title[0]) + title[1..];
            return rng.Chance(0.5)
                ? $"Comme pour [{text}](fiche:{slug}), {Clause()}."
                : $"Voir aussi la fiche [{text}](fiche:{slug}), qui raconte une démarche proche.";
        }
        var (label, path) = rng.Pick(new[]
        {
            ("le guide de l'intervention sociale d'intérêt collectif", "guides/isic"), ("la boîte à outils du développement social local", "outils/dsl"),
            ("le référentiel du pouvoir d'agir", "referentiels/pouvoir-d-agir"), ("la fiche pratique sur l'aller-vers", "fiches/aller-vers"),
            ("le rapport d'évaluation", "rapports/evaluation-" + Year()), ("la charte des groupes d'habitants", "chartes/groupes-d-habitants"),
            ("les ressources sur le non-recours", "ressources/non-recours"),
        });
        return Elision.Capitalise(Reflexive(_g.Subject(), Lexicon.Appuyer)) + $" sur [{label}](https://ressources.example.org/{path}/) {Complement()}.";
    }

    public string SubHeading() => "### " + Elision.Capitalise(rng.Pick([
        "Partir de ce que disent les personnes", "Préparer le terrain", "Le temps des premières rencontres", "Construire avec les partenaires",
        "Passer à l'action", "Donner de la visibilité", "Tenir dans la durée", "Préparer la suite",
    ]));
}
