using System.Collections.Frozen;

namespace NewsGraph.Extraction.Entities;

/// <summary>Lower-case nouns that, right before a capitalised name, say what sort of organization it is.</summary>
internal sealed class OrganizationTypes
{
    private readonly FrozenDictionary<string, OrganizationKind> _nouns = Build(
        (OrganizationKind.NewsOutlet, ["newspaper", "journal", "magazine", "outlet", "broadcaster", "daily", "tabloid", "website", "publication", "newswire", "weekly", "station"]),
        (OrganizationKind.Government, ["agency", "ministry", "regulator"]),
        (OrganizationKind.Company, ["company", "firm", "carrier", "forwarder", "operator", "manufacturer", "maker", "bank", "insurer", "retailer", "startup", "conglomerate", "brokerage", "broker", "producer", "lender", "utility", "airline", "chain", "supplier", "developer"]),
        (OrganizationKind.Military, ["militia"]),
        (OrganizationKind.Other, ["group", "union", "fund", "federation", "charity", "organisation", "organization", "association", "think-tank", "nonprofit", "party", "coalition", "movement"]));

    public bool Contains(string word) => _nouns.ContainsKey(word);

    public OrganizationKind KindOf(string word) => _nouns.GetValueOrDefault(word, OrganizationKind.Other);

    private static FrozenDictionary<string, OrganizationKind> Build(params (OrganizationKind Kind, string[] Nouns)[] groups) =>
        groups.SelectMany(g => g.Nouns.Select(n => (Noun: n, g.Kind))).ToFrozenDictionary(x => x.Noun, x => x.Kind, StringComparer.Ordinal);
}
