using System.ComponentModel.DataAnnotations;
using System.Xml.Linq;
using Microsoft.Extensions.Configuration;
using NewsGraph.Api.Hosting;
using NewsGraph.App.Stores;
using NewsGraph.App.Tests.Support;
using NewsGraph.Storage.Neo4j;

namespace NewsGraph.App.Tests.Deployment;

/// <summary>
/// docker-compose.yml and the Dockerfile, checked against what newsgraph reads (no Docker engine runs here): the
/// services and their wiring, the variables against the settings the app binds, and the image's build inputs.
/// </summary>
public sealed class DockerComposeTests
{
    private static readonly ComposeFile Compose = ComposeFile.Load(Repository.PathOf("docker-compose.yml"));
    private static readonly Dockerfile Image = Dockerfile.Load(Repository.PathOf("Dockerfile"));

    private static ComposeService Neo4j => Compose.Services["neo4j"];

    private static ComposeService NewsGraph => Compose.Services["newsgraph"];

    /// <summary>The arguments the container's <c>newsgraph</c> runs with: the service's command, else the image's.</summary>
    private static IReadOnlyList<string> Command => NewsGraph.Command ?? Image.Final.Instructions.Last(i => i.Keyword == "CMD").ExecForm;

    [Fact]
    public void Neo4j_is_the_version_5_community_image_with_its_data_on_a_named_volume()
    {
        Assert.Matches("^neo4j:5(-community)?$", Neo4j.Image);
        var volume = Assert.Single(Neo4j.Volumes).Split(':');
        Assert.Equal("/data", volume[1]);
        Assert.Contains(volume[0], Compose.Volumes.Keys);
        Assert.Contains("7474:7474", Neo4j.Ports);
    }

    [Fact]
    public void Neo4j_takes_its_password_from_the_environment_with_a_default_it_accepts()
    {
        var byDefault = Neo4j.EnvironmentWith(new Dictionary<string, string>())["NEO4J_AUTH"];
        var given = Neo4j.EnvironmentWith(new Dictionary<string, string> { ["NEO4J_PASSWORD"] = "from-the-environment" })["NEO4J_AUTH"];

        // The image takes only the user neo4j, and Neo4j 5 refuses passwords under 8 characters.
        Assert.Matches("^neo4j/.{8,}$", byDefault);
        Assert.Equal("neo4j/from-the-environment", given);
    }

    [Fact]
    public void Newsgraph_starts_once_neo4j_is_healthy_and_the_healthcheck_probes_the_port_it_connects_to()
    {
        var url = new Uri(NewsGraph.Environment["NEWSGRAPH__Neo4j__Url"]);

        Assert.Equal("service_healthy", NewsGraph.DependsOn["neo4j"].Condition);
        Assert.Same(Neo4j, Compose.Services[url.Host]);
        Assert.Contains($"http://localhost:{url.Port}/", string.Join(' ', Neo4j.Healthcheck!.Test), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("from-the-environment")]
    public void Newsgraph_logs_in_with_the_credentials_neo4j_is_given(string? password)
    {
        var variables = password is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["NEO4J_PASSWORD"] = password };
        var auth = Neo4j.EnvironmentWith(variables)["NEO4J_AUTH"].Split('/', 2);

        var options = BindNeo4jOptions(NewsGraph.EnvironmentWith(variables));

        Assert.Equal(auth[0], options.User);
        Assert.Equal(auth[1], options.Password);
    }

    [Fact]
    public void Every_newsgraph_variable_is_a_setting_the_app_reads()
    {
        var environment = NewsGraph.EnvironmentWith(new Dictionary<string, string>());
        var settings = Settings(environment);

        Assert.Equal(StoreKinds.Neo4j, settings[StoreKinds.Key]);
        Assert.All(settings.Keys, key => Assert.True(key == StoreKinds.Key || key.StartsWith(Neo4jGraphStoreOptions.SectionName + ":", StringComparison.Ordinal), key));
        var options = BindNeo4jOptions(environment);
        Validator.ValidateObject(options, new ValidationContext(options), validateAllProperties: true);
    }

    [Fact]
    public void The_container_serves_on_all_interfaces_on_the_published_port()
    {
        var entrypoint = Image.Final.Instructions.Single(i => i.Keyword == "ENTRYPOINT").ExecForm;

        Assert.StartsWith("mcr.microsoft.com/dotnet/aspnet:", Image.Final.Image, StringComparison.Ordinal);
        Assert.Equal("dotnet", entrypoint[0]);
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, entrypoint[1])), $"{entrypoint[1]} is not the App's assembly");
        Assert.Equal("serve", Command[0]);
        Assert.Equal("http://0.0.0.0:5080", ValueOf(Command, "--urls"));
        Assert.Contains("5080", Image.Final.ArgumentsOf("EXPOSE"));
        Assert.Contains("5080:5080", NewsGraph.Ports);
    }

    [Fact]
    public void The_image_holds_the_seeds_that_serve_imports()
    {
        var workdir = Image.Final.ArgumentsOf("WORKDIR").Last();
        var seeds = Image.Final.ArgumentsOf("COPY").Select(a => a.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Single(a => a[0] == "seeds/");

        Assert.Equal(ValueOf(Command, "--seeds"), Path.Combine(workdir, seeds[1]).TrimEnd('/'));
        Assert.NotEmpty(Directory.GetFiles(Repository.PathOf("seeds"), "*.txt"));
    }

    [Fact]
    public void The_build_stage_installs_npm_and_copies_everything_the_app_is_built_from()
    {
        var build = Image.Stages[0];
        var runs = build.ArgumentsOf("RUN").ToList();
        var copied = build.ArgumentsOf("COPY").SelectMany(a => a.Split(' ', StringSplitOptions.RemoveEmptyEntries)[..^1]).ToList();

        Assert.Equal(".", NewsGraph.Build);
        Assert.StartsWith("mcr.microsoft.com/dotnet/sdk:", build.Image, StringComparison.Ordinal);
        var npm = runs.FindIndex(r => r.Contains("install", StringComparison.Ordinal) && r.Contains(" npm", StringComparison.Ordinal));
        var publish = runs.FindIndex(r => r.Contains("dotnet publish src/NewsGraph.App/NewsGraph.App.csproj", StringComparison.Ordinal));
        Assert.InRange(npm, 0, publish - 1);
        Assert.All(BuildInputs("src/NewsGraph.App/NewsGraph.App.csproj"), input =>
            Assert.True(copied.Any(source => input == source || (source.EndsWith('/') && input.StartsWith(source, StringComparison.Ordinal))), $"{input} is not copied"));
        Assert.Contains("**/node_modules/", File.ReadAllLines(Repository.PathOf(".dockerignore")));
    }

    /// <summary>The settings that <c>NEWSGRAPH__</c> variables become (<c>NEWSGRAPH__Neo4j__Url</c> is <c>Neo4j:Url</c>).</summary>
    private static Dictionary<string, string?> Settings(Dictionary<string, string> environment)
    {
        Assert.All(environment.Keys, name => Assert.StartsWith(NewsGraphServer.EnvironmentPrefix, name, StringComparison.Ordinal));
        return environment.ToDictionary(pair => pair.Key[NewsGraphServer.EnvironmentPrefix.Length..].Replace("__", ":", StringComparison.Ordinal), pair => (string?)pair.Value);
    }

    /// <summary>Binds the Neo4j section as the app does, failing on any key that no option takes.</summary>
    private static Neo4jGraphStoreOptions BindNeo4jOptions(Dictionary<string, string> environment)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings(environment)).Build();
        var options = new Neo4jGraphStoreOptions();
        configuration.GetSection(Neo4jGraphStoreOptions.SectionName).Bind(options, binder => binder.ErrorOnUnknownConfiguration = true);
        return options;
    }

    private static string ValueOf(IReadOnlyList<string> arguments, string option)
    {
        var at = arguments.ToList().IndexOf(option);
        Assert.True(at >= 0 && at + 1 < arguments.Count, $"{option} is not given");
        return arguments[at + 1];
    }

    /// <summary>
    /// The repository files a project is built from, relative to the root: the props files above it, and the
    /// projects and files it reaches through paths that leave its folder, followed recursively.
    /// </summary>
    private static SortedSet<string> BuildInputs(string project)
    {
        var inputs = new SortedSet<string>(StringComparer.Ordinal) { "Directory.Packages.props", ".editorconfig" };
        var pending = new Stack<string>([project]);
        while (pending.TryPop(out var current))
        {
            if (!inputs.Add(current))
            {
                continue;
            }

            for (var folder = Path.GetDirectoryName(current); folder is not null; folder = Path.GetDirectoryName(folder))
            {
                var props = Path.Combine(folder, "Directory.Build.props");
                if (File.Exists(Repository.PathOf(props)))
                {
                    inputs.Add(props);
                }
            }

            var includes = XDocument.Load(Repository.PathOf(current)).Descendants()
                .Select(e => (Kind: e.Name.LocalName, Include: (string?)e.Attribute("Include")))
                .Where(e => e.Include is not null && e.Include.Contains("..", StringComparison.Ordinal));
            foreach (var (kind, include) in includes)
            {
                var full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Repository.PathOf(current))!, include!.Replace('\\', '/')));
                var path = Path.GetRelativePath(Repository.Root, full);
                if (kind == "ProjectReference")
                {
                    pending.Push(path);
                }
                else
                {
                    inputs.Add(path);
                }
            }
        }

        return inputs;
    }
}
