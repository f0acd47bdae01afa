using Osez.Content;
using Osez.Diagnostics;

namespace Osez.LearningPaths;

/// <summary>
/// A learning path (parcours) from <c>content/parcours/</c>: write-ups to read in order, each
/// with a question for discussion, for a training session or a team meeting.
/// </summary>
public sealed record LearningPath
{
    public required string Slug { get; init; }
    public required SourceDocument Source { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }

    /// <summary>Who it is for ("Étudiants en deuxième année..."), or empty.</summary>
    public required string Audience { get; init; }

    /// <summary>How long it takes ("Deux séances de trois heures"), or empty.</summary>
    public required string Duration { get; init; }

    public required bool IsIllustrative { get; init; }
    public required int Order { get; init; }
    public required IReadOnlyList<LearningPathStep> Steps { get; init; }
    public required string Body { get; init; }
    public required int BodyFirstLine { get; init; }

    /// <summary>The front-matter text and its first line, for the anonymisation check.</summary>
    public string FrontMatterText { get; init; } = string.Empty;

    public int FrontMatterFirstLine { get; init; } = 2;
}

/// <summary>One step of a learning path: a write-up and the question to discuss after reading it.</summary>
public sealed record LearningPathStep(string WriteUpSlug, string Question, SourceLocation Location);
