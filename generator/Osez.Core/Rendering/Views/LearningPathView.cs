namespace Osez.Rendering.Views;

/// <summary>A learning path as templates see it.</summary>
public sealed record LearningPathView(
    string Slug,
    string Url,
    string Title,
    string Summary,
    string Audience,
    string Duration,
    bool Illustrative,
    IReadOnlyList<LearningPathStepView> Steps)
{
    /// <summary>The slugs of its write-ups in order, comma-separated (for « ajouter tout le parcours »).</summary>
    public string Slugs { get; } = string.Join(',', Steps.Select(s => s.Writeup.Slug));
}

/// <summary>One step of a learning path: its number, the write-up and the question for discussion.</summary>
public sealed record LearningPathStepView(int Number, string Question, WriteUpView Writeup);

/// <summary>A learning path that a write-up belongs to, and where in it.</summary>
public sealed record LearningPathMembershipView(string Title, string Url, string PositionLabel);
