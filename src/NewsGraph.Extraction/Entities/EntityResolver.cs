using NewsGraph.Extraction.Knowledge;

namespace NewsGraph.Extraction.Entities;

/// <summary>
/// Groups an article's mentions into entities: one person under the fullest name used, with surnames and other
/// short forms as aliases; organizations and places under their canonical names, acronyms joined to the names
/// they abbreviate.
/// </summary>
internal sealed class EntityResolver(RoleFinder roles, Gazetteer gazetteer)
{
    private readonly SpeakingWords _speaking = new(gazetteer);

    /// <summary>The line of business a company drops once named ("Northmoor Bank" ... "Northmoor said"), beside its legal form.</summary>
    private static readonly HashSet<string> LinesOfBusiness = new(StringComparer.OrdinalIgnoreCase)
    {
        "Group", "Holdings", "Bank", "Company", "Partners", "Capital", "Financial", "Insurance", "Technologies", "Industries", "International",
        "Motors", "Airlines", "Airways", "Energy", "Pharmaceuticals",
    };

    public ArticleEntities Resolve(IReadOnlyList<Mention> mentions)
    {
        var personNames = new CoveringNames(mentions.Where(p => p.Type == EntityType.Person && !p.IsTentative).Select(p => p.Name));
        var speakingPeople = _speaking.People(mentions, personNames);
        var personMentions = ResolvePeople(mentions, speakingPeople);
        var organizationMentions = ResolveOrganizations(mentions, personNames, speakingPeople);
        var organizationsByParagraph = mentions.Where(m => m.Type == EntityType.Organization).GroupBy(m => m.Paragraph).ToDictionary(g => g.Key, g => new ParagraphOrganizations(g));
        var people = personMentions
            .GroupBy(m => m.Person)
            .Select(g => new PersonEntity(
                g.Key,
                Aliases(g.Key, g.Select(m => m.Mention.Name)),
                g.Count(),
                roles.Find(g.Select(m => m.Mention), organizationsByParagraph)))
            .ToList();
        var organizations = organizationMentions
            .GroupBy(m => m.Organization)
            .Select(g => new OrganizationEntity(
                g.Key,
                Aliases(g.Key, g.Select(m => m.Mention.Surface).Concat(OrganizationHeads.WithoutLegalForm(g.Key) is { } bare ? [bare] : [])),
                g.Count(),
                g.First().Mention.OrganizationKind))
            .ToList();
        var resolvedPeople = personMentions.Select(p => p.Mention).ToHashSet();
        var organizationNames = new CoveringNames(organizations.Select(o => o.Name));
        var unnamedPlaces = mentions.Where(m => m.IsTentative && m.AfterLocative && !resolvedPeople.Contains(m) && !NameWords.IsCalendarWord(m.Name)
                && !organizationNames.Covering(m.Name).Any())
            .Select(m => m with { Type = EntityType.Place, IsTentative = false, PlaceKind = PlaceKind.Other });
        var places = mentions.Where(m => m.Type == EntityType.Place).Concat(unnamedPlaces)
            .GroupBy(m => EntityNames.Key(m.Name))
            .Select(g => new PlaceEntity(
                g.First().Name,
                Aliases(g.First().Name, g.Select(m => m.Surface)),
                g.Count(),
                g.First().PlaceKind,
                g.First().PlaceKind == PlaceKind.Country ? null : g.First().Country))
            .ToList();
        return new ArticleEntities(people, organizations, places, personMentions, organizationMentions);
    }

    private List<(Mention Mention, string Person)> ResolvePeople(IReadOnlyList<Mention> mentions, HashSet<string> speakingPeople)
    {
        var named = mentions.Where(m => m.Type == EntityType.Person && !m.IsTentative).ToList();
        var canonical = new CoveringNames([]);
        foreach (var mention in named.OrderByDescending(m => EntityNames.Words(m.Name).Length).ThenBy(m => CoveringNames.HasInitial(m.Name)).ThenBy(Position))
        {
            if (Covering(canonical, mention.Name).Count == 0)
            {
                canonical.Add(mention.Name);
            }
        }

        var resolved = new List<(Mention Mention, string Person)>();
        var nicknames = new Nicknames();
        var shownGenders = new Dictionary<string, Gender>(StringComparer.Ordinal);
        var introductions = new HonorificIntroductions();
        foreach (var mention in mentions.Where(m => m.Type == EntityType.Person).OrderBy(Position))
        {
            var covering = Covering(canonical, mention.Name);
            var candidates = FittingHonorific(mention, covering, shownGenders);
            var person = candidates.Count switch
            {
                0 => nicknames.PersonOf(mention, resolved.Count > 0 ? resolved[^1] : null) ?? SpeakingPerson(mention, speakingPeople, canonical),
                1 => candidates[0],
                _ => introductions.LastIntroduced(mention, candidates) ?? MostRecent(candidates, resolved) ?? candidates.FirstOrDefault(c => EndsWith(c, mention.Name)) ?? candidates[0],
            };
            if (person is not null)
            {
                resolved.Add((mention, person));
                introductions.Note(mention, person);
            }

            if (candidates.Count == 1 && (Kinship.OfAppositive(mention) ?? NameGender.OfHonorificBefore(mention)) is { } shown)
            {
                shownGenders.TryAdd(candidates[0], shown);
            }
        }

        return resolved;
    }

    /// <summary>A surname alone before "said" (<see cref="SpeakingWords"/>) names a person, under that name from then on.</summary>
    private static string? SpeakingPerson(Mention mention, HashSet<string> speakingPeople, CoveringNames canonical)
    {
        if (!speakingPeople.Contains(mention.Name))
        {
            return null;
        }

        canonical.Add(mention.Name);
        return mention.Name;
    }

    /// <summary>The people a name may mean: those whose names hold all its words, else those whose names its initials abbreviate.</summary>
    private static List<string> Covering(CoveringNames canonical, string name)
    {
        var covering = canonical.Covering(name).ToList();
        return covering.Count > 0 ? covering : [.. canonical.CoveringInitials(name)];
    }

    /// <summary>
    /// "Ms. Sundholm" where the article names both Greta and Per Sundholm: of the people a name may mean, those whose
    /// name shows the gender of the honorific before it; else those whose name does not show the other, nor the article
    /// where it named them unmistakably ("her mother, Losa Tupou", "Mr Tupou"); else all.
    /// </summary>
    private List<string> FittingHonorific(Mention mention, List<string> candidates, Dictionary<string, Gender> shownGenders)
    {
        if (candidates.Count < 2 || NameGender.OfHonorificBefore(mention) is not { } gender)
        {
            return candidates;
        }

        var genders = candidates.Select(c => NameGender.Of(c, gazetteer)).ToList();
        var fitting = candidates.Where((_, i) => genders[i] == gender).ToList();
        var possible = candidates.Where((c, i) => genders[i] is Gender.Unknown && shownGenders.GetValueOrDefault(c, gender) == gender).ToList();
        return fitting.Count > 0 ? fitting : possible.Count > 0 ? possible : candidates;
    }

    private static string? MostRecent(List<string> candidates, List<(Mention Mention, string Person)> resolved)
    {
        for (var i = resolved.Count - 1; i >= 0; i--)
        {
            if (candidates.Contains(resolved[i].Person))
            {
                return resolved[i].Person;
            }
        }

        return null;
    }

    private static bool EndsWith(string fuller, string shorter) =>
        EntityNames.Key(fuller).EndsWith(EntityNames.Key(shorter), StringComparison.Ordinal);

    private List<(Mention Mention, string Organization)> ResolveOrganizations(
        IReadOnlyList<Mention> mentions, CoveringNames personNames, HashSet<string> speakingPeople)
    {
        var speaking = mentions.Where(m => _speaking.Speaks(m, personNames) && !speakingPeople.Contains(m.Name));
        var named = mentions.Where(m => m.Type == EntityType.Organization)
            .Concat(speaking.Select(m => m with { Type = EntityType.Organization, IsTentative = false, OrganizationKind = OrganizationKind.Other }))
            .ToList();
        var fullNames = new CoveringNames(named.Select(m => m.Name).Distinct());
        var resolved = named.Select(m => (Mention: m, Organization: Fuller(m.Name, fullNames))).ToList();
        var shortForms = ShortForms(mentions, resolved);
        resolved = resolved.Select(r => (r.Mention, Organization: shortForms.GetValueOrDefault(r.Organization) ?? r.Organization))
            .Where(r => !IsBareHead(r.Organization))
            .ToList();
        var names = resolved.Select(r => r.Organization).Distinct().ToList();
        var companiesByFirstWord = names.Where(n => n.Contains(' ', StringComparison.Ordinal)).ToLookup(n => n[..n.IndexOf(' ', StringComparison.Ordinal)], StringComparer.Ordinal);
        var personWords = mentions.Where(p => p.Type == EntityType.Person && !p.IsTentative).SelectMany(p => EntityNames.Words(p.Name)).ToHashSet();
        foreach (var word in mentions.Where(m => m.IsTentative && m.EndToken - m.FirstToken == 1))
        {
            var expansion = shortForms.GetValueOrDefault(word.Name)
                ?? (NameWords.IsAcronym(word.Name) ? names.FirstOrDefault(n => EntityNames.Initials(n) == word.Name.Replace(".", "", StringComparison.Ordinal)) : null)
                ?? OpenedCompany(word, companiesByFirstWord, personWords);
            if (expansion is not null)
            {
                resolved.Add((word with { Type = EntityType.Organization }, expansion));
            }
        }

        return resolved.OrderBy(r => Position(r.Mention)).ToList();
    }

    /// <summary>
    /// "the Board", "the Company", "the Government" with no fuller name of the article to join: a word that only says what
    /// sort of body is meant points back at one, and is no name (an outlet's "the Post" and "the Army" are).
    /// </summary>
    private static bool IsBareHead(string organization) =>
        !organization.Contains(' ', StringComparison.Ordinal) && OrganizationHeads.KindOf(organization) is not (null or OrganizationKind.NewsOutlet or OrganizationKind.Military);

    /// <summary>
    /// "Lumen did not reply" after "Lumen Systems": a word standing alone (no name right after it) that opens one company
    /// name of the article, and no person's, is that company.
    /// </summary>
    private string? OpenedCompany(Mention word, ILookup<string, string> namesByFirstWord, HashSet<string> personWords)
    {
        var tokens = word.Paragraph.Tokens;
        if ((word.EndToken < tokens.Count && tokens[word.EndToken].IsCapitalized) || NameWords.IsCalendarWord(word.Name) || gazetteer.IsCommonWord(word.Name)
            || EntityNames.Words(word.Name).All(personWords.Contains))
        {
            return null;
        }

        var opened = namesByFirstWord[word.Name].Where(n => OpensCompanyName(n, word.Name)).Take(2).ToList();
        return opened.Count == 1 ? opened[0] : null;
    }

    /// <summary>"the Kenya Power Generating Company (KenPower)": a word in brackets right after an organization's name is its short form.</summary>
    private static Dictionary<string, string> ShortForms(IReadOnlyList<Mention> mentions, List<(Mention Mention, string Organization)> organizations)
    {
        var shortForms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in mentions.Where(m => m.IsTentative && m.EndToken - m.FirstToken == 1 && InBrackets(m)))
        {
            var named = organizations.FirstOrDefault(o => o.Mention.Paragraph == word.Paragraph && o.Mention.EndToken == word.FirstToken - 1);
            if (named.Mention is not null)
            {
                shortForms.TryAdd(word.Name, named.Organization);
            }
        }

        return shortForms;
    }

    private static bool InBrackets(Mention mention)
    {
        var tokens = mention.Paragraph.Tokens;
        return mention.FirstToken > 0 && mention.EndToken < tokens.Count && tokens[mention.FirstToken - 1].Value == "(" && tokens[mention.EndToken].Value == ")";
    }

    /// <summary>
    /// "the Commission" after "the European Commission": the one longer name of the article that ends the same way, or
    /// that is a company's name opening with it ("Lumen" after "Lumen Ferreira Navegação, S.A." or "Lumen Systems").
    /// </summary>
    private static string Fuller(string name, CoveringNames names)
    {
        var fuller = names.Covering(name).Where(n => n.Length > name.Length && (EndsWith(n, name) || IsLegalForm(n, name) || OpensCompanyName(n, name))).ToList();
        return fuller.Count == 1 ? fuller[0] : name;
    }

    /// <summary>
    /// "Apple" after "Apple Inc", "Northmoor" after "Northmoor Bank Group": the name with its legal form or line of business
    /// ("Inc", "Ltd", "Bank", ...) is the same company.
    /// </summary>
    private static bool IsLegalForm(string fuller, string name) =>
        fuller.StartsWith(name + " ", StringComparison.Ordinal) && fuller[(name.Length + 1)..].Split(' ').All(w => OrganizationHeads.IsLegalForm(w.TrimEnd(',')) || LinesOfBusiness.Contains(w.TrimEnd(',')));

    private static bool OpensCompanyName(string fuller, string name) =>
        fuller.StartsWith(name + " ", StringComparison.Ordinal)
        && (OrganizationHeads.WithoutLegalForm(fuller) is not null || OrganizationHeads.KindOf(fuller[(fuller.LastIndexOf(' ') + 1)..]) == OrganizationKind.Company);

    private static List<string> Aliases(string name, IEnumerable<string> forms)
    {
        var key = EntityNames.Key(name);
        return forms.Select(f => f.Trim())
            .Where(f => f.Length > 0 && EntityNames.Key(f) != key)
            .GroupBy(EntityNames.Key)
            .Select(g => g.First())
            .ToList();
    }

    private static (int, int) Position(Mention m) => (m.Paragraph.Index, m.FirstToken);
}
