namespace NewsGraph.Extraction.Tests.Entities;

public class EntityTests
{
    [Fact]
    public void Strips_titles_and_ranks_from_names_and_keeps_them_as_roles()
    {
        var article = TestExtraction.Extract("Navy spokesperson Cmdr. Ayesha Rahman-Clarke said the ship was safe. Rahman-Clarke added nothing.");

        var person = Assert.Single(article.People);
        Assert.Equal("Ayesha Rahman-Clarke", person.Name);
        Assert.Contains(person.Roles, r => r.Title.Contains("spokesperson", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Prof Halima Oduya, who led the study, said the data were clear.", "Halima Oduya")]
    [InlineData("Advocate Themba Radebe told the court the contract was void.", "Themba Radebe")]
    [InlineData("Rev Ansel Morrow said the hall would reopen.", "Ansel Morrow")]
    public void Strips_an_honorific_written_without_a_full_stop(string text, string name)
    {
        Assert.Equal(name, Assert.Single(TestExtraction.Extract(text).People).Name);
    }

    [Fact]
    public void Reads_roles_from_an_appositive()
    {
        var article = TestExtraction.Extract("Tomasz Wierzbicki, the chief economist at the World Bank, said growth would slow.");

        var person = Assert.Single(article.People);
        Assert.Contains(person.Roles, r => r.Title == "chief economist" && r.Organization == "World Bank");
    }

    [Fact]
    public void Joins_surnames_to_the_full_name_and_lists_them_as_aliases()
    {
        var article = TestExtraction.Extract("Hélène Lefèvre arrived on Monday. Lefèvre said little, and then Lefèvre left.");

        var person = Assert.Single(article.People);
        Assert.Equal("Hélène Lefèvre", person.Name);
        Assert.Contains("Lefèvre", person.Aliases);
        Assert.Equal(3, person.Mentions);
    }

    [Theory]
    [InlineData("Speaking in The Hague, Pieter van der Berg said farmers were angry.", "Pieter van der Berg")]
    [InlineData("Officials said Khalid bin Saad al-Qahtani would lead the delegation.", "Khalid bin Saad al-Qahtani")]
    [InlineData("The deputy head of the delegation, Zhou Mingyuan, said China supported the goal.", "Zhou Mingyuan")]
    [InlineData("María Fernanda Castillo Herrera, the head of the delegation, spoke first.", "María Fernanda Castillo Herrera")]
    public void Recognises_names_from_many_languages(string text, string name)
    {
        Assert.Contains(TestExtraction.Extract(text).People, p => p.Name == name);
    }

    [Fact]
    public void A_demonym_is_not_a_place()
    {
        var article = TestExtraction.Extract("South Korean officials met French diplomats in Seoul.");

        Assert.Equal(["Seoul"], article.Places.Select(p => p.Name));
    }

    [Fact]
    public void Finds_organizations_by_gazetteer_head_noun_and_context()
    {
        var article = TestExtraction.Extract(
            "The Federal Ministry of Food and Agriculture and the Pacific Fleet were named. The freight forwarder Cedar Line Logistics " +
            "and the environmental group Transport & Environment objected, as did Copa-Cogeca, which represents farmers, and Reuters.");

        var names = article.Organizations.Select(o => o.Name).ToList();
        Assert.Contains("Federal Ministry of Food and Agriculture", names);
        Assert.Contains("Pacific Fleet", names);
        Assert.Contains("Cedar Line Logistics", names);
        Assert.Contains("Transport & Environment", names);
        Assert.Contains("Copa-Cogeca", names);
        Assert.Contains("Reuters", names);
    }

    [Theory]
    [InlineData("The bill went to the Agriculture and Water Resources Committee on Friday.", "Agriculture and Water Resources Committee")]
    [InlineData("The Seed and Grain Authority approved the variety.", "Seed and Grain Authority")]
    [InlineData("A grant came from the Baltic Society for the Advancement of Letters.", "Baltic Society for the Advancement of Letters")]
    [InlineData("He wrote to the Office of the Harbour Commissioner.", "Office of the Harbour Commissioner")]
    [InlineData("The Marine Safety Committee meets in May.", "Marine Safety Committee")]
    [InlineData("Delegates left the General Assembly early.", "General Assembly")]
    public void Reads_an_organization_name_whole_across_and_of_the_and_a_leading_title_word(string text, string name)
    {
        Assert.Contains(name, TestExtraction.Extract(text).Organizations.Select(o => o.Name));
    }

    [Theory]
    [InlineData("A clerk at the Tshwane Metropolitan Municipality testified.", "Tshwane Metropolitan Municipality")]
    [InlineData("She joined the Halifax Symphony Orchestra in 1990.", "Halifax Symphony Orchestra")]
    [InlineData("He studied at the Odesa Conservatory before the war.", "Odesa Conservatory")]
    [InlineData("The film premiered at the Busan International Film Festival.", "Busan International Film Festival")]
    [InlineData("The bill died in the Ohio Legislature last spring.", "Ohio Legislature")]
    [InlineData("Shares of Mirae Devices rose 4%.", "Mirae Devices")]
    public void Finds_organizations_by_more_head_nouns(string text, string name)
    {
        Assert.Contains(name, TestExtraction.Extract(text).Organizations.Select(o => o.Name));
    }

    [Theory]
    [InlineData("Lucía Arancibia Vargas, a chemist, has studied the brine for years.", "Lucía Arancibia Vargas")]
    [InlineData("The borough mayor, Santiago Treviño Lara, has not weighed in.", "Santiago Treviño Lara")]
    [InlineData("\"We were ready,\" said Zoë Marchetti, the coach.", "Zoë Marchetti")]
    public void Reads_given_names_written_with_accents(string text, string name)
    {
        Assert.Contains(name, TestExtraction.Extract(text).People.Select(p => p.Name));
    }

    [Fact]
    public void A_headline_gives_the_places_it_names_and_nothing_else()
    {
        var article = TestExtraction.Extract("Drought Deepens Across Namibia As Herders Wait For Rain\n\nFarmers said the rains had failed for a third year.");

        Assert.Contains("Namibia", article.Places.Select(p => p.Name));
        Assert.Empty(article.People);
        Assert.Empty(article.Organizations);
    }

    [Fact]
    public void Words_listed_after_a_place_are_places_too()
    {
        var places = TestExtraction.Extract("Schools in Mathare, Kariobangi and Eastleigh were turned into shelters.").Places.Select(p => p.Name).ToList();

        Assert.Contains("Kariobangi", places);
        Assert.Contains("Eastleigh", places);
    }

    [Fact]
    public void A_name_after_a_place_and_a_comma_is_not_listed_with_it()
    {
        var article = TestExtraction.Extract("In Ostrava, Dvorak, the mayor, declined to comment.");

        Assert.DoesNotContain("Dvorak", article.Places.Select(p => p.Name));
    }

    [Fact]
    public void Knows_stock_exchanges_by_their_short_names_and_former_countries_as_places()
    {
        var article = TestExtraction.Extract("Velora Systems (NYSE: VLRA) said on Monday that its founder, who left the Soviet Union in 1979, would retire.");

        Assert.Contains("New York Stock Exchange", article.Organizations.Select(o => o.Name));
        Assert.Contains("Soviet Union", article.Places.Select(p => p.Name));
        Assert.DoesNotContain("Soviet Union", article.Organizations.Select(o => o.Name));
    }

    [Theory]
    [InlineData("Hollis served four terms in the Kansas House of Representatives before retiring.", "Kansas House of Representatives", "House of Representatives")]
    [InlineData("\"We need tents,\" Uganda Red Cross spokeswoman Grace Atim told reporters.", "Uganda Red Cross", "Red Cross")]
    public void A_place_before_a_known_body_names_the_place_s_own_body(string text, string organization, string notThis)
    {
        var organizations = TestExtraction.Extract(text).Organizations.Select(o => o.Name).ToList();

        Assert.Contains(organization, organizations);
        Assert.DoesNotContain(organizations, name => name != organization && name.Contains(notThis, StringComparison.Ordinal));
    }

    [Fact]
    public void A_place_before_a_one_word_body_stays_two_names()
    {
        var article = TestExtraction.Extract("Beijing said on Monday that China and the EU would meet, and the China EU summit was set for June.");

        Assert.DoesNotContain(article.Organizations, o => o.Name.StartsWith("China", StringComparison.Ordinal));
    }

    [Fact]
    public void Knows_the_consultancies_and_brokerages_business_news_quotes_without_taking_names_or_greetings_for_them()
    {
        var article = TestExtraction.Extract(
            "The Pune outsourcer, which competes with Accenture and Cognizant, lost a contract. Jefferies was more bearish. "
            + "\"Margins will shrink,\" the brokerage said. Jun Takeda, a fund manager in Osaka, said Takeda had sold. "
            + "\"Kia ora, everyone,\" the host said.");

        var organizations = article.Organizations.Select(o => o.Name).ToList();
        Assert.Contains("Accenture", organizations);
        Assert.Contains("Cognizant", organizations);
        Assert.Contains("Jefferies", organizations);
        Assert.Contains("Jun Takeda", article.People.Select(p => p.Name));
        Assert.DoesNotContain(organizations, name => name.StartsWith("Takeda", StringComparison.Ordinal) || name.StartsWith("Kia", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("State Sen. Karen Lindqvist, R-Salina, who chairs the committee, agreed.", "Salina")]
    [InlineData("Rep. Tomas Villarreal, D-Garden City, put it better.", "Garden City")]
    [InlineData("Sen. Maria Ortez, D-Ohio, voted no.", "Ohio")]
    public void The_home_of_a_lawmaker_after_the_party_letter_is_a_place(string text, string place)
    {
        var article = TestExtraction.Extract(text);

        Assert.Contains(place, article.Places.Select(p => p.Name));
        Assert.Single(article.People);
        Assert.Empty(article.Organizations);
    }

    [Theory]
    [InlineData("Takeda Ren, a Tokyo-based designer, tested the device.", "Tokyo")]
    [InlineData("The Lisbon-born actor talked about night shoots.", "Lisbon")]
    [InlineData("Ruth Ahlberg, of Pine Bluff, served four terms in the state house.", "Pine Bluff")]
    public void Finds_places_in_compounds_and_hometowns(string text, string place)
    {
        var article = TestExtraction.Extract(text);

        Assert.Contains(place, article.Places.Select(p => p.Name));
        Assert.DoesNotContain(article.People, p => p.Name.Contains(place, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Dunmore Rovers beat Kilbride Athletic 2-0 on Saturday.", "Dunmore Rovers")]
    [InlineData("Dunmore Rovers beat Kilbride Athletic 2-0 on Saturday.", "Kilbride Athletic")]
    [InlineData("The fixture against Carrick United was moved.", "Carrick United")]
    [InlineData("Shares of Vantara Infotech Limited fell 5%.", "Vantara Infotech Limited")]
    [InlineData("Osterfeld Maschinenbau GmbH cut 300 jobs.", "Osterfeld Maschinenbau GmbH")]
    public void Finds_clubs_and_companies_by_their_last_word(string text, string name)
    {
        var article = TestExtraction.Extract(text);

        Assert.Contains(name, article.Organizations.Select(o => o.Name));
        Assert.DoesNotContain(name, article.People.Select(p => p.Name));
    }

    [Theory]
    [InlineData("Marta Quispe, a chemist at the Universidad Mayor de San Simón, studied the brine.", "Universidad Mayor de San Simón")]
    [InlineData("The pumps were bought by Yacimientos Petrolíferos Fiscales Bolivianos last year.", "Yacimientos Petrolíferos Fiscales Bolivianos")]
    [InlineData("Rosa Mamani leads the Cooperativa Minera Andina in Potosí.", "Cooperativa Minera Andina")]
    [InlineData("A loan from the Banque Populaire du Sud was approved.", "Banque Populaire du Sud")]
    [InlineData("Researchers at the Istituto Nazionale di Geofisica e Vulcanologia warned of tremors.", "Istituto Nazionale di Geofisica e Vulcanologia")]
    [InlineData("The Ministério da Saúde published the figures.", "Ministério da Saúde")]
    public void Finds_organizations_named_head_first_in_other_languages(string text, string name)
    {
        var article = TestExtraction.Extract(text);

        Assert.Contains(name, article.Organizations.Select(o => o.Name));
        Assert.DoesNotContain(name, article.People.Select(p => p.Name));
        Assert.DoesNotContain(name, article.Places.Select(p => p.Name));
    }

    [Theory]
    [InlineData("The contract went to Fjellvik Kraft, a Norwegian utility, for seven years.", "Fjellvik Kraft")]
    [InlineData("Lindiwe Mokoena named Pieter Lourens and his company, Tessell Civils, in her evidence.", "Tessell Civils")]
    [InlineData("Output fell at Minera Altiplano Sur, the state lithium company, in May.", "Minera Altiplano Sur")]
    public void A_name_set_beside_a_noun_of_company_is_an_organization(string text, string name)
    {
        var article = TestExtraction.Extract(text);

        Assert.Contains(name, article.Organizations.Select(o => o.Name));
        Assert.DoesNotContain(name, article.People.Select(p => p.Name));
    }

    [Theory]
    [InlineData("Maria Lopez, a bank teller, saw the robbery.", "Maria Lopez")]
    [InlineData("Kwame Asante, a company director, declined to comment.", "Kwame Asante")]
    [InlineData("\"Pay us,\" said Kwame Asante, the union's president, to the crowd.", "Kwame Asante")]
    [InlineData("\"It is a slogan,\" said Naledi Dube, a researcher at the group.", "Naledi Dube")]
    public void A_person_whose_job_names_a_company_stays_a_person(string text, string name)
    {
        var article = TestExtraction.Extract(text);

        Assert.Contains(name, article.People.Select(p => p.Name));
        Assert.DoesNotContain(name, article.Organizations.Select(o => o.Name));
    }

    [Theory]
    [InlineData("Officials met the Ministry of Fisheries on Monday.", "Ministry of Fisheries")]
    [InlineData("He told the Budget Committee Tuesday that he would resign.", "Budget Committee")]
    public void A_name_does_not_run_on_into_the_day_of_the_week(string text, string name)
    {
        var names = TestExtraction.Extract(text).Organizations.Select(o => o.Name).ToList();

        Assert.Equal([name], names);
    }

    [Fact]
    public void Keeps_two_organizations_joined_by_and_apart()
    {
        var names = TestExtraction.Extract("Analysts at Kestrel Media and Harbour Capital Group disagreed.").Organizations.Select(o => o.Name).ToList();

        Assert.Contains("Kestrel Media", names);
        Assert.Contains("Harbour Capital Group", names);
    }

    [Theory]
    [InlineData("\"Two more cuts are likely,\" said Tomas Ferro, chief economist for Latin America at Banco Andino.")]
    [InlineData("Lena Ruud, an analyst at Nordvik Kapital, expects a cut.")]
    [InlineData("Lena Ruud, an analyst at Brevik, expects a cut.")]
    [InlineData("Lena Ruud expects a cut. Economists at Brevik disagree.")]
    public void The_name_after_a_job_title_and_at_is_the_employer(string text)
    {
        var article = TestExtraction.Extract(text);

        var employer = Assert.Single(article.Organizations).Name;
        Assert.DoesNotContain(employer, article.People.Select(p => p.Name));
        Assert.Single(article.People);
    }

    [Fact]
    public void The_job_after_a_byline_name_is_no_organization()
    {
        var article = TestExtraction.Extract("Homes approved\n\nBy Selin Aydemir, Local Democracy Reporter\n\nThe Harbour Council approved 450 homes on Monday.");

        Assert.Equal(["Harbour Council"], article.Organizations.Select(o => o.Name));
        Assert.Contains("Selin Aydemir", article.People.Select(p => p.Name));
    }

    [Theory]
    [InlineData("Jenny Marsh, of the Save Our Meadows group, said they would fight on.", "Save Our Meadows")]
    [InlineData("Members of the Clean Harbour coalition marched on Friday.", "Clean Harbour")]
    public void The_name_between_the_and_a_group_noun_is_an_organization(string text, string name)
    {
        Assert.Contains(name, TestExtraction.Extract(text).Organizations.Select(o => o.Name));
    }

    [Fact]
    public void One_word_before_a_job_title_and_a_name_is_the_employer()
    {
        var article = TestExtraction.Extract("Kovra managing director Ilse Brandt told a news conference that rationing would begin on Monday.");

        Assert.Equal(["Kovra"], article.Organizations.Select(o => o.Name));
        var person = Assert.Single(article.People);
        Assert.Contains(person.Roles, r => r.Organization == "Kovra");
    }

    [Fact]
    public void A_title_before_a_person_stays_a_title()
    {
        var article = TestExtraction.Extract("Navy Secretary Tomas Orrego visited the Harbour Services Agency on Monday.");

        Assert.Contains("Tomas Orrego", article.People.Select(p => p.Name));
        Assert.Contains("Harbour Services Agency", article.Organizations.Select(o => o.Name));
    }

    [Fact]
    public void Reads_a_platform_name_only_in_a_platform_context()
    {
        Assert.Contains(TestExtraction.Extract("She wrote in a post on X that she was leaving.").Organizations, o => o.Name == "X");
        Assert.DoesNotContain(TestExtraction.Extract("Generation X voters and Malcolm X were mentioned.").Organizations, o => o.Name == "X");
    }

    [Fact]
    public void Joins_an_acronym_to_the_name_it_abbreviates()
    {
        var article = TestExtraction.Extract("The Maritime Workers Union of Nigeria called the strike. The MWUN said it would last.");

        var union = Assert.Single(article.Organizations, o => o.Name == "Maritime Workers Union of Nigeria");
        Assert.Contains("MWUN", union.Aliases);
    }

    [Fact]
    public void A_company_named_without_its_line_of_business_is_the_same_company_and_speaks_under_its_name()
    {
        var article = TestExtraction.Extract(
            "Halvard Bank agreed on Monday to buy a smaller rival for 1.2 billion pounds. \"The deal will lift earnings in its first full year,\" Halvard said.");

        var company = Assert.Single(article.Organizations);
        Assert.Equal("Halvard Bank", company.Name);
        Assert.Equal("Halvard Bank", Assert.Single(article.Quotes).Speaker?.Name);
    }

    [Theory]
    [InlineData("Kuulo Audio Oy")]
    [InlineData("Danube Media Kft")]
    [InlineData("Vireo Foods S.p.A.")]
    [InlineData("Nordvik Shipping ASA")]
    public void Legal_forms_of_other_countries_name_companies(string company)
    {
        var article = TestExtraction.Extract($"{company} opened a plant on Monday. Shares of {company[..company.LastIndexOf(' ')]} rose 2%.");

        var organization = Assert.Single(article.Organizations);
        Assert.Equal(company, organization.Name);
    }

    [Fact]
    public void A_company_named_without_its_legal_form_is_the_same_company()
    {
        var article = TestExtraction.Extract("Kestrel Motors Inc launched a cheaper car on Monday. Shares of Kestrel Motors rose 2%.");

        var company = Assert.Single(article.Organizations);
        Assert.Equal("Kestrel Motors Inc", company.Name);
        Assert.Contains("Kestrel Motors", company.Aliases);
    }

    [Fact]
    public void A_short_form_in_brackets_after_a_name_is_its_alias()
    {
        var article = TestExtraction.Extract("The dam is run by the Lakeland Power Generating Company (LakePower), the state producer. LakePower said the dam was safe.");

        var company = Assert.Single(article.Organizations);
        Assert.Equal("Lakeland Power Generating Company", company.Name);
        Assert.Contains("LakePower", company.Aliases);
    }

    [Fact]
    public void A_short_organization_name_joins_the_full_one_used_before()
    {
        var article = TestExtraction.Extract("The European Commission proposed a levy. The Commission says it will cut emissions.");

        var commission = Assert.Single(article.Organizations);
        Assert.Equal("European Commission", commission.Name);
        Assert.Equal(2, commission.Mentions);
    }

    [Fact]
    public void Reads_places_from_region_nouns_and_geographic_heads()
    {
        var article = TestExtraction.Extract("Troops moved into the western Kursk region and toward Tin Can Island.");

        var places = article.Places.Select(p => p.Name).ToList();
        Assert.Contains("Kursk", places);
        Assert.Contains("Tin Can Island", places);
    }

    [Theory]
    [InlineData("Residents of the village of Ano Livadi fled the flames.", "Ano Livadi")]
    [InlineData("Ships queued outside the port of Kerem Dagi for days.", "Kerem Dagi")]
    public void A_name_after_village_of_or_port_of_is_a_place(string text, string name)
    {
        var article = TestExtraction.Extract(text);

        Assert.Contains(name, article.Places.Select(p => p.Name));
        Assert.Empty(article.People);
    }

    [Theory]
    [InlineData("She moved to St Paul in 2010.")]
    [InlineData("She moved to St. Paul in 2010.")]
    public void Reads_a_saint_place_name_written_with_st(string text)
    {
        Assert.Equal("Saint Paul", Assert.Single(TestExtraction.Extract(text).Places).Name);
    }

    [Fact]
    public void Leaves_a_quoted_nickname_out_of_the_name()
    {
        var article = TestExtraction.Extract("Oluwadamilare \"Dami\" Adeyemi, who owns a repair shop, objected.");

        Assert.Contains(article.People, p => p.Name == "Oluwadamilare Adeyemi");
        Assert.Empty(article.Quotes);
    }

    [Fact]
    public void A_pronoun_and_its_contraction_are_no_name_with_either_apostrophe()
    {
        var article = TestExtraction.Extract(
            "Bank deal\n\n\u2018No branch will close,\u2019 he told the paper. \u2018I\u2019ve said that to the regulator, and I\u2019m saying it to you.\u2019\n\n"
            + "\"I'll be back. I'd say so,\" she said. She has offers from two Division I colleges.\n\n"
            + "HOST: You've promised no closures. They're not convinced.");

        Assert.Empty(article.People);
        Assert.Empty(article.Organizations);
    }

    [Theory]
    [InlineData("Etheridge will succeed Mayor Nathan Kealoha, who did not seek a third term.", "Nathan Kealoha", "Mayor")]
    [InlineData("The statement was read by a police media officer, Sergeant Phil Tamatea.", "Phil Tamatea", "Sergeant")]
    [InlineData("The report quoted Cr Daniel Hapi on the water charges.", "Daniel Hapi", "Cr")]
    [InlineData("The motion was tabled by Cllr Amira Shah on Tuesday.", "Amira Shah", "Cllr")]
    public void A_title_that_name_lists_also_hold_stays_a_title(string text, string name, string title)
    {
        var person = Assert.Single(TestExtraction.Extract(text).People);

        Assert.Equal(name, person.Name);
        Assert.Contains(person.Roles, r => r.Title == title);
    }

    [Fact]
    public void A_name_of_several_words_after_in_is_a_place_unless_it_names_someone_or_something_else()
    {
        var article = TestExtraction.Extract(
            "Kestrel Holdings Ltd said on Monday it would shut branches in Hebden Bridge and a depot near Little Marlow. "
            + "Staff in Kestrel Holdings were told first. In Ann Price's view it was overdue.");

        var places = article.Places.Select(p => p.Name).ToList();
        Assert.Contains("Hebden Bridge", places);
        Assert.Contains("Little Marlow", places);
        Assert.DoesNotContain(places, p => p.StartsWith("Kestrel", StringComparison.Ordinal) || p.StartsWith("Ann", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Fighting continued in the Eastern Ontario region on Monday.", "Ontario")]
    [InlineData("The depot in Leeds North was closed.", "Leeds North")]
    [InlineData("Snow closed roads across Southern Ontario overnight.", "Southern Ontario")]
    [InlineData("Rice prices rose across Northern Nigeria in March, traders told the wire.", "Northern Nigeria")]
    [InlineData("Most of the 40 branches are in Central Anatolia, the lender said.", "Central Anatolia")]
    [InlineData("\"We sell to buyers all over South-west Germany,\" she said.", "South-west Germany")]
    [InlineData("The network serves Northeastern Brazil and little else.", "Northeastern Brazil")]
    public void A_direction_beside_a_known_place_is_never_a_place_of_its_own(string text, string place)
    {
        var places = TestExtraction.Extract(text).Places.Select(p => p.Name).ToList();

        Assert.Equal([place], places);
    }

    [Fact]
    public void A_channel_s_regional_name_is_no_place()
    {
        Assert.Empty(TestExtraction.Extract("Channel: NTV North\n\nShares in the bank closed up nearly four per cent.").Places);
    }

    [Theory]
    [InlineData("The earbuds come with a new feature called Clear Table, which uses six microphones.", false)]
    [InlineData("The fund backed a startup called Brightwell Lane, which makes hearing aids.", true)]
    public void A_name_given_to_a_thing_is_no_organization_unless_an_organization_noun_introduces_it(string text, bool organization)
    {
        Assert.Equal(organization, TestExtraction.Extract(text).Organizations.Count > 0);
    }

    [Fact]
    public void A_place_compound_before_an_organization_is_the_place_and_the_organization()
    {
        var article = TestExtraction.Extract("The society is to be bought by Leeds-based Halvard Bank for 1.4 billion pounds.");

        Assert.Equal("Halvard Bank", Assert.Single(article.Organizations).Name);
        Assert.Contains(article.Places, p => p.Name == "Leeds");
    }

    [Fact]
    public void Of_the_continues_a_name_an_organization_noun_opened_earlier()
    {
        var article = TestExtraction.Extract("Scientists at the International Council for the Exploration of the Sea advised a cut.");

        Assert.Equal("International Council for the Exploration of the Sea", Assert.Single(article.Organizations).Name);
    }

    [Theory]
    [InlineData("The pair set off into the Tararua Range on Thursday.", "Tararua Range")]
    [InlineData("Meltwater from the Imja Glacier feeds the lake.", "Imja Glacier")]
    [InlineData("They were found near Otaki Forks on Sunday.", "Otaki Forks")]
    [InlineData("She sailed the Bay of Fundy for forty years.", "Bay of Fundy")]
    [InlineData("The ferry to the Isle of Skye was cancelled.", "Isle of Skye")]
    public void Mountain_ranges_glaciers_and_forks_are_places(string text, string place)
    {
        Assert.Contains(TestExtraction.Extract(text).Places, p => p.Name == place);
    }

    [Fact]
    public void A_single_name_with_an_age_after_it_is_a_person()
    {
        var article = TestExtraction.Extract("Among the crowd favourites was Sutarmi, 41, an Indonesian schoolteacher who plays on weekends.");

        Assert.Equal("Sutarmi", Assert.Single(article.People).Name);
    }

    [Fact]
    public void Shah_is_a_surname_not_a_title()
    {
        Assert.Equal("Devika Shah", Assert.Single(TestExtraction.Extract("The home minister, Devika Shah, rejected the claim.").People).Name);
    }

    [Fact]
    public void An_age_opening_a_sentence_is_not_part_of_the_name()
    {
        var article = TestExtraction.Extract("Sixteen-year-old Mereana Tawhiri and her brother were found on Sunday.");

        Assert.Equal("Mereana Tawhiri", Assert.Single(article.People).Name);
    }

    [Fact]
    public void The_towns_writers_filed_from_are_places_and_every_writer_a_person()
    {
        var article = TestExtraction.Extract(
            "Ceasefire talks stall again\n\nBy Halima Sesay in Kenema and Tomasz Wielgosz in Freetown\n\nThe talks ended without a date for the next round.");

        Assert.Equal(["Kenema", "Freetown"], article.Places.Select(p => p.Name));
        Assert.Contains(article.People, p => p.Name == "Tomasz Wielgosz");
    }

    [Theory]
    [InlineData("By DOMINIC HALE\n\nThe talks ended.", "Dominic Hale")]
    [InlineData("By LISA NGATA-BROWN\n\nThe talks ended.", "Lisa Ngata-Brown")]
    [InlineData("By SEAN O'NEILL\n\nThe talks ended.", "Sean O'Neill")]
    public void Title_cases_names_written_in_capitals(string text, string name)
    {
        var article = TestExtraction.Extract(text);

        Assert.Contains(article.People, p => p.Name == name);
    }

    [Fact]
    public void Keeps_a_person_and_the_organization_after_of_apart()
    {
        var article = TestExtraction.Extract("Karim al-Khoury of Cedar Line Logistics said costs were rising.");

        Assert.Contains(article.People, p => p.Name == "Karim al-Khoury");
        Assert.DoesNotContain(article.People, p => p.Name.Contains("Cedar", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Shares in Tamarind Circuit Co., Ltd. rose 4% after the results.", "Tamarind Circuit Co., Ltd.")]
    [InlineData("The loan was arranged by Nordvik Shipping, Ltd. and two banks.", "Nordvik Shipping, Ltd.")]
    [InlineData("The printer, Kestrel Print Pte. Ltd., has closed its Jurong plant.", "Kestrel Print Pte. Ltd.")]
    [InlineData("Its owner, Marisco Editores, Lda., declined to comment.", "Marisco Editores, Lda.")]
    public void A_company_name_runs_on_through_its_legal_form_after_a_comma(string text, string name)
    {
        var article = TestExtraction.Extract(text);

        Assert.Contains(name, article.Organizations.Select(o => o.Name));
        Assert.DoesNotContain(article.People, p => p.Name.Contains("Pte", StringComparison.Ordinal) || p.Name.StartsWith("Ltd", StringComparison.Ordinal));
    }

    [Fact]
    public void A_comma_before_a_county_or_a_country_code_does_not_join_a_legal_form()
    {
        var article = TestExtraction.Extract("The ferry left Rosslare, Co Wexford, at dawn. Later it reached Durban, SA, where the crew rested.");

        Assert.DoesNotContain(article.Organizations, o => o.Name.Contains(',', StringComparison.Ordinal));
    }

    [Fact]
    public void A_company_is_also_known_by_its_name_without_its_legal_form()
    {
        var article = TestExtraction.Extract("Tamarind Circuit Co., Ltd. said profit doubled.");

        Assert.Contains("Tamarind Circuit", article.Organizations.Single(o => o.Name == "Tamarind Circuit Co., Ltd.").Aliases);
    }

    [Fact]
    public void A_job_title_before_of_is_not_part_of_the_company_it_names()
    {
        var article = TestExtraction.Extract("“Orders are strong,” said Lena Varga, Chief Executive Officer of Brightwater Foods N.V., on Tuesday.");

        Assert.Contains("Brightwater Foods N.V.", article.Organizations.Select(o => o.Name));
        Assert.DoesNotContain(article.Organizations, o => o.Name.StartsWith("Chief", StringComparison.Ordinal));
    }

    [Fact]
    public void An_outlet_named_only_by_its_copyright_notice_is_also_known_without_its_legal_form()
    {
        var article = TestExtraction.Extract("The harbour reopened on Monday after a week of storms.\n\n© 2025 Harbour Tribune Ltd. All rights reserved.");

        Assert.Contains("Harbour Tribune", article.Organizations.Single(o => o.Name.StartsWith("Harbour Tribune", StringComparison.Ordinal)).Aliases);
    }

    [Theory]
    [InlineData("Maria da Graça Pinto, a teacher, said the school had flooded.", "Maria da Graça Pinto")]
    [InlineData("Rose van Tongeren said the dyke had held.", "Rose van Tongeren")]
    public void A_given_name_opening_a_sentence_keeps_the_particle_and_surname_after_it(string text, string name)
    {
        Assert.Contains(name, TestExtraction.Extract(text).People.Select(p => p.Name));
    }

    [Fact]
    public void A_common_word_opening_a_sentence_before_of_is_not_a_given_name()
    {
        var article = TestExtraction.Extract("Cotton of Egyptian origin fetched record prices, said Laila Mansour.");

        Assert.DoesNotContain(article.People, p => p.Name.StartsWith("Cotton", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The River Ouvane burst its banks overnight.", "River Ouvane")]
    [InlineData("Salmon were counted in Loch Brannach and the Lough Tarrow estuary this spring.", "Loch Brannach")]
    [InlineData("Climbers were rescued from Mount Keravel on Sunday.", "Mount Keravel")]
    public void A_feature_noun_before_a_name_makes_a_place(string text, string place)
    {
        Assert.Contains(place, TestExtraction.Extract(text).Places.Select(p => p.Name));
    }

    [Fact]
    public void A_feature_noun_opening_an_organization_name_stays_in_the_organization()
    {
        var article = TestExtraction.Extract("Nurses at Mount Keravel Hospital walked out on Friday.");

        Assert.DoesNotContain(article.Places, p => p.Name.StartsWith("Mount", StringComparison.Ordinal));
    }

    [Fact]
    public void A_feature_noun_before_a_common_word_in_a_title_is_no_place()
    {
        var article = TestExtraction.Extract("Her new novel, “What the River Carried”, is out in May.");

        Assert.DoesNotContain(article.Places, p => p.Name.StartsWith("River", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The deputy minister of culture, Nikos Stavrakis, will travel to Lyon next month.", "deputy minister")]
    [InlineData("Flood barriers went up overnight, and its chief engineer, Nikos Stavrakis, said they held.", "chief engineer")]
    public void A_title_set_before_a_name_between_commas_is_the_persons_role(string text, string title)
    {
        var person = TestExtraction.Extract(text).People.Single(p => p.Name == "Nikos Stavrakis");

        Assert.Contains(person.Roles, r => r.Title == title);
    }

    [Fact]
    public void A_title_before_a_name_gives_the_speaker_of_a_later_the_minister_said()
    {
        const string Text = "The deputy minister of culture, Nikos Stavrakis, will travel to Lyon next month.\n\n" +
            "The mayor of Lyon, Claire Dumas, welcomed the visit.\n\n" +
            "Speaking to reporters in Athens on Monday, the deputy minister said: “This is not a gift, it is a correction of a theft.”";

        Assert.Equal("Nikos Stavrakis", TestExtraction.Extract(Text).SpeakerOf("This is not a gift"));
    }

    [Fact]
    public void A_plain_noun_before_a_name_between_commas_is_no_role()
    {
        var person = TestExtraction.Extract("In the end, the weather, Nikos Stavrakis said, decided the race.").People.Single(p => p.Name == "Nikos Stavrakis");

        Assert.Empty(person.Roles);
    }

    [Theory]
    [InlineData("Rescue boats reached homes in Arrifes de Baixo overnight, said Carla Mendes.", "Arrifes de Baixo")]
    [InlineData("A bridge collapsed near Souto do Corvo on Tuesday, said Carla Mendes.", "Souto do Corvo")]
    public void A_name_with_a_particle_right_after_in_or_near_is_a_place_unless_it_opens_with_a_given_name(string text, string place)
    {
        var article = TestExtraction.Extract(text);

        Assert.Contains(place, article.Places.Select(p => p.Name));
        Assert.Equal(["Carla Mendes"], article.People.Select(p => p.Name));
    }

    [Fact]
    public void A_person_named_with_a_particle_after_in_stays_a_person()
    {
        var article = TestExtraction.Extract("The lead role in Carla da Mata's new film went to a newcomer. Carla da Mata said she was delighted.");

        Assert.Contains("Carla da Mata", article.People.Select(p => p.Name));
    }

    [Theory]
    [InlineData("Speaking in Tigrinya, the farmer said the harvest had failed.", "Tigrinya")]
    [InlineData("The mayor wrote on X in Basque: \"The bridge stays closed until the water drops.\"", "Basque")]
    [InlineData("She keeps a proverb in Aramaic above the door of the bakery.", "Aramaic")]
    [InlineData("The pamphlets were printed in Flemish and handed out at the station.", "Flemish")]
    public void A_language_after_in_is_no_place(string text, string language)
    {
        Assert.DoesNotContain(language, TestExtraction.Extract(text).Places.Select(p => p.Name));
    }

    [Fact]
    public void Languages_listed_after_a_language_are_no_places_while_a_village_after_in_stays_one()
    {
        var places = TestExtraction.Extract("Interviews in Cornish, Tigrinya and Wolof can be arranged. The clinic in Sistelo reopened on Friday.").Places.Select(p => p.Name).ToList();

        Assert.Equal(["Sistelo"], places);
    }

    [Theory]
    [InlineData("Shares in Veldhoven Robotics fell 9 per cent on Thursday.", "Veldhoven Robotics")]
    [InlineData("Nagano Agri-Systems said it would keep its stake.", "Nagano Agri-Systems")]
    [InlineData("Analysts said Brenholt Analytics had cut its forecast.", "Brenholt Analytics")]
    [InlineData("Kvitfjell Energi will run the plant from next year.", "Kvitfjell Energi")]
    public void A_name_ending_in_a_company_word_is_an_organization(string text, string name)
    {
        var article = TestExtraction.Extract(text);

        Assert.Contains(name, article.Organizations.Select(o => o.Name));
        Assert.Empty(article.People);
    }

    [Theory]
    [InlineData("The Harlow Water Board met on Monday. The Board said rates would not rise.", "Harlow Water Board")]
    [InlineData("Tessaly Robotics reported its results. The Company expects to hire 40 engineers.", "Tessaly Robotics")]
    [InlineData("Nurses marched on the Government offices in Karlstad on Friday.", null)]
    public void A_bare_organization_noun_after_the_is_no_organization_of_its_own(string text, string? named)
    {
        Assert.Equal(named is null ? [] : [named], TestExtraction.Extract(text).Organizations.Select(o => o.Name));
    }

    [Theory]
    [InlineData("In Grant County, where the Hollis family farms, one home in three has no broadband.", "Grant County")]
    [InlineData("Ferries to Victoria Island were cancelled on Tuesday.", "Victoria Island")]
    public void A_name_ending_in_an_unmistakable_place_noun_is_a_place_even_after_a_given_name(string text, string place)
    {
        var article = TestExtraction.Extract(text);

        Assert.Contains(place, article.Places.Select(p => p.Name));
        Assert.DoesNotContain(place, article.People.Select(p => p.Name));
    }

    [Theory]
    [InlineData("The crash happened on Franklin Avenue near the school.")]
    [InlineData("Shops along George Boulevard closed early.")]
    public void A_street_is_no_person_or_place(string text)
    {
        var article = TestExtraction.Extract(text);

        Assert.Empty(article.People);
        Assert.Empty(article.Places);
    }

    [Fact]
    public void A_given_name_joined_by_and_to_a_full_name_shares_its_surname()
    {
        var people = TestExtraction.Extract("Their parents, Helen and Arvid Sundqvist, were at the hospital on Sunday.").People.Select(p => p.Name).ToList();

        Assert.Contains("Helen Sundqvist", people);
        Assert.Contains("Arvid Sundqvist", people);
    }

    [Fact]
    public void A_name_joined_by_and_to_a_titled_full_name_keeps_its_own()
    {
        var people = TestExtraction.Extract("The pact was signed in June by Kim and President Oleg Varnavin.").People.Select(p => p.Name).ToList();

        Assert.DoesNotContain("Kim Varnavin", people);
    }

    [Theory]
    [InlineData("A curator at another North American museum, who asked not to be named, said the loan was cancelled.")]
    [InlineData("Two Central American growers said the border had reopened.")]
    public void A_direction_before_a_demonym_is_no_person(string text)
    {
        Assert.Empty(TestExtraction.Extract(text).People);
    }
}
