namespace Osez.Corpus.French;

/// <summary>The tenses a write-up is told in (third person only: "le groupe", "les habitantes").</summary>
internal enum Tense
{
    Present,
    PasseCompose,
    Imparfait,
    Futur,
    Conditionnel,
    PlusQueParfait,
}
