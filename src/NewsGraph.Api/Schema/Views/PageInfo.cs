namespace NewsGraph.Api.Schema.Views;

/// <summary>Where a page ends.</summary>
/// <param name="HasNextPage">Whether more items follow.</param>
/// <param name="EndCursor">The cursor of the last item, or null on an empty page.</param>
internal sealed record PageInfo(bool HasNextPage, string? EndCursor);
