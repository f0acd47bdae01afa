namespace Osez.Corpus;

/// <summary>A problem with the command line or the source folders, reported as one line, never as a stack trace.</summary>
internal sealed class CorpusException(string message) : Exception(message);
