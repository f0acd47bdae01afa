using CsCheck;
using Osez.Anonymisation;

namespace Osez.Tests.Anonymisation;

/// <summary>
/// The scan keeps the first detector's finding where two overlap; it now keeps them in a sorted set instead of
/// comparing each with all the others. The result must be the same as the plain comparison.
/// </summary>
public sealed class ScanOverlapTests
{
    private static readonly string[] Pieces =
    [
        "Mme Dupont", "M. Martin, 34 ans", "Karim, 34 ans", "06 12 34 56 78", "+33 6 12 34 56 78", "a.b@exemple.fr",
        "née le 12 mars 1985", "12 rue des Lilas 59000 Lille", "59000 Lille", "1 89 03 59 350 123 08", "FR76 3000 6000 0112 3456 7890 189",
        "le projet est né en 2021", " ", "\n", ", ", "et", "**Dupont**", "12", "rue", "Mme", "Lille",
    ];

    private static List<(IPersonalDataDetector, Detection)> Naive(string text)
    {
        var prepared = ScanText.Prepare(text);
        var kept = new List<(IPersonalDataDetector Detector, Detection Detection)>();
        foreach (var detector in PersonalDataDetectors.All)
            foreach (var detection in detector.Find(prepared, DeclaredIdentities.None))
                if (!kept.Any(k => k.Detection.Overlaps(detection)))
                    kept.Add((detector, detection));
        return kept.OrderBy(k => k.Detection.Start).ToList();
    }

    [Fact]
    public void Keeps_the_same_findings_as_comparing_each_with_all_the_others()
    {
        Gen.Int[0, Pieces.Length - 1].Array[1, 40].Select(indexes => string.Concat(indexes.Select(i => Pieces[i]))).Sample(text =>
        {
            var expected = Naive(text).Select(k => (k.Item1.Code.Id, k.Item2)).ToList();
            var actual = PersonalDataDetectors.Scan(text, DeclaredIdentities.None).Select(k => (k.Detector.Code.Id, k.Detection)).ToList();
            Assert.Equal(expected, actual);
        }, iter: 500, seed: "cj28LjtOK2y1");
    }
}
