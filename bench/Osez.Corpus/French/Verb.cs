namespace Osez.Corpus.French;

/// <summary>What a verb takes after it: people, things, or nothing (then a complement).</summary>
internal enum VerbObject
{
    People,
    Thing,
    None,
}

/// <summary>
/// A verb conjugated in the third person. Regular "-er" verbs follow their spelling changes
/// (commençait, partageait, mène, préfère, appelle, emploie); irregular ones are given in full.
/// </summary>
internal sealed class Verb
{
    private readonly string _present3S, _present3P, _imperfectStem, _futureStem, _subjunctive3S, _subjunctive3P;

    private Verb(string infinitive, string present3S, string present3P, string participle, string imperfectStem,
        string futureStem, bool usesEtre, VerbObject takes, string? subjunctive3S = null, string? subjunctive3P = null)
    {
        Infinitive = infinitive;
        _present3S = present3S;
        _present3P = present3P;
        Participle = participle;
        _imperfectStem = imperfectStem;
        _futureStem = futureStem;
        UsesEtre = usesEtre;
        Takes = takes;
        _subjunctive3P = subjunctive3P ?? present3P;
        _subjunctive3S = subjunctive3S ?? present3P[..^2];
    }

    public string Infinitive { get; }

    public string Participle { get; }

    public bool UsesEtre { get; }

    public VerbObject Takes { get; }

    /// <summary>"-ant" form: "en accompagnant", "en partageant".</summary>
    public string Gerund => _imperfectStem + "ant";

    /// <summary>
    /// Reads a verb: "accompagner p" (regular -er, object people), "réunir p ir" (like finir),
    /// or an irregular one in full: "prendre t = prend prennent pris pren prendr".
    /// The letter after the infinitive is p (people), t (things) or n (nothing); "être" marks être verbs.
    /// </summary>
    public static Verb Parse(string spec)
    {
        var parts = spec.Split(' ');
        var infinitive = parts[0];
        var takes = parts[1] switch { "p" => VerbObject.People, "t" => VerbObject.Thing, _ => VerbObject.None };
        var usesEtre = parts.Contains("être");
        var equals = Array.IndexOf(parts, "=");
        if (equals > 0)
        {
            var f = parts[(equals + 1)..];
            return new Verb(infinitive, f[0], f[1], f[2], f[3], f[4], usesEtre, takes,
                f.Length > 5 ? f[5] : null, f.Length > 6 ? f[6] : null);
        }
        if (parts.Contains("ir"))
        {
            var stem = infinitive[..^2];
            return new Verb(infinitive, stem + "it", stem + "issent", stem + "i", stem + "iss", infinitive, usesEtre, takes);
        }
        return Regular(infinitive, usesEtre, takes);
    }

    private static Verb Regular(string infinitive, bool usesEtre, VerbObject takes)
    {
        var stem = infinitive[..^2];
        // Before "a" and "o": c becomes ç, g becomes ge (commençait, partageant).
        var soft = stem.EndsWith('c') ? stem[..^1] + "ç" : stem.EndsWith('g') ? stem + "e" : stem;
        var present = stem;
        var future = infinitive;
        if (DoublesConsonant(stem))
        {
            // appeler, projeter: the consonant doubles before a mute ending, in the future too.
            present = stem + stem[^1];
            future = present + "er";
        }
        else if (IsMenerLike(stem))
        {
            // mener, achever: e becomes è before a mute ending, in the future too.
            present = ChangeLastVowel(stem, 'e', 'è');
            future = present + "er";
        }
        else if (stem.EndsWith("oy", StringComparison.Ordinal) || stem.EndsWith("uy", StringComparison.Ordinal))
        {
            // employer, appuyer: y becomes i before a mute ending.
            present = stem[..^1] + "i";
            future = present + "er";
        }
        else if (LastVowelIsClosedE(stem))
        {
            // préférer, gérer: é becomes è before a mute ending (the future keeps é).
            present = ChangeLastVowel(stem, 'é', 'è');
        }
        return new Verb(infinitive, present + "e", present + "ent", stem + "é", soft, future, usesEtre, takes);
    }

    private static bool LastVowelIsClosedE(string stem)
    {
        var i = stem.Length - 1;
        while (i >= 0 && !IsVowel(stem[i]))
            i--;
        return i >= 0 && i < stem.Length - 1 && stem[i] == 'é';
    }

    private static bool IsMenerLike(string stem)
        => stem is "men" or "amen" or "emmen" or "ramen" or "promen" or "achev" or "soulev" or "relev" or "lev" or "enlev"
            or "pes" or "sem" or "achet" or "harcel" or "gel";

    private static bool DoublesConsonant(string stem)
        => stem is "appel" or "rappel" or "renouvel" or "jet" or "projet" or "rejet";

    private static bool IsVowel(char c) => "aeiouyéèêàâîôû".Contains(c);

    private static string ChangeLastVowel(string stem, char from, char to)
    {
        var i = stem.LastIndexOf(from);
        return i < 0 ? stem : stem[..i] + to + stem[(i + 1)..];
    }

    /// <summary>The conjugated verb agreeing with its subject ("ont accompagné", "sont venues", "commençaient").</summary>
    public string Conjugate(Tense tense, Phrase subject)
    {
        var plural = subject.Plural;
        return tense switch
        {
            Tense.Present => plural ? _present3P : _present3S,
            Tense.Imparfait => _imperfectStem + (plural ? "aient" : "ait"),
            Tense.Futur => _futureStem + (plural ? "ont" : "a"),
            Tense.Conditionnel => _futureStem + (plural ? "aient" : "ait"),
            Tense.PasseCompose => UsesEtre
                ? (plural ? "sont " : "est ") + AgreedParticiple(subject)
                : (plural ? "ont " : "a ") + Participle,
            _ => UsesEtre
                ? (plural ? "étaient " : "était ") + AgreedParticiple(subject)
                : (plural ? "avaient " : "avait ") + Participle,
        };
    }

    /// <summary>The passive, agreeing with its subject ("ont été associées", "sera évalué").</summary>
    public string Passive(Tense tense, Phrase subject)
    {
        var plural = subject.Plural;
        var etre = tense switch
        {
            Tense.Present => plural ? "sont" : "est",
            Tense.Imparfait => plural ? "étaient" : "était",
            Tense.Futur => plural ? "seront" : "sera",
            Tense.Conditionnel => plural ? "seraient" : "serait",
            Tense.PasseCompose => plural ? "ont été" : "a été",
            _ => plural ? "avaient été" : "avait été",
        };
        return etre + " " + AgreedParticiple(subject);
    }

    /// <summary>Subjunctive present: "qu'elle accompagne", "qu'ils prennent".</summary>
    public string Subjunctive(bool plural) => plural ? _subjunctive3P : _subjunctive3S;

    public string AgreedParticiple(Phrase subject)
    {
        var feminine = subject.Gender == Gender.Feminine;
        if (!feminine && !subject.Plural)
            return Participle;
        var form = feminine ? Participle + "e" : Participle;
        if (subject.Plural && !form.EndsWith('s'))
            form += "s";
        return form;
    }
}
