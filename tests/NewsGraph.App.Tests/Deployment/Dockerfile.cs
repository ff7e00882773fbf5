namespace NewsGraph.App.Tests.Deployment;

/// <summary>A Dockerfile as stages of instructions (continuation lines joined, comments dropped).</summary>
internal sealed class Dockerfile
{
    private Dockerfile(IReadOnlyList<DockerStage> stages) => Stages = stages;

    public IReadOnlyList<DockerStage> Stages { get; }

    /// <summary>The stage the image is made of.</summary>
    public DockerStage Final => Stages[^1];

    public static Dockerfile Load(string path)
    {
        var stages = new List<DockerStage>();
        var logical = "";
        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.Trim();
            if (logical.Length == 0 && (line.Length == 0 || line.StartsWith('#')))
            {
                continue;
            }

            if (line.EndsWith('\\'))
            {
                logical += line[..^1] + " ";
                continue;
            }

            logical += line;
            var split = logical.Split(' ', 2, StringSplitOptions.TrimEntries);
            var instruction = new DockerInstruction(split[0].ToUpperInvariant(), split.Length > 1 ? split[1] : "");
            logical = "";
            if (instruction.Keyword == "FROM")
            {
                stages.Add(new DockerStage(instruction.Arguments));
            }
            else
            {
                stages[^1].Instructions.Add(instruction);
            }
        }

        return new Dockerfile(stages);
    }
}

/// <summary>A build stage: <c>FROM image [AS name]</c> and its instructions.</summary>
internal sealed class DockerStage(string from)
{
    public string Image { get; } = from.Split(' ')[0];

    public List<DockerInstruction> Instructions { get; } = [];

    public IEnumerable<string> ArgumentsOf(string keyword) =>
        Instructions.Where(i => i.Keyword == keyword).Select(i => i.Arguments);
}

/// <summary>One instruction: its keyword and the rest of its (logical) line.</summary>
internal sealed record DockerInstruction(string Keyword, string Arguments)
{
    /// <summary>The arguments of the exec form, <c>["a", "b"]</c>.</summary>
    public IReadOnlyList<string> ExecForm => System.Text.Json.JsonSerializer.Deserialize<List<string>>(Arguments)
        ?? throw new InvalidOperationException($"{Keyword} {Arguments} is not in the exec form");
}
