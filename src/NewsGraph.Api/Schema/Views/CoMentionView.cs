namespace NewsGraph.Api.Schema.Views;

/// <summary>The source of <c>CoMention</c>.</summary>
/// <param name="PersonId">The other person's id.</param>
/// <param name="Articles">How many articles mention both.</param>
internal sealed record CoMentionView(string PersonId, int Articles);
