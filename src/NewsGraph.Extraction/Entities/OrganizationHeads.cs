using System.Collections.Frozen;

namespace NewsGraph.Extraction.Entities;

/// <summary>
/// Nouns that end organization names in English ("... Ministry", "... Fleet", "... Times", "... Group"), and those
/// that begin them in languages that put the noun first ("Universidad ...", "Banque ...", "Istituto ..."), with the
/// kind of organization each usually marks.
/// </summary>
internal static class OrganizationHeads
{
    // Icelandic, Czech, Slovak and South Slavic forms, written in lower case.
    private static readonly string[] LowerCaseLegalFormWords = ["hf", "hf.", "ehf", "ehf.", "ohf.", "a.s.", "s.r.o.", "d.o.o.", "d.d."];

    // Written as companies write them; compared in any case.
    private static readonly string[] LegalFormWords =
    [
        "Inc", "Inc.", "Incorporated", "Ltd", "Ltd.", "Limited", "Corp", "Corp.", "Corporation", "Co", "Co.", "LLC", "LLP", "PLC", "Plc",
        "AG", "SA", "S.A.", "NV", "N.V.", "SE", "GmbH", "Oy", "Oyj", "AB", "ASA", "A/S", "ApS", "BV", "B.V.", "Kft", "Kft.", "Zrt", "Zrt.",
        "Nyrt", "SpA", "S.p.A.", "Srl", "S.r.l.", "SAS", "SARL", "Pty", "Pty.", "K.K.", "Bhd", "Tbk", "Pte", "Pte.", "Lda", "Lda.",
        "Ltda", "Ltda.", "S.L.", "Teoranta", .. LowerCaseLegalFormWords,
    ];

    // Abbreviations sports clubs put before their names ("FC Porto", "TuS Koblenz", "KS Cracovia", "FK Partizan").
    private static readonly string[] ClubAbbreviationWords = ["FC", "AFC", "SC", "SV", "TuS", "TSV", "VfB", "VfL", "KS", "FK", "NK", "CF", "CD"];

    private static readonly FrozenSet<string> ClubAbbreviations = FrozenSet.ToFrozenSet(ClubAbbreviationWords, StringComparer.Ordinal);

    private static readonly FrozenSet<string> LowerCaseLegalForms = FrozenSet.ToFrozenSet(LowerCaseLegalFormWords, StringComparer.Ordinal);
    private static readonly FrozenSet<string> LegalForms = FrozenSet.ToFrozenSet(LegalFormWords, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, OrganizationKind> Heads = Build();
    private static readonly FrozenDictionary<string, OrganizationKind> LeadingHeads = BuildLeading();

    /// <summary>
    /// The kind of organization a name ending in <paramref name="word"/> names, or null; a hyphenated word is read by its
    /// last part ("Agri-Systems" as "Systems").
    /// </summary>
    public static OrganizationKind? KindOf(string word)
    {
        if (Heads.TryGetValue(word, out var kind))
        {
            return kind;
        }

        var hyphen = word.LastIndexOf('-');
        return hyphen > 0 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1]) && Heads.TryGetValue(word[(hyphen + 1)..], out var last) ? last : null;
    }

    /// <summary>Whether <paramref name="word"/> is a legal form written in lower case after a name ("hf.", "s.r.o."): no English word is one.</summary>
    public static bool IsLowerCaseLegalForm(string word) => LowerCaseLegalForms.Contains(word);

    /// <summary>Whether <paramref name="word"/> is the abbreviation a sports club's name opens with ("FC", "TuS").</summary>
    public static bool IsClubAbbreviation(string word) => ClubAbbreviations.Contains(word);

    /// <summary>Whether <paramref name="word"/> is a company's legal form ("Inc", "GmbH", "Oy"), in any case.</summary>
    public static bool IsLegalForm(string word) => LegalForms.Contains(word);

    /// <summary>
    /// Whether <paramref name="word"/> is a legal form a company writes after a comma ("Co., Ltd.", "Media, Lda."): not a
    /// two-letter capital pair, which after a comma is as often a country or state ("Durban, SA"), nor "Co", which is as
    /// often a county ("Rosslare, Co Wexford").
    /// </summary>
    public static bool FollowsComma(string word) =>
        IsLegalForm(word) && !(word.Length == 2 && word.All(char.IsUpper)) && !word.TrimEnd('.').Equals("Co", StringComparison.OrdinalIgnoreCase);

    /// <summary>"Tamarind Circuit" for "Tamarind Circuit Co., Ltd.": the name with its trailing legal forms dropped; null when it has none.</summary>
    public static string? WithoutLegalForm(string name)
    {
        var words = name.Split(' ');
        var kept = words.Length;
        while (kept > 1 && IsLegalForm(words[kept - 1].TrimEnd(',')))
        {
            kept--;
        }

        return kept == words.Length ? null : string.Join(' ', words[..kept]).TrimEnd(',');
    }

    /// <summary>
    /// The kind of organization a name that begins with <paramref name="word"/> names, in Spanish, Portuguese, French,
    /// Italian, German or Romanian, a sports club's ("FC Porto", "Real Sociedad"), or a broadcaster's ("Radio Kigali", "TV Globo").
    /// </summary>
    public static OrganizationKind? LeadingKindOf(string word) => LeadingHeads.TryGetValue(word, out var kind) ? kind : null;

    private static FrozenDictionary<string, OrganizationKind> Build()
    {
        var heads = new Dictionary<string, OrganizationKind>(StringComparer.Ordinal);
        Add(heads, OrganizationKind.Government,
            "Department", "Ministry", "Agency", "Administration", "Office", "Bureau", "Commission", "Committee",
            "Parliament", "Senate", "Assembly", "Congress", "Cabinet", "Government", "Authority", "Court",
            "Police", "Embassy", "Consulate", "Directorate", "Secretariat", "Duma", "Knesset", "Council", "Service", "Services",
            "Municipality", "Legislature", "Inspectorate");
        Add(heads, OrganizationKind.Military,
            "Army", "Navy", "Fleet", "Force", "Forces", "Corps", "Command", "Guard", "Guards", "Brigade", "Battalion",
            "Regiment", "Division", "Militia", "Marines");
        Add(heads, OrganizationKind.NewsOutlet,
            "Times", "Post", "News", "Press", "Journal", "Herald", "Tribune", "Gazette", "Telegraph", "Chronicle",
            "Magazine", "Radio", "TV", "Television", "Broadcasting", "Wire", "Observer", "Inquirer", "Dispatch",
            "Courier", "Examiner", "Reporter", "Newswire", "Daily", "Weekly", "Shimbun", "Ilbo", "Zeitung");
        Add(heads, OrganizationKind.Company, LegalFormWords);
        Add(heads, OrganizationKind.Company,
            "Company", "Group", "Holdings", "Media", "Bank", "Airlines", "Airways", "Motors", "Technologies", "Systems", "Labs",
            "Partners", "Capital", "Energy", "Pharmaceuticals", "Industries", "Enterprises", "Entertainment",
            "Studios", "Images", "Solutions", "Consulting", "Ventures", "Equities", "Securities", "Investments", "Management",
            "Advisors", "Advisers", "Associates", "Insurance", "Exchange", "Markets", "Financial", "Finance", "Research", "Logistics",
            "Devices", "Electronics", "Pharma", "Foods", "Brewery", "Railways", "Robotics", "Analytics", "Infotech", "Software",
            "Networks", "Telecom", "Telecoms", "Communications", "Aerospace", "Automotive", "Chemicals", "Engineering", "Mining",
            "Minerals", "Biotech", "Biosciences", "Therapeutics", "Diagnostics", "Healthcare", "Shipping", "Freight", "Architects",
            "Builders", "Civils", "Textiles", "Utilities", "Energia", "Energi", "Energie", "Digital", "Payments");
        Add(heads, OrganizationKind.Other,
            "Foundation", "Institute", "University", "College", "School", "Association", "Union", "Federation",
            "League", "Society", "Party", "Movement", "Organization", "Organisation", "Fund", "Trust", "Center",
            "Centre", "Church", "Club", "Alliance", "Coalition", "Initiative", "Network", "Council", "Academy",
            "Hospital", "Museum", "Institution", "Watch", "Caucus", "Front", "Chamber", "Chambers", "Federation", "Confederation",
            "Syndicate", "Cooperative", "Council", "Board", "Bloc", "Secretariat", "Tribunal", "Programme", "Program",
            "Orchestra", "Philharmonic", "Conservatory", "Conservatoire", "Festival", "Choir", "Ensemble", "Observatory", "Laboratory",
            "United", "Rovers", "Wanderers", "Athletic", "Albion", "Hotspur", "FC", "AFC", "SK", "FK");
        return heads.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, OrganizationKind> BuildLeading()
    {
        var heads = new Dictionary<string, OrganizationKind>(StringComparer.Ordinal);
        Add(heads, OrganizationKind.Government,
            "Ministerio", "Ministério", "Ministère", "Ministero", "Ministerium", "Secretaría", "Secretaria", "Agencia", "Agência", "Agence",
            "Agenzia", "Comisión", "Comissão", "Commissione", "Consejo", "Conselho", "Consiglio", "Conseil", "Tribunal", "Corte", "Cour",
            "Bundesamt", "Bundesministerium", "Policía", "Polícia", "Guardia", "Fuerza", "Fuerzas", "Forças", "Ejército", "Exército", "Armée",
            "Ministerul", "Agenția", "Consiliul", "Tribunalul", "Curtea", "Poliția", "Guvernul");
        Add(heads, OrganizationKind.NewsOutlet, "Radio", "Rádio", "Radyo", "TV", "Televisión", "Televisão", "Télévision");
        Add(heads, OrganizationKind.Company,
            "Banco", "Banque", "Banca", "Compañía", "Companhia", "Compagnie", "Empresa", "Empresas", "Grupo", "Groupe", "Gruppo",
            "Corporación", "Société", "Società", "Yacimientos", "Petróleos", "Industrias", "Indústrias", "Laboratorios", "Compania", "Societatea");
        Add(heads, OrganizationKind.Other,
            "Universidad", "Universidade", "Université", "Università", "Universität", "Instituto", "Institut", "Istituto",
            "Fundación", "Fundação", "Fondation", "Fondazione", "Stiftung", "Asociación", "Associação", "Association", "Associazione",
            "Federación", "Federação", "Fédération", "Federazione", "Confederación", "Confédération", "Sindicato", "Syndicat",
            "Sindacato", "Partido", "Parti", "Partito", "Cooperativa", "Coopérative", "Colegio", "Escuela", "Escola", "École",
            "Hospital", "Hôpital", "Ospedale", "Centro", "Centre", "Museo", "Museu", "Musée", "Orquesta", "Orchestre", "Movimiento",
            "Movimento", "Mouvement", "Frente", "Front", "Unión", "União", "Union", "Unione", "Verband", "Verein",
            "Asociația", "Asociatia", "Sindicatul", "Federația", "Uniunea", "Partidul", "Universitatea", "Institutul", "Fundația", "Spitalul");
        Add(heads, OrganizationKind.Other, ClubAbbreviationWords);

        // Words that open football clubs' names with no noun of club after them: "Inter Miami", "Real Sociedad", "Sporting Braga".
        Add(heads, OrganizationKind.Other,
            "Inter", "Real", "Sporting", "Atlético", "Atletico", "Dynamo", "Dinamo", "Olympique", "Deportivo", "Borussia", "Hapoel", "Maccabi");
        return heads.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static void Add(Dictionary<string, OrganizationKind> heads, OrganizationKind kind, params string[] words)
    {
        foreach (var word in words)
        {
            heads.TryAdd(word, kind);
        }
    }
}
