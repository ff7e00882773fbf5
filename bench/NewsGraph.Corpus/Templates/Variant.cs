namespace NewsGraph.Corpus.Templates;

/// <summary>The decisions that fix one wording of a <see cref="Template"/>.</summary>
/// <param name="Choices">The option taken at each choice.</param>
/// <param name="Included">Whether each optional clause is kept.</param>
/// <param name="Numbers">The number drawn at each number slot (the same in every relay).</param>
internal sealed record Variant(int[] Choices, bool[] Included, int[] Numbers)
{
    /// <summary>A copy that can be changed without changing this one.</summary>
    public Variant Copy() => new((int[])Choices.Clone(), (bool[])Included.Clone(), Numbers);
}
