using Osez.Corpus;

try
{
    if (args is ["--help"] or ["-h"])
    {
        Console.WriteLine(CorpusOptions.Usage);
        return 0;
    }
    var options = CorpusOptions.Parse(args);
    var stats = CorpusWriter.Write(options);
    if (options.Stats)
        Console.WriteLine(stats);
    return 0;
}
catch (CorpusException ex)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine();
    Console.Error.WriteLine(CorpusOptions.Usage);
    return 2;
}
catch (IOException ex)
{
    Console.Error.WriteLine("Écriture impossible : " + ex.Message);
    return 1;
}
