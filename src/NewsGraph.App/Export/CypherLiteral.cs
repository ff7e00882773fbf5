using System.Globalization;
using System.Text;

namespace NewsGraph.App.Export;

/// <summary>Writes property values as Cypher literals that every Neo4j version from 3.1 on reads back unchanged.</summary>
internal static class CypherLiteral
{
    public static void Append(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string text:
                AppendString(builder, text);
                break;
            case bool flag:
                builder.Append(flag ? "true" : "false");
                break;
            case long number:
                builder.Append(number.ToString(CultureInfo.InvariantCulture));
                break;
            case double number:
                builder.Append(double.IsFinite(number) ? FloatText.Of(number) : "null");
                break;
            case IEnumerable<string> list:
                builder.Append('[');
                var first = true;
                foreach (var item in list)
                {
                    builder.Append(first ? "" : ", ");
                    AppendString(builder, item);
                    first = false;
                }

                builder.Append(']');
                break;
            default:
                throw new ArgumentException($"A graph property cannot hold a {value.GetType().Name}.", nameof(value));
        }
    }

    /// <summary>A map literal of the non-null properties, keys in ordinal order and back-quoted.</summary>
    public static void AppendMap(StringBuilder builder, IEnumerable<KeyValuePair<string, object?>> properties)
    {
        builder.Append('{');
        var first = true;
        foreach (var (key, value) in properties.Where(p => p.Value is not null).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            builder.Append(first ? "" : ", ").Append('`').Append(key.Replace("`", "``", StringComparison.Ordinal)).Append("`: ");
            Append(builder, value);
            first = false;
        }

        builder.Append('}');
    }

    private static void AppendString(StringBuilder builder, string text)
    {
        builder.Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var paired = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (paired)
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (c is '"' or '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (char.IsControl(c) || char.IsSurrogate(c))
            {
                // Line breaks, NUL and lone surrogates as \uXXXX escapes, which Cypher reads back as the same code unit.
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        builder.Append('"');
    }
}
