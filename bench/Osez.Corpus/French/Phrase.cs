namespace Osez.Corpus.French;

/// <summary>A noun phrase with what the rest of the sentence must agree with.</summary>
internal readonly record struct Phrase(string Text, Gender Gender, bool Plural)
{
    public override string ToString() => Text;
}
