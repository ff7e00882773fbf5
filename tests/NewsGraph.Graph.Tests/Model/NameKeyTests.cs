namespace NewsGraph.Graph.Tests.Model;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("José Martí", "jose marti")]
    [InlineData("e\u0301cole", "ecole")]
    [InlineData("Łukasz Øster-Straße", "lukasz oster strasse")]
    [InlineData("Nguyễn Tấn Dũng", "nguyen tan dung")]
    [InlineData("Ἀθῆναι", "αθηναι")]
    [InlineData("The Financial Times’", "financial times")]
    [InlineData("financial times", "financial times")]
    [InlineData("THE  FINANCIAL\tTIMES", "financial times")]
    [InlineData("Theresa May", "theresa may")]
    [InlineData("The", "the")]
    [InlineData("Task & Purpose", "task and purpose")]
    [InlineData("AT&T", "at and t")]
    [InlineData("&", "and")]
    [InlineData("Kim Jong-un", "kim jong un")]
    [InlineData("O'Brien", "obrien")]
    [InlineData("U.S. Army", "u s army")]
    [InlineData("G7 summit, 2024", "g7 summit 2024")]
    [InlineData("  padded  ", "padded")]
    [InlineData("!!! ---", "")]
    [InlineData("", "")]
    public void Of_folds_case_accents_punctuation_and_a_leading_the(string name, string expected) =>
        Assert.Equal(expected, NameKey.Of(name));

    [Theory]
    [InlineData("Gideon Rachman", "Gideon  RACHMAN.")]
    [InlineData("Financial Times", "The Financial Times")]
    [InlineData("Zelenskyy", "Zelénskyy")]
    public void Of_gives_variants_of_a_name_one_key(string a, string b) => Assert.Equal(NameKey.Of(a), NameKey.Of(b));

    [Theory]
    [InlineData("Kim Jong Un", "kim-jong-un")]
    [InlineData("Task & Purpose", "task-and-purpose")]
    [InlineData("The Associated Press", "associated-press")]
    [InlineData("Kursk region", "kursk-region")]
    public void Slug_joins_the_words_of_the_key_with_hyphens(string name, string expected) => Assert.Equal(expected, NameKey.Slug(name));

    [Fact]
    public void Of_refuses_null() => Assert.Throws<ArgumentNullException>(() => NameKey.Of(null!));
}
