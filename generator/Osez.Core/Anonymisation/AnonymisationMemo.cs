using System.Runtime.CompilerServices;
using Osez.Content;
using Osez.Diagnostics;

namespace Osez.Anonymisation;

/// <summary>
/// What the anonymisation guard found in each write-up, kept by the preview server from one build to the next.
/// A write-up that was not read again (<see cref="WriteUpMemo"/> hands back the same object) is not scanned
/// again. Write-ups in a folder of their own are always scanned: the names of their files are checked too, and
/// those can change while the Markdown file does not.
/// </summary>
public sealed class AnonymisationMemo
{
    private readonly ConditionalWeakTable<WriteUp, IReadOnlyList<Diagnostic>> _found = new();

    internal void Check(WriteUp writeUp, DiagnosticBag diagnostics)
    {
        if (writeUp.Source.Folder is not null)
        {
            AnonymisationGuard.Check(ScannedDocument.Of(writeUp), diagnostics);
            return;
        }
        if (!_found.TryGetValue(writeUp, out var found))
        {
            var own = new DiagnosticBag();
            AnonymisationGuard.Check(ScannedDocument.Of(writeUp), own);
            found = own.Sorted();
            _found.AddOrUpdate(writeUp, found);
        }
        diagnostics.AddRange(found);
    }
}
