using System.CommandLine;
using NewsGraph.App.Commands;

var root = new RootCommand("NewsGraph: who stated what, and who relayed it, across news articles.")
{
    ExtractCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
