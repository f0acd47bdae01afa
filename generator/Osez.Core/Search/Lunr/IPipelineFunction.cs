namespace Osez.Search.Lunr;

/// <summary>
/// One step of a lunr pipeline, registered in the browser under the same <see cref="Label"/>
/// (<c>lunr.Pipeline.registerFunction(fn, label)</c>): the index names its search pipeline by labels.
/// </summary>
public interface IPipelineFunction
{
    string Label { get; }

    /// <summary>
    /// Adds what the token becomes to <paramref name="output"/>: nothing drops it, one term keeps or
    /// changes it (the empty string included, as lunr keeps a token whose text became empty), several
    /// terms expand it.
    /// </summary>
    void Run(string token, List<string> output);
}
