using System.Globalization;
using System.Text;

namespace NewsGraph.Corpus.Templates;

/// <summary>
/// A sentence pattern: <c>{a|b}</c> offers wordings a relay may swap, <c>[...]</c> a clause a relay may drop,
/// <c>&lt;var&gt;</c> a story word (a capitalised name capitalises it at the start of a sentence), <c>&lt;num:a-b&gt;</c> a number fixed when the
/// statement is made, and <c>^...^</c> the words a paraphrase may quote as a fragment.
/// </summary>
internal sealed class Template
{
    private const char FragmentStart = '\u0001';
    private const char FragmentEnd = '\u0002';

    private Template(string source, IReadOnlyList<TemplateNode> nodes, int choices, int optionals, int numbers, bool hasFragment)
    {
        Source = source;
        Nodes = nodes;
        ChoiceCount = choices;
        OptionalCount = optionals;
        NumberCount = numbers;
        HasFragment = hasFragment;
    }

    public string Source { get; }

    public IReadOnlyList<TemplateNode> Nodes { get; }

    public int ChoiceCount { get; }

    public int OptionalCount { get; }

    public int NumberCount { get; }

    public bool HasFragment { get; }

    /// <summary>The range of each number slot, by slot.</summary>
    public IReadOnlyList<(int Min, int Max)> NumberRanges
    {
        get
        {
            var ranges = new (int Min, int Max)[NumberCount];
            Walk(Nodes, node =>
            {
                if (node is NumberNode number)
                {
                    ranges[number.Slot] = (number.Min, number.Max);
                }
            });
            return ranges;
        }
    }

    public static Template Parse(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var parser = new Parser(source);
        var nodes = parser.ParseSequence(endAt: null);
        return new Template(source, nodes, parser.Choices, parser.Optionals, parser.Numbers, parser.HasFragment);
    }

    /// <summary>A first wording: every choice drawn at random, every clause kept, numbers drawn once.</summary>
    public Variant Draw(Random random)
    {
        var choices = new int[ChoiceCount];
        var numbers = new int[NumberCount];
        Walk(Nodes, node =>
        {
            switch (node)
            {
                case ChoiceNode choice:
                    choices[choice.Slot] = random.Next(choice.Options.Count);
                    break;
                case NumberNode number:
                    numbers[number.Slot] = random.Next(number.Min, number.Max + 1);
                    break;
            }
        });
        var included = Enumerable.Repeat(true, OptionalCount).ToArray();
        return new Variant(choices, included, numbers);
    }

    /// <summary>Renders a wording; the fragment is the text between the <c>^</c> marks, if any.</summary>
    public (string Text, string? Fragment) Render(Variant variant, Func<string, string> words, bool contracted)
    {
        ArgumentNullException.ThrowIfNull(variant);
        var text = new StringBuilder();
        Append(Nodes, variant, words, text);
        var rendered = Contractions.Apply(text.ToString(), contracted);
        var start = rendered.IndexOf(FragmentStart, StringComparison.Ordinal);
        var end = rendered.IndexOf(FragmentEnd, StringComparison.Ordinal);
        var fragment = start >= 0 && end > start ? rendered[(start + 1)..end] : null;
        var clean = rendered.Replace(FragmentStart.ToString(), "", StringComparison.Ordinal).Replace(FragmentEnd.ToString(), "", StringComparison.Ordinal);
        return (clean, fragment);
    }

    /// <summary>The places a relay can change in <paramref name="variant"/>: the choices and kept clauses it renders.</summary>
    public IReadOnlyList<TemplateNode> LivePoints(Variant variant)
    {
        ArgumentNullException.ThrowIfNull(variant);
        var points = new List<TemplateNode>();
        CollectLive(Nodes, variant, points);
        return points;
    }

    private static void CollectLive(IReadOnlyList<TemplateNode> nodes, Variant variant, List<TemplateNode> points)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case ChoiceNode choice:
                    if (choice.Options.Count > 1)
                    {
                        points.Add(choice);
                    }

                    CollectLive(choice.Options[variant.Choices[choice.Slot]], variant, points);
                    break;
                case OptionalNode optional when variant.Included[optional.Slot]:
                    points.Add(optional);
                    CollectLive(optional.Body, variant, points);
                    break;
                case FragmentNode fragment:
                    CollectLive(fragment.Body, variant, points);
                    break;
            }
        }
    }

    private static void Append(IReadOnlyList<TemplateNode> nodes, Variant variant, Func<string, string> words, StringBuilder text)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case TextNode literal:
                    text.Append(literal.Text);
                    break;
                case WordNode word:
                    var value = words(word.Name.ToLowerInvariant());
                    var capital = char.IsUpper(word.Name[0]) && value.Length > 0 && AtSentenceStart(text);
                    text.Append(capital ? char.ToUpperInvariant(value[0]) + value[1..] : value);
                    break;
                case NumberNode number:
                    text.Append(variant.Numbers[number.Slot].ToString(CultureInfo.InvariantCulture));
                    break;
                case ChoiceNode choice:
                    Append(choice.Options[variant.Choices[choice.Slot]], variant, words, text);
                    break;
                case OptionalNode optional when variant.Included[optional.Slot]:
                    Append(optional.Body, variant, words, text);
                    break;
                case FragmentNode fragment:
                    text.Append(FragmentStart);
                    Append(fragment.Body, variant, words, text);
                    text.Append(FragmentEnd);
                    break;
            }
        }
    }

    /// <summary>Whether the next word starts a sentence: nothing but spaces and marks since the last full stop.</summary>
    private static bool AtSentenceStart(StringBuilder text)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            if (text[i] is not (' ' or FragmentStart or FragmentEnd))
            {
                return text[i] is '.' or '!' or '?';
            }
        }

        return true;
    }

    private static void Walk(IReadOnlyList<TemplateNode> nodes, Action<TemplateNode> visit)
    {
        foreach (var node in nodes)
        {
            visit(node);
            switch (node)
            {
                case ChoiceNode choice:
                    foreach (var option in choice.Options)
                    {
                        Walk(option, visit);
                    }

                    break;
                case OptionalNode optional:
                    Walk(optional.Body, visit);
                    break;
                case FragmentNode fragment:
                    Walk(fragment.Body, visit);
                    break;
            }
        }
    }

    private sealed class Parser(string source)
    {
        private int _position;

        public int Choices { get; private set; }

        public int Optionals { get; private set; }

        public int Numbers { get; private set; }

        public bool HasFragment { get; private set; }

        public List<TemplateNode> ParseSequence(char? endAt, bool stopAtBar = false)
        {
            var nodes = new List<TemplateNode>();
            var literal = new StringBuilder();
            while (_position < source.Length)
            {
                var c = source[_position];
                if (c == endAt || (stopAtBar && c == '|'))
                {
                    break;
                }

                if (c is '{' or '[' or '<' or '^')
                {
                    Flush(literal, nodes);
                    nodes.Add(ParseSpecial(c));
                    continue;
                }

                if (c is '}' or ']' || (c == '|' && !stopAtBar))
                {
                    throw new FormatException($"unexpected '{c}' at {_position} in template: {source}");
                }

                literal.Append(c);
                _position++;
            }

            Flush(literal, nodes);
            return nodes;
        }

        private TemplateNode ParseSpecial(char c)
        {
            _position++;
            switch (c)
            {
                case '{':
                    var options = new List<IReadOnlyList<TemplateNode>>();
                    while (true)
                    {
                        options.Add(ParseSequence('}', stopAtBar: true));
                        var end = Expect('|', '}');
                        if (end == '}')
                        {
                            return new ChoiceNode(options, Choices++);
                        }
                    }

                case '[':
                    var body = ParseSequence(']');
                    Expect(']');
                    return new OptionalNode(body, Optionals++);
                case '^':
                    var fragment = ParseSequence('^');
                    Expect('^');
                    HasFragment = true;
                    return new FragmentNode(fragment);
                default:
                    var close = source.IndexOf('>', _position);
                    if (close < 0)
                    {
                        throw new FormatException($"unclosed '<' in template: {source}");
                    }

                    var name = source[_position..close];
                    _position = close + 1;
                    if (name.StartsWith("num:", StringComparison.Ordinal))
                    {
                        var range = name[4..].Split('-');
                        return new NumberNode(int.Parse(range[0], CultureInfo.InvariantCulture), int.Parse(range[1], CultureInfo.InvariantCulture), Numbers++);
                    }

                    return new WordNode(name);
            }
        }

        private char Expect(params char[] allowed)
        {
            if (_position >= source.Length || !allowed.Contains(source[_position]))
            {
                throw new FormatException($"expected one of '{new string(allowed)}' at {_position} in template: {source}");
            }

            return source[_position++];
        }

        private static void Flush(StringBuilder literal, List<TemplateNode> nodes)
        {
            if (literal.Length > 0)
            {
                nodes.Add(new TextNode(literal.ToString()));
                literal.Clear();
            }
        }
    }
}
