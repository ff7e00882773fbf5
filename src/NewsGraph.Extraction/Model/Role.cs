namespace NewsGraph.Extraction;

/// <summary>A title a person holds, and the organization it is held at where the text says.</summary>
/// <param name="Title">The title as written, lower-cased unless it is a proper noun ("chief foreign affairs commentator").</param>
/// <param name="Organization">The canonical name of the organization, or null.</param>
public sealed record Role(string Title, string? Organization);
