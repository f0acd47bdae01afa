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
        new CivilDateDetector(),
        new StreetAddressDetector(),
        new PostcodeTownDetector(),
        new HonorificNameDetector(),
        new FirstNameAgeDetector(),
    ];

    /// <summary>Every detection in <paramref name="text"/>, without overlaps, in text order.</summary>
    public static IReadOnlyList<(IPersonalDataDetector Detector, Detection Detection)> Scan(string text, DeclaredIdentities declared)
    {
        var prepared = ScanText.Prepare(text);
        var kept = new List<(IPersonalDataDetector Detector, Detection Detection)>();
        foreach (var detector in All)
            foreach (var detection in detector.Find(prepared, declared))
                if (!kept.Any(k => k.Detection.Overlaps(detection)))
                    kept.Add((detector, detection));
        return kept.OrderBy(k => k.Detection.Start).ToList();
    }
}
