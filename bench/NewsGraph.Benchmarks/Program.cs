using BenchmarkDotNet.Running;
using NewsGraph.Benchmarks;

// dotnet run -c Release --project bench/NewsGraph.Benchmarks -- --filter '*'   (see bench/README.md)
BenchmarkSwitcher.FromAssembly(typeof(BenchConfig).Assembly).Run(args, BenchConfig.Create(args));
