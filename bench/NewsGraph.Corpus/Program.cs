using System.CommandLine;
using NewsGraph.Corpus;

var count = new Option<int>("--count") { Description = "How many articles to write.", DefaultValueFactory = _ => 1000 };
var seed = new Option<int>("--seed") { Description = "The seed: the same seed writes the same files.", DefaultValueFactory = _ => CorpusGenerator.DefaultSeed };
var output = new Option<DirectoryInfo>("--out") { Description = "The folder to write the .txt files and truth.jsonl into.", Required = true };
var root = new RootCommand("Writes a deterministic synthetic news corpus: one .txt file per article, and truth.jsonl with each article's quotes, speakers and statement ids.")
{
    count, seed, output,
};
root.SetAction(result =>
{
    var folder = result.GetValue(output)!;
    var written = CorpusWriter.Write(new CorpusGenerator(result.GetValue(seed)).Generate(result.GetValue(count)), folder.FullName);
    Console.WriteLine($"wrote {written.Articles} articles ({written.Bytes:N0} bytes) and truth.jsonl to {folder.FullName}");
    return 0;
});
return root.Parse(args).Invoke();
