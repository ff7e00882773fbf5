using NewsGraph.Extraction.Entities;

namespace NewsGraph.Extraction.Tests.Entities;

public class CoveringNamesTests
{
    private static readonly CoveringNames Names = new(["Ana María Ruiz", "Tomás Ruiz", "the Port Authority", "Ruiz"]);

    [Fact]
    public void Finds_the_names_that_hold_every_word_in_the_order_they_were_added()
    {
        Assert.Equal(["Ana María Ruiz", "Tomás Ruiz", "Ruiz"], Names.Covering("Ruiz"));
        Assert.Equal(["Ana María Ruiz"], Names.Covering("ana maria"));
        Assert.Equal(["the Port Authority"], Names.Covering("Authority"));
    }

    [Fact]
    public void Finds_none_for_a_word_no_name_holds_and_all_for_a_name_without_words()
    {
        Assert.Empty(Names.Covering("Ruiz Gómez"));
        Assert.Equal(4, Names.Covering("—").Count());
    }

    [Fact]
    public void Finds_the_names_whose_words_the_initials_of_a_name_abbreviate()
    {
        var names = new CoveringNames(["Batbayaryn Oyunchimeg", "Tserendorj Munkhtuya", "Jude Okafor", "Ngozi Okafor"]);

        Assert.Equal(["Batbayaryn Oyunchimeg"], names.CoveringInitials("B. Oyunchimeg"));
        Assert.Equal(["Tserendorj Munkhtuya"], names.CoveringInitials("Ts. Munkhtuya"));
        Assert.Equal(["Jude Okafor"], names.CoveringInitials("J. Okafor"));
        Assert.Empty(names.CoveringInitials("D. Oyunchimeg"));
        Assert.Empty(names.CoveringInitials("Okafor"));
    }
}
