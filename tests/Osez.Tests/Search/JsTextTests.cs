using System.Text;
using Osez.Search.Lunr;

namespace Osez.Tests.Search;

/// <summary>The JavaScript behaviours the index writer reproduces (expected values are what node prints).</summary>
public sealed class JsTextTests
{
    [Theory]
    [InlineData(0.001, "0.001")]
    [InlineData(1.823, "1.823")]
    [InlineData(10, "10")]
    [InlineData(0.00001, "0.00001")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(1.5e-7, "1.5e-7")]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(1e21, "1e+21")]
    [InlineData(123456789012345680000d, "123456789012345680000")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    public void Numbers_are_written_as_json_stringify_does(double value, string expected)
    {
        var builder = new StringBuilder();
        JsText.AppendJsonNumber(builder, value);
        Assert.Equal(expected, builder.ToString());
    }

    [Theory]
    [InlineData(0.5, 1)]
    [InlineData(1.5, 2)]
    [InlineData(2.5, 3)]
    [InlineData(-0.5, 0)]
    [InlineData(0.49999999999999994, 0)]
    public void Rounding_takes_halves_up_like_math_round(double value, double expected) => Assert.Equal(expected, JsText.Round(value));

    [Fact]
    public void Strings_escape_only_what_json_stringify_escapes()
    {
        var builder = new StringBuilder();
        JsText.AppendJsonString(builder, "é\"\\\n\u0001\u2028<>&'👍\uD800");
        Assert.Equal("\"é\\\"\\\\\\n\\u0001\u2028<>&'👍\\ud800\"", builder.ToString());
    }

    [Fact]
    public void Object_keys_put_array_indices_first_in_numeric_order()
        => Assert.Equal(["0", "2", "10", "4294967294", "a", "010", "4294967295", "-1"],
            JsObjectKeys.Order(["a", "10", "010", "2", "4294967295", "0", "-1", "4294967294"]));

    [Fact]
    public void Lower_case_follows_javascript_special_casing()
        => Assert.Equal("i\u0307stanbul σας σ.", JsText.ToLowerCase("İstanbul ΣΑΣ Σ."));
}
