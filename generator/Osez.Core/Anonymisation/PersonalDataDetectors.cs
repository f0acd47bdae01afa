using Osez.Anonymisation.Detectors;

namespace Osez.Anonymisation;

/// <summary>The detectors, in priority order: when two matches overlap, the first detector's wins.</summary>
public static class PersonalDataDetectors
{
    public static IReadOnlyList<IPersonalDataDetector> All { get; } =
    [
        new NirDetector(),
        new IbanDetector(),
        new EmailDetector(),
        new PhoneNumberDetector(),
        new FileNumberDetector(),
        new CivilDateDetector(),
        new StreetAddressDetector(),
        new PostcodeTownDetector(),
        new HonorificNameDetector(),
        new FirstNameAgeDetector(),
        new PersonNameDetector(),
    ];

    /// <summary>Every detection in <paramref name="text"/>, without overlaps, in text order.</summary>
    public static IReadOnlyList<(IPersonalDataDetector Detector, Detection Detection)> Scan(string text, DeclaredIdentities declared)
    {
        var prepared = ScanText.Prepare(text);
        var kept = new List<(IPersonalDataDetector Detector, Detection Detection)>();
        // The kept spans, which never overlap, by start: a text full of addresses is checked in n log n, not n².
        var taken = new SortedSet<Detection>(ByStart);
        foreach (var detector in All)
        {
            foreach (var detection in detector.Find(prepared, declared))
            {
                if (OverlapsTaken(taken, detection))
                    continue;
                taken.Add(detection);
                kept.Add((detector, detection));
            }
        }
        return kept.OrderBy(k => k.Detection.Start).ToList();
    }

    private static readonly Comparer<Detection> ByStart = Comparer<Detection>.Create((a, b)
        => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Length.CompareTo(b.Length));

    private static readonly Detection First = new(int.MinValue, 0, 0);

    /// <summary>Of spans that do not overlap one another, only the last one starting before the new one ends can reach into it.</summary>
    private static bool OverlapsTaken(SortedSet<Detection> taken, Detection detection)
        => taken.Count > 0
            && detection.End - 1 >= taken.Min!.Start
            && taken.GetViewBetween(First, new Detection(detection.End - 1, int.MaxValue, 0)).Max is { } before
            && before.Overlaps(detection);
}
