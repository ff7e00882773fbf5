using System.Text;

namespace NewsGraph.Corpus.Stories;

/// <summary>Builds an article's text paragraph by paragraph, noting where each quoted span starts.</summary>
internal sealed class ArticleText(string open, string close)
{
    private readonly StringBuilder _text = new();
    private readonly List<GeneratedQuote> _quotes = [];

    public IReadOnlyList<GeneratedQuote> Quotes => _quotes;

    /// <summary>A paragraph of plain text.</summary>
    public void Paragraph(string text)
    {
        Break();
        _text.Append(text);
    }

    /// <summary>A paragraph of plain text and quoted spans (<see cref="Quoted"/> parts), in order.</summary>
    public void Paragraph(params object[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        Break();
        foreach (var part in parts)
        {
            if (part is Quoted quoted)
            {
                _text.Append(open);
                _quotes.Add(quoted.Truth with { Text = quoted.Text, Start = _text.Length });
                _text.Append(quoted.Text).Append(close);
            }
            else
            {
                _text.Append(part);
            }
        }
    }

    public override string ToString() => _text.ToString() + "\n";

    private void Break()
    {
        if (_text.Length > 0)
        {
            _text.Append("\n\n");
        }
    }

    /// <summary>Words to put between quotation marks, and the truth to record about them.</summary>
    public sealed record Quoted(string Text, GeneratedQuote Truth);
}
