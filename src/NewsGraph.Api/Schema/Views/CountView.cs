namespace NewsGraph.Api.Schema.Views;

/// <summary>The source of <c>Count</c>.</summary>
/// <param name="Name">The label or relationship type.</param>
/// <param name="Count">How many.</param>
internal sealed record CountView(string Name, int Count);
