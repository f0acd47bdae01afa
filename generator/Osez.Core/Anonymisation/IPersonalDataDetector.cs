using Osez.Diagnostics;

namespace Osez.Anonymisation;

/// <summary>
/// Finds one kind of personal data in a text. Detectors are small, regex-based and tuned
/// for French write-ups; they pre-filter for the human review, they do not replace it.
/// </summary>
public interface IPersonalDataDetector
{
    /// <summary>The stable code of this detector's diagnostics.</summary>
    DiagnosticCode Code { get; }

    /// <summary>What was found, in French, for messages ("un numéro de téléphone").</summary>
    string What { get; }

    /// <summary>How to rewrite the passage, in French.</summary>
    string Hint { get; }

    /// <summary>False for data that is never legitimate in a write-up (NIR, IBAN): no exception can hide it.</summary>
    bool CanBeAccepted { get; }

    /// <summary>Its patterns and lists, for the proposal form's copy of it (written into <c>assets/regles.js</c>).</summary>
    DetectorRules Rules { get; }

    /// <param name="text">Text prepared by <see cref="ScanText.Prepare"/>.</param>
    /// <param name="declared">The people and contact the write-up declares, which are allowed.</param>
    IEnumerable<Detection> Find(string text, DeclaredIdentities declared);
}
