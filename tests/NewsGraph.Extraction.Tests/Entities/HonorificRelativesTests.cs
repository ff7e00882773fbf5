namespace NewsGraph.Extraction.Tests.Entities;

/// <summary>Relatives who share a surname are told apart by the honorific each was introduced with, and never merged.</summary>
public class HonorificRelativesTests
{
    [Fact]
    public void Mrs_and_a_surname_mean_the_mother_introduced_as_Mrs_even_after_her_daughter_is_named()
    {
        var extraction = TestExtraction.Extract(
            "Mrs Teodora Vasquez, 81, has run the stall since 1969. Her daughter, Paulina Vasquez, 52, keeps the books.\n\n"
            + "\"The customers come for my mother,\" Ms Vasquez said.\n\n"
            + "Mrs Vasquez shrugged. \"They come for the empanadas,\" Mrs Vasquez said.");

        Assert.Equal("Paulina Vasquez", extraction.SpeakerOf("The customers come"));
        Assert.Equal("Teodora Vasquez", extraction.SpeakerOf("They come for the"));
        Assert.Contains(extraction.People, p => p.Name == "Teodora Vasquez");
        Assert.Contains(extraction.People, p => p.Name == "Paulina Vasquez");
    }

    [Fact]
    public void Mr_and_a_surname_mean_the_father_introduced_as_Mr_not_the_son_named_after_him()
    {
        var extraction = TestExtraction.Extract(
            "HAMILTON (Wire) - Mr. Desmond Dimitrov, 74, opened the garage in 1978. His son, Ruben Dimitrov, 40, repairs the lorries.\n\n"
            + "\"I still check every invoice by hand,\" Mr. Dimitrov told the wire service on Tuesday.");

        Assert.Equal("Desmond Dimitrov", extraction.SpeakerOf("I still check every"));
    }

    [Fact]
    public void Without_an_introduction_under_the_honorific_the_surname_means_the_one_last_named()
    {
        var extraction = TestExtraction.Extract(
            "Desmond Dimitrov, 74, opened the garage in 1978. His son, Ruben Dimitrov, 40, repairs the lorries.\n\n"
            + "\"I still check every invoice by hand,\" Mr Dimitrov said.");

        Assert.Equal("Ruben Dimitrov", extraction.SpeakerOf("I still check every"));
    }
}
