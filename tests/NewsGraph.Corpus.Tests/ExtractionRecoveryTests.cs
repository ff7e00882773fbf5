using Xunit.Abstractions;

namespace NewsGraph.Corpus.Tests;

/// <summary>The extractor, run on generated articles, finds the quotes the generator wrote and names their speakers.</summary>
public sealed class ExtractionRecoveryTests(ITestOutputHelper output)
{
    [Fact]
    public void Extractor_recovers_the_generated_speaker_of_most_quotes()
    {
        var recovery = SpeakerRecovery.Measure(new CorpusGenerator(7).Generate(300));
        output.WriteLine(recovery.Report());
        Assert.True(recovery.SpeakerRate >= 0.80, recovery.Report());
    }
}
