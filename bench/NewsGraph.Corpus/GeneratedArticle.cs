namespace NewsGraph.Corpus;

/// <summary>One generated article and what the generator knows about it.</summary>
/// <param name="Index">Its position in the corpus, from 0.</param>
/// <param name="FileName">A file name unique in the corpus (<c>000042_outlet-name_s000007.txt</c>).</param>
/// <param name="Text">The article as a plain-text file holds it.</param>
/// <param name="StoryId">The story it tells; every article of a story shares it.</param>
/// <param name="Outlet">The outlet that published it.</param>
/// <param name="Date">The day it was published.</param>
/// <param name="Quotes">Every quoted span, in text order, with its speaker and statement.</param>
public sealed record GeneratedArticle(int Index, string FileName, string Text, string StoryId, string Outlet, DateOnly Date, IReadOnlyList<GeneratedQuote> Quotes);
