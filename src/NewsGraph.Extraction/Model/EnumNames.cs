namespace NewsGraph.Extraction;

/// <summary>Enum values as the contract and the graph write them.</summary>
public static class EnumNames
{
    /// <summary>The value's name in UPPER_SNAKE_CASE: <c>NewsOutlet</c> gives <c>NEWS_OUTLET</c>, <c>CannotConfirm</c> gives <c>CANNOT_CONFIRM</c>.</summary>
    public static string UpperSnake<T>(T value) where T : struct, Enum
    {
        var pascal = value.ToString();
        return string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();
    }
}
