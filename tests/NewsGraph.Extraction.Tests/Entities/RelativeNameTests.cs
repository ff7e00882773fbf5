namespace NewsGraph.Extraction.Tests.Entities;

/// <summary>Relatives sharing a surname: a courtesy title and the surname alone mean the relative whose gender fits.</summary>
public class RelativeNameTests
{
    private const string Report =
        "Tenant awarded damages\n\nBy Court Reporter\n\n"
        + "Kaveinga Lolohea, 27, was injured when the ceiling of his flat fell in, the court heard.\n\n"
        + "\"I was asleep when it came down,\" Mr Lolohea said in a statement read to the court.\n\n"
        + "His mother, Salote Lolohea, flew from Nuku'alofa for the hearing and sat behind him every day.\n\n"
        + "\"The landlord knew about the cracks for two years,\" Mr Lolohea said outside the court.";

    private const string Rescue =
        "Divers rescued off the headland\n\n"
        + "Anouk Verlinden, 52, and her husband, Joris-Willem Verlinden, 55, were treated for hypothermia.\n\n"
        + "Speaking from hospital, Mevrouw Verlinden said the boat had capsized in seconds.\n\n"
        + "Mr Verlinden, still under treatment, sent a message: \"We owe the crew our lives.\"";

    [Fact]
    public void Mr_and_the_surname_after_his_mother_is_named_is_still_the_son()
    {
        var extraction = TestExtraction.Extract(Report);

        Assert.Equal("Kaveinga Lolohea", extraction.SpeakerOf("The landlord knew"));
        Assert.DoesNotContain(extraction.People, p => p.Name == "Salote Lolohea" && p.Aliases.Contains("Lolohea"));
    }

    [Fact]
    public void A_wife_picked_out_by_her_title_leaves_her_husband_for_the_next_mr()
    {
        var extraction = TestExtraction.Extract(Rescue);

        Assert.Equal("Joris-Willem Verlinden", extraction.SpeakerOf("We owe the crew"));
    }
}
