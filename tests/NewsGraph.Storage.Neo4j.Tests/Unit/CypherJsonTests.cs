using System.Text;
using System.Text.Json;
using NewsGraph.Storage.Neo4j.Http;

namespace NewsGraph.Storage.Neo4j.Tests.Unit;

public sealed class CypherJsonTests
{
    [Fact]
    public void Floats_keep_a_fraction_so_Neo4j_reads_them_as_floats()
    {
        var map = new Dictionary<string, object?>
        {
            ["whole"] = 1.0,
            ["big"] = 1e21,
            ["small"] = 0.1,
            ["integer"] = 1L,
            ["int"] = 7,
            ["single"] = 2.5f,
            ["list"] = new[] { "a", "b" },
            ["none"] = null,
            ["yes"] = true,
            ["nested"] = new Dictionary<string, object?> { ["x"] = "é" },
        };

        Assert.Equal("""{"whole":1.0,"big":1E+21,"small":0.1,"integer":1,"int":7,"single":2.5,"list":["a","b"],"none":null,"yes":true,"nested":{"x":"é"}}""", Write(map));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Non_finite_floats_are_refused(double value) =>
        Assert.Throws<ArgumentException>(() => Write(value));

    [Fact]
    public void Unsupported_types_are_refused() =>
        Assert.Throws<ArgumentException>(() => Write(DateTimeOffset.UnixEpoch));

    [Fact]
    public void Numbers_read_as_long_without_a_fraction_and_double_with_one()
    {
        using var document = JsonDocument.Parse("""[1, 1.0, 9223372036854775807, 2.5e3, "s", true, null, {"k": [1]}]""");

        var values = Assert.IsType<List<object?>>(CypherJson.ReadValue(document.RootElement));

        Assert.Equal<object?>([1L, 1.0, long.MaxValue, 2500.0, "s", true, null], values.Take(7));
        Assert.Equal(1L, Assert.IsType<List<object?>>(Assert.IsType<Dictionary<string, object?>>(values[7])["k"])[0]);
    }

    private static string Write(object? value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, CypherJson.WriterOptions))
        {
            CypherJson.WriteValue(writer, value);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
