namespace Osez.Corpus.French;

/// <summary>Grammatical gender, for determiners, adjectives and past participles.</summary>
internal enum Gender
{
    Masculine,
    Feminine,
}
