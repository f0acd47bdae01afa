using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Osez.Browser.Tests.Support;

/// <summary>Reads a PDF with Debian's poppler-utils (pdftotext, pdftoppm): its text, and images of its pages.</summary>
public static partial class PdfText
{
    public const string Missing = "pdftotext introuvable : installez poppler-utils (Debian/Ubuntu : sudo apt-get install poppler-utils).";

    /// <summary>The PDF's text with every run of blanks (line and page breaks included) made one space.</summary>
    public static string Read(string pdf) => Blanks().Replace(Run("pdftotext", "-enc", "UTF-8", pdf, "-"), " ");

    /// <summary>Writes pages first..last as PNG images named prefix-N.png, at a resolution a person can read.</summary>
    public static void Pages(string pdf, string prefix, int first, int last)
        => Run("pdftoppm", "-png", "-r", "70", "-f", first.ToString(), "-l", last.ToString(), pdf, prefix);

    private static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException(Missing);
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"{tool} a échoué : {error.Result}");
            return output.Result;
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Blanks();
}
