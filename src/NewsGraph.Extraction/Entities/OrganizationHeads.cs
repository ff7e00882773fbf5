using System.Collections.Frozen;

namespace NewsGraph.Extraction.Entities;

/// <summary>
/// Nouns that end organization names in English ("... Ministry", "... Fleet", "... Times", "... Group"), with the
/// kind of organization each usually marks.
/// </summary>
internal static class OrganizationHeads
{
    private static readonly FrozenDictionary<string, OrganizationKind> Heads = Build();

    public static OrganizationKind? KindOf(string word) => Heads.TryGetValue(word, out var kind) ? kind : null;

    private static FrozenDictionary<string, OrganizationKind> Build()
    {
        var heads = new Dictionary<string, OrganizationKind>(StringComparer.Ordinal);
        Add(heads, OrganizationKind.Government,
            "Department", "Ministry", "Agency", "Administration", "Office", "Bureau", "Commission", "Committee",
            "Parliament", "Senate", "Assembly", "Congress", "Cabinet", "Government", "Authority", "Court",
            "Police", "Embassy", "Consulate", "Directorate", "Secretariat", "Duma", "Knesset", "Council", "Service", "Services");
        Add(heads, OrganizationKind.Military,
            "Army", "Navy", "Fleet", "Force", "Forces", "Corps", "Command", "Guard", "Guards", "Brigade", "Battalion",
            "Regiment", "Division", "Militia", "Marines");
        Add(heads, OrganizationKind.NewsOutlet,
            "Times", "Post", "News", "Press", "Journal", "Herald", "Tribune", "Gazette", "Telegraph", "Chronicle",
            "Magazine", "Radio", "TV", "Television", "Broadcasting", "Wire", "Observer", "Inquirer", "Dispatch",
            "Courier", "Examiner", "Reporter", "Newswire");
        Add(heads, OrganizationKind.Company,
            "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Company", "Co.", "Ltd", "Ltd.", "LLC", "PLC", "AG", "SA",
            "Group", "Holdings", "Media", "Bank", "Airlines", "Airways", "Motors", "Technologies", "Systems", "Labs",
            "Partners", "Capital", "Energy", "Pharmaceuticals", "Industries", "Enterprises", "Entertainment",
            "Studios", "Images", "Solutions", "Consulting", "Ventures", "Equities", "Securities", "Investments", "Management",
            "Advisors", "Advisers", "Associates", "Insurance", "Exchange", "Markets", "Financial", "Finance", "Research", "Logistics");
        Add(heads, OrganizationKind.Other,
            "Foundation", "Institute", "University", "College", "School", "Association", "Union", "Federation",
            "League", "Society", "Party", "Movement", "Organization", "Organisation", "Fund", "Trust", "Center",
            "Centre", "Church", "Club", "Alliance", "Coalition", "Initiative", "Network", "Council", "Academy",
            "Hospital", "Museum", "Institution", "Watch", "Caucus", "Front", "Chamber", "Chambers", "Federation", "Confederation",
            "Syndicate", "Cooperative", "Council", "Board", "Bloc", "Secretariat", "Tribunal", "Programme", "Program");
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
