namespace NewsGraph.Corpus.Templates;

/// <summary>One piece of a parsed <see cref="Template"/>.</summary>
internal abstract record TemplateNode;

/// <summary>Words written as they are.</summary>
internal sealed record TextNode(string Text) : TemplateNode;

/// <summary>A story word looked up by name; a capitalised name capitalises the word.</summary>
internal sealed record WordNode(string Name) : TemplateNode;

/// <summary>A number drawn once from <see cref="Min"/> to <see cref="Max"/>; <see cref="Slot"/> indexes <see cref="Variant.Numbers"/>.</summary>
internal sealed record NumberNode(int Min, int Max, int Slot) : TemplateNode;

/// <summary>Interchangeable wordings; <see cref="Slot"/> indexes <see cref="Variant.Choices"/>.</summary>
internal sealed record ChoiceNode(IReadOnlyList<IReadOnlyList<TemplateNode>> Options, int Slot) : TemplateNode;

/// <summary>A clause a relay may leave out; <see cref="Slot"/> indexes <see cref="Variant.Included"/>.</summary>
internal sealed record OptionalNode(IReadOnlyList<TemplateNode> Body, int Slot) : TemplateNode;

/// <summary>The words a paraphrase may quote.</summary>
internal sealed record FragmentNode(IReadOnlyList<TemplateNode> Body) : TemplateNode;
