using System.Text;
using NewsGraph.Storage.Sqlite;

namespace NewsGraph.Storage.Tests.Sqlite;

/// <summary>Property maps read back from the JSON the store writes.</summary>
public sealed class PropertyJsonTests
{
    [Fact]
    public void A_map_reads_back_its_values_in_the_written_key_order()
    {
        var written = PropertyJson.Write(new Dictionary<string, object?>
        {
            ["title"] = "Ports reopen",
            ["wordCount"] = 93L,
            ["score"] = 2.0,
            ["aliases"] = new[] { "a", "b" },
            ["fragment"] = false,
            ["gone"] = null,
        });

        var read = Read(written);

        Assert.Equal(["aliases", "fragment", "score", "title", "wordCount"], read.Keys);
        Assert.Equal(5, read.Count);
        Assert.Equal(93L, read["wordCount"]);
        Assert.Equal(2.0, read["score"]);
        Assert.Equal(["a", "b"], (string[])read["aliases"]!);
        Assert.True(read.TryGetValue("fragment", out var fragment));
        Assert.Equal(false, fragment);
        Assert.False(read.ContainsKey("gone"));
        Assert.False(read.TryGetValue("Title", out _));
        Assert.Throws<KeyNotFoundException>(() => read["missing"]);
        Assert.Equal(read.Keys.Zip(read.Values), read.Select(p => (p.Key, p.Value)));
    }

    [Fact]
    public void A_key_written_twice_keeps_its_first_place_and_its_last_value()
    {
        var read = Read("""{"a":1,"b":2,"a":3}""");

        Assert.Equal([new KeyValuePair<string, object?>("a", 3L), new("b", 2L)], read);
    }

    [Fact]
    public void Maps_with_many_keys_and_escaped_or_long_names_read_whole()
    {
        var properties = Enumerable.Range(0, 40).ToDictionary(i => $"k{i:D2}", i => (object?)(long)i);
        properties["caf\u00e9 \"quoted\""] = "x";
        properties[new string('n', 100)] = "long";

        var read = Read(PropertyJson.Write(properties));

        Assert.Equal(properties.OrderBy(p => p.Key, StringComparer.Ordinal), read);
        Assert.Equal(0L, Read(PropertyJson.Write(properties))["k00"]);
    }

    [Fact]
    public void Reads_share_one_string_per_property_name()
    {
        var first = Read("""{"publishedAt":"2024-01-01"}""");
        var second = Read("""{"publishedAt":"2024-01-02"}""");

        Assert.Same(first.Keys.Single(), second.Keys.Single());
    }

    [Fact]
    public void A_value_is_decoded_once_and_escapes_numbers_and_arrays_come_back_whole()
    {
        var read = Read("""{"text":"caf\u00e9 \"x\"\n","n":-12,"d":1.5E3,"list":["a,b","]"],"flag":true,"none":null}""");

        Assert.Same(read["text"], read["text"]);
        Assert.Equal("caf\u00e9 \"x\"\n", read["text"]);
        Assert.Equal(-12L, read["n"]);
        Assert.Equal(1500.0, read["d"]);
        Assert.Equal(["a,b", "]"], (string[])read["list"]!);
        Assert.Equal(true, read["flag"]);
        Assert.Null(read["none"]);
    }

    [Fact]
    public async Task Threads_reading_one_map_at_once_all_see_its_values()
    {
        var properties = Enumerable.Range(0, 12).ToDictionary(i => $"k{i:D2}", i => (object?)$"value {i}");
        for (var round = 0; round < 50; round++)
        {
            var read = Read(PropertyJson.Write(properties));
            using var start = new ManualResetEventSlim();
            var readers = Enumerable.Range(0, 4)
                .Select(_ => Task.Run(() =>
                {
                    start.Wait();
                    return read.ToList();
                }))
                .ToList();
            start.Set();

            foreach (var seen in await Task.WhenAll(readers))
            {
                Assert.Equal(properties.OrderBy(p => p.Key, StringComparer.Ordinal), seen);
            }
        }
    }

    private static IReadOnlyDictionary<string, object?> Read(string json) => PropertyJson.Read(Encoding.UTF8.GetBytes(json));
}
