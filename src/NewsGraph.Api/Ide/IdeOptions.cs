using System.ComponentModel.DataAnnotations;

namespace NewsGraph.Api.Ide;

/// <summary>The Banana Cake Pop IDE at <c>/graphql/</c>. Section <c>Ide</c>.</summary>
public sealed class IdeOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Ide";

    /// <summary>Whether <c>/graphql/</c> serves the IDE. Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The IDE's title. Default "NewsGraph".</summary>
    [Required]
    public string Title { get; set; } = "NewsGraph";

    /// <summary>
    /// The folder holding the npm package's files. Default: <c>bananacakepop</c> beside the application, where the
    /// build copies them.
    /// </summary>
    [Required]
    public string FilesPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "bananacakepop");
}
