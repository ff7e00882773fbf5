using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace NewsGraph.Api.Ide;

/// <summary>
/// Serves the IDE's files from the npm package folder: hashed bundles cached for a year, the entry points
/// (index, service worker, manifest) revalidated on every load so an upgrade shows at once.
/// </summary>
internal sealed class IdeFiles : IDisposable
{
    private const string Immutable = "public, max-age=31536000, immutable";
    private const string Revalidate = "no-cache";
    private readonly PhysicalFileProvider? _files;
    private readonly FileExtensionContentTypeProvider _contentTypes = new();

    /// <summary>Opens the folder of <see cref="IdeOptions.FilesPath"/>, if it exists.</summary>
    public IdeFiles(IOptions<IdeOptions> options)
    {
        var folder = options.Value.FilesPath;
        _files = Directory.Exists(folder) ? new PhysicalFileProvider(Path.GetFullPath(folder)) : null;
        _contentTypes.Mappings[".webmanifest"] = "application/manifest+json";
    }

    /// <summary>Whether the package's files are there.</summary>
    public bool Installed => _files?.GetFileInfo("index.html").Exists ?? false;

    /// <summary>The file at <paramref name="relativePath"/> (the index for an empty path), or 404.</summary>
    public IResult Serve(HttpContext context, string? relativePath)
    {
        var path = string.IsNullOrEmpty(relativePath) ? "index.html" : relativePath;
        var file = _files?.GetFileInfo(path);
        if (file is not { Exists: true, IsDirectory: false, PhysicalPath: not null } || !_contentTypes.TryGetContentType(path, out var contentType))
        {
            return TypedResults.NotFound();
        }

        context.Response.Headers.CacheControl = path.StartsWith("static/", StringComparison.Ordinal) ? Immutable : Revalidate;
        context.Response.Headers.XContentTypeOptions = "nosniff";
        var etag = new EntityTagHeaderValue($"\"{file.LastModified.UtcTicks:x}-{file.Length:x}\"");
        return TypedResults.PhysicalFile(file.PhysicalPath, contentType, lastModified: file.LastModified, entityTag: etag);
    }

    /// <inheritdoc />
    public void Dispose() => _files?.Dispose();
}
