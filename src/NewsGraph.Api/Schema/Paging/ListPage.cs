using NewsGraph.Api.Schema.Views;

namespace NewsGraph.Api.Schema.Paging;

/// <summary>A page of ids cut from a list the API holds whole (a node's edges).</summary>
internal static class ListPage
{
    /// <summary>The ids of the page that <paramref name="request"/> asks for, and the page's <see cref="PageInfo"/>.</summary>
    public static (IReadOnlyList<string> Ids, PageInfo Info) Cut(IReadOnlyList<string> ids, PageRequest request)
    {
        var start = Math.Min(OffsetCursor.Decode(request.After), ids.Count);
        var end = Math.Min(start + request.First, ids.Count);
        var page = ids.Skip(start).Take(end - start).ToList();
        return (page, new PageInfo(end < ids.Count, page.Count == 0 ? null : OffsetCursor.Encode(end)));
    }
}
