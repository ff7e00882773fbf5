using NewsGraph.Extraction.Knowledge;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Entities;

/// <summary>
/// Finds the names in a paragraph: runs of capitalised words are cut into known phrases (gazetteer), title
/// words and unknown words, then read as organizations, places and people from their parts and their context.
/// </summary>
internal sealed class MentionFinder(Gazetteer gazetteer)
{
    /// <summary>How many capitalised words after "and" may lead to the organization noun that lets "and" join a name.</summary>
    private const int MaxWordsToOrganizationHead = 4;

    /// <summary>How far before "at" the job title of "economist for Latin America at X" may stand.</summary>
    private const int MaxWordsFromRoleToEmployer = 6;

    /// <summary>The most words a company's coined name and its noun of trade run to ("Tamarisk Blue Capital").</summary>
    private const int MaxCoinedNameWords = 5;

    private readonly PlaceClues _places = new(gazetteer);
    private readonly ParticlePlaces _particlePlaces = new(gazetteer);
    private readonly DatelinePlaces _datelines = new(gazetteer);

    public List<Mention> Find(Paragraph paragraph)
    {
        var mentions = new List<Mention>();
        var tokens = paragraph.Tokens;
        foreach (var sentence in paragraph.Sentences)
        {
            var i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                if (!StartsRun(tokens, i, sentence.EndToken))
                {
                    i++;
                    continue;
                }

                var end = ExtendRun(tokens, i, sentence.EndToken);
                var start = IsClauseStart(tokens, i, sentence) ? SkipCommonOpening(tokens, i, end) : i;
                if (_datelines.Find(paragraph, i, end) is { } dateline)
                {
                    mentions.Add(dateline);
                }
                else if (start < end)
                {
                    ReadRun(paragraph, start, end, mentions);
                }
                else if (end == i + 1 && !NameWords.Determiners.Contains(tokens[i].Value))
                {
                    // "Park said…": an ordinary word opening a sentence may still be a surname; kept if it turns out to be one.
                    mentions.Add(new Mention(EntityType.Person, tokens[i].Value, paragraph, i, end) { IsTentative = true });
                }

                i = end;
            }
        }

        return PlaceClues.ListedWithPlaces(SharedSurnames.Join(mentions, gazetteer.IsGivenName));
    }

    private static bool StartsRun(IReadOnlyList<Token> tokens, int i, int end) =>
        (tokens[i].IsCapitalized && !NameWords.IsPronounContraction(tokens[i].Value) && !NameWords.IsAge(tokens[i].Value)) || NameWords.IsNameParticle(tokens[i])
        || (tokens[i].Value == "&" && i > 0 && tokens[i - 1].IsCapitalized && i + 1 < end && tokens[i + 1].IsCapitalized);

    private int ExtendRun(IReadOnlyList<Token> tokens, int start, int end)
    {
        var namedByType = start > 0 && NameWords.OrganizationTypeNouns.Contains(tokens[start - 1].Value);
        var i = start + 1;
        while (i < end)
        {
            var token = tokens[i];
            var nextIsName = NameFollows(tokens, i + 1, end) && !NameWords.IsCalendarWord(tokens[i + 1].Value);
            // A bare "I" inside a run is a numeral ("Division I", "Charles I"); "I’ve" or "You're" never is.
            if (NameWords.Weekdays.Contains(token.Value) || (token.Value != "I" && NameWords.IsPronounContraction(token.Value)))
            {
                break;
            }

            if (IsLegalFormEndingName(tokens, start, i, end))
            {
                // "Tideway Media Ltd. All rights reserved": the abbreviation keeps its period, and the name ends with it.
                i++;
                break;
            }

            if (token.IsCapitalized || NameWords.IsNameParticle(token))
            {
                i++;
            }
            else if (token.Is("of") && IsCompanyBeforeItsHome(tokens, start, i, end))
            {
                break;
            }
            else if ((token.Value == "&" || (token.IsWord && NameWords.Connectors.Contains(token.Value) && token.Value != "and")) && nextIsName)
            {
                i++;
            }
            else if (NameWords.IsNickname(tokens, i))
            {
                i += 3;
            }
            else if (OrganizationHeads.IsLowerCaseLegalForm(token.Value))
            {
                // "Breiðvík Fiskeldi hf.": a legal form written in lower case still ends the name.
                i++;
                break;
            }
            else if (token.Value == "," && EndsWithLegalForm(tokens, i + 1, end))
            {
                // "Tamarind Circuit Co., Ltd.", "Marisco Editores, Lda.": the legal form after the comma ends the name.
                i += 2;
                break;
            }
            else if (token.Kind == TokenKind.Possessive && nextIsName
                && (namedByType || NameWords.CollectivePossessors.Contains(tokens[i - 1].Value) || IsPluralPossessiveOfBody(tokens, i, end) || IsSaintsBody(tokens, start, i, end)))
            {
                i++;
            }
            else if (token.Is("and") && nextIsName && (OrganizationHeadBeforeOf(tokens, start, i) || (!HasOrganizationHead(tokens, start, i) && OrganizationHeadAhead(tokens, i + 1, end))))
            {
                i++;
            }
            else if (token.Value is "of" or "for" && i + 2 < end && tokens[i + 1].Is("the") && HasOrganizationHead(tokens, start, i)
                && NameFollows(tokens, i + 2, end))
            {
                // "Organisation for the Prohibition of Chemical Weapons", "Ministry of the Interior",
                // "International Council for the Exploration of the Sea".
                i += 2;
            }
            else if (token.Value == "," && NameLists.ContinuesAfter(tokens, start, i, end, gazetteer) is { } listEnd)
            {
                i = listEnd;
            }
            else
            {
                break;
            }
        }

        // A run does not end on a connector.
        while (i > start + 1 && tokens[i - 1].IsWord && !tokens[i - 1].IsCapitalized && NameWords.Connectors.Contains(tokens[i - 1].Value))
        {
            i--;
        }

        return i;
    }

    private static bool IsLegalFormEndingName(IReadOnlyList<Token> tokens, int start, int i, int end) =>
        i > start && tokens[i].Value.EndsWith('.') && OrganizationHeads.IsLegalForm(tokens[i].Value)
        && i + 1 < end && tokens[i + 1].IsCapitalized && !OrganizationHeads.IsLegalForm(tokens[i + 1].Value);

    private static bool EndsWithLegalForm(IReadOnlyList<Token> tokens, int i, int end) =>
        i < end && OrganizationHeads.FollowsComma(tokens[i].Value) && !(i + 1 < end && tokens[i + 1].IsCapitalized);

    /// <summary>
    /// "Tamarisk Capital of Abu Dhabi": a coined company name (no ordinary word before its noun of trade) followed by "of"
    /// and a known place is the company and the place it is based in; "Bank of Ghana" and "Commercial Bank of Ethiopia"
    /// keep their place.
    /// </summary>
    private bool IsCompanyBeforeItsHome(IReadOnlyList<Token> tokens, int start, int of, int end)
    {
        var first = NameWords.Determiners.Contains(tokens[start].Value) ? start + 1 : start;
        return of - first is >= 2 and <= MaxCoinedNameWords
            && OrganizationHeads.KindOf(tokens[of - 1].Value) == OrganizationKind.Company
            && Enumerable.Range(first, of - 1 - first).All(j => tokens[j].IsCapitalized && !gazetteer.IsCommonWord(tokens[j].Value))
            && LongestKnown(tokens, of + 1, end) is { Entry.IsPlace: true } home
            && (home.EndToken == end || !tokens[home.EndToken].IsCapitalized);
    }

    /// <summary>"Fish Growers' Federation", "Dock Workers' Union": a plural's bare apostrophe inside a name that goes on to an organization noun.</summary>
    private static bool IsPluralPossessiveOfBody(IReadOnlyList<Token> tokens, int apostrophe, int end) =>
        tokens[apostrophe].Value.Length == 1 && tokens[apostrophe - 1].Value.EndsWith('s') && OrganizationHeadAhead(tokens, apostrophe + 1, end);

    /// <summary>"St. Mary's Anglican Church", "St John's College": a saint's possessive opening a name that goes on to an organization noun.</summary>
    private static bool IsSaintsBody(IReadOnlyList<Token> tokens, int start, int possessive, int end) =>
        possessive - start >= 2 && NameWords.SaintWords.Contains(tokens[possessive - 2].Value.TrimEnd('.')) && OrganizationHeadAhead(tokens, possessive + 1, end);

    /// <summary>"Ministry of Food and Agriculture": an organization noun followed by "of" earlier in the run lets "and" join it.</summary>
    private static bool OrganizationHeadBeforeOf(IReadOnlyList<Token> tokens, int start, int i)
    {
        for (var h = start; h + 1 < i; h++)
        {
            if (tokens[h + 1].Is("of") && OrganizationHeads.KindOf(tokens[h].Value) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word of tokens <paramref name="start"/> to <paramref name="end"/> is an organization noun ("GZERO Media" before "and Eurasia Group").</summary>
    private static bool HasOrganizationHead(IReadOnlyList<Token> tokens, int start, int end) =>
        Enumerable.Range(start, end - start).Any(j => OrganizationHeads.KindOf(tokens[j].Value) is not null);

    /// <summary>"Food and Drug Administration": the capitalised words after "and" lead to an organization noun.</summary>
    private static bool OrganizationHeadAhead(IReadOnlyList<Token> tokens, int i, int end) =>
        tokens.Take(Math.Min(end, i + MaxWordsToOrganizationHead)).Skip(i).TakeWhile(t => t.IsCapitalized).Any(t => OrganizationHeads.KindOf(t.Value) is not null);

    /// <summary>Whether a capitalised word follows from token <paramref name="i"/> on, past any lower-case connectors ("van der Berg").</summary>
    private static bool NameFollows(IReadOnlyList<Token> tokens, int i, int end)
    {
        while (i < end && tokens[i].IsWord && !tokens[i].IsCapitalized && NameWords.Connectors.Contains(tokens[i].Value) && tokens[i].Value is not ("of" or "for" or "on" or "and"))
        {
            i++;
        }

        return i < end && (tokens[i].IsCapitalized || NameWords.IsNameParticle(tokens[i]));
    }

    /// <summary>Whether token <paramref name="i"/> opens a sentence or clause, where any word is capitalised.</summary>
    private static bool IsClauseStart(IReadOnlyList<Token> tokens, int i, Sentence sentence)
    {
        var j = i - 1;
        while (j >= sentence.FirstToken && (tokens[j].Kind == TokenKind.Quote || tokens[j].Value is "(" or "["))
        {
            j--;
        }

        return j < sentence.FirstToken || tokens[j].Value is ":" or "\u2014" or "\u2013" or ";";
    }

    /// <summary>Drops the opening word of a sentence when it is an ordinary word that is capitalised only by position.</summary>
    private int SkipCommonOpening(IReadOnlyList<Token> tokens, int start, int end)
    {
        var first = tokens[start];
        if (!gazetteer.IsCommonWord(first.Value) || !gazetteer.Lookup(tokens, start, start + 1).IsEmpty)
        {
            return start;
        }

        var nameFollows = start + 1 < end && tokens[start + 1].IsCapitalized;
        if (gazetteer.IsGivenName(first.Value) && (nameFollows || NameFollows(tokens, start + 1, end)))
        {
            // "Maria da Graça Pinto", "Rose van Tongeren": a particle between the given name and the rest.
            return start;
        }

        var opensTitle = gazetteer.TitleWord(first.Value) is not null && !gazetteer.IsJoinedTitlePrefix(first.Value);
        return NameWords.Determiners.Contains(first.Value) || !opensTitle || !nameFollows ? start + 1 : start;
    }

    private void ReadRun(Paragraph paragraph, int start, int end, List<Mention> mentions)
    {
        var tokens = paragraph.Tokens;
        var afterDeterminer = start > 0 && tokens[start - 1].IsWord && NameWords.Determiners.Contains(tokens[start - 1].Value);
        if (NameWords.Determiners.Contains(tokens[start].Value))
        {
            if (LongestKnown(tokens, start, end) is { Entry.IsPlace: true } named && named.EndToken == end)
            {
                AddKnown(paragraph, named, mentions);
                return;
            }

            afterDeterminer = true;
            start++;
        }

        if (start >= end || Competitions.IsCompetition(tokens, start, end, gazetteer))
        {
            return;
        }

        if (GovernmentOf(tokens, start) is { } government && LongestKnown(tokens, start, end) is { Entry.IsPlace: true } country && country.EndToken == end)
        {
            // "the government of Iceland", "the government of the Cook Islands": the country's government is a body of its own.
            var name = "Government of " + paragraph.Slice(government + 2, end);
            mentions.Add(new Mention(EntityType.Organization, name, paragraph, government, end) { OrganizationKind = OrganizationKind.Government });
            return;
        }

        if (PlaceClues.IsPartyAndHome(tokens, start, end))
        {
            mentions.Add(_places.PartyHome(paragraph, start, end));
            return;
        }

        if (_particlePlaces.IsPlace(tokens, start, end) && !(LongestKnown(tokens, start, end) is { } known && known.EndToken == end))
        {
            // "Ponte de Lima", "from Arcos de Valdevez": not a person, nor the known "Lima" at its end.
            mentions.Add(new Mention(EntityType.Place, ParticlePlaces.Name(TitleCaseIfShouting(paragraph.Slice(start, end))), paragraph, start, end) { PlaceKind = PlaceKind.Other });
            return;
        }

        // "River Severn" but not the title "Everything the River Kept": the name after the feature noun is no common word.
        if ((PlaceHeads.IsFeatureOf(tokens, start, end) || (PlaceHeads.IsFeatureBeforeName(tokens, start, end) && !gazetteer.IsCommonWord(tokens[start + 1].Value)))
            && (LongestKnown(tokens, start, end) is not { } whole || whole.EndToken < end))
        {
            mentions.Add(new Mention(EntityType.Place, paragraph.Slice(start, end), paragraph, start, end) { PlaceKind = PlaceKind.Other });
            return;
        }

        if (end - start > 1 && _places.PlaceBeforeSuffix(tokens[start].Value) is { } home)
        {
            // "Leeds-based Northmoor Bank": the place, then the name it qualifies.
            AddKnown(paragraph, new Segment(SegmentKind.Known, start, start + 1, home), mentions);
            ReadRun(paragraph, start + 1, end, mentions);
            return;
        }

        var segments = Segment(tokens, start, end);
        if (PersonThenOf(tokens, segments) is { } joiner)
        {
            ReadRun(paragraph, start, joiner, mentions);
            ReadRun(paragraph, joiner + 1, end, mentions);
            return;
        }

        if (ReadOrganizationByHead(paragraph, segments, end, mentions) || ReadOrganizationByContext(paragraph, segments, start, end, mentions)
            || ReadTeam(paragraph, segments, start, end, mentions) || ReadNamedAfterPlace(paragraph, segments, start, end, mentions))
        {
            return;
        }

        for (var s = 0; s < segments.Count; s++)
        {
            var segment = segments[s];
            if (s + 1 < segments.Count && SegmentPairs.Read(paragraph, segment, segments[s + 1], mentions) is { } read)
            {
                s += read - 1;
                continue;
            }

            switch (segment.Kind)
            {
                case SegmentKind.Known:
                    AddKnown(paragraph, segment, mentions);
                    break;
                case SegmentKind.Name:
                    var title = s > 0 && segments[s - 1].Kind == SegmentKind.Title ? segments[s - 1] : (Segment?)null;
                    AddName(paragraph, segment, title, afterDeterminer && s == 0, mentions);
                    break;
                case SegmentKind.Title:
                    break;
            }
        }
    }

    /// <summary>The token of a lower-case "government" that the run follows as "government of" or "government of the", or null.</summary>
    private static int? GovernmentOf(IReadOnlyList<Token> tokens, int start)
    {
        var of = start >= 1 && tokens[start - 1].Is("the") ? start - 2 : start - 1;
        return of >= 1 && tokens[of].Is("of") && tokens[of - 1].Value == "government" ? of - 1 : null;
    }

    /// <summary>The "of" in "Karim al-Khoury of Cedar Line Logistics": a person's name, then "of" and more names.</summary>
    private int? PersonThenOf(IReadOnlyList<Token> tokens, List<Segment> segments)
    {
        for (var s = 0; s + 1 < segments.Count; s++)
        {
            var left = segments[s];
            var gap = left.EndToken;
            if (left.Kind == SegmentKind.Name && segments[s + 1].FirstToken == gap + 1 && tokens[gap].Value is "of" or "for" && IsPersonName(tokens, left))
            {
                return gap;
            }
        }

        return null;
    }

    /// <summary>Cuts a capitalised run into known phrases (longest first), title words and unknown words.</summary>
    private List<Segment> Segment(IReadOnlyList<Token> tokens, int start, int end)
    {
        var segments = new List<Segment>();
        var i = start;
        while (i < end)
        {
            if (!tokens[i].IsWord || NameWords.Connectors.Contains(tokens[i].Value) || tokens[i].Kind == TokenKind.Possessive)
            {
                ExtendOverJoiner(segments, tokens, i, end);
                i++;
                continue;
            }

            var startsName = StartsPersonName(tokens, i, end);
            var known = startsName ? null : LongestKnown(tokens, i, end);
            if (startsName || (known is { } place && IsGivenNameLikePlace(tokens, place, end)))
            {
                // The rest of a person's name may be words that also name places ("Santiago Treviño Lara").
                var nameEnd = i + 2;
                while (nameEnd < end && IsNameToken(tokens, nameEnd, end))
                {
                    nameEnd++;
                }

                segments.Add(new Segment(SegmentKind.Name, i, nameEnd));
                i = nameEnd;
                continue;
            }

            if (known is { } surname && IsSurnameAfterParticle(tokens, segments, surname))
            {
                // "Thiago Nascimento de Oliveira Santos": a one-word place after a name joined by a particle is its last surname.
                segments[^1] = segments[^1] with { EndToken = surname.EndToken };
                i = surname.EndToken;
                continue;
            }

            if (known is { } match && !(segments.Count > 0 && segments[^1].Kind == SegmentKind.Title && AllTitleWords(tokens, match)))
            {
                segments.Add(match);
                i = match.EndToken;
                continue;
            }

            var titleKind = IsHonorificTailAlone(tokens, start, i) ? null : gazetteer.TitleWord(tokens[i].Value);
            if (titleKind is not null && !IsGivenNameBeforeName(tokens, i, end))
            {
                var head = titleKind is not TitleWordKind.Modifier;
                if (segments.Count > 0 && segments[^1].Kind == SegmentKind.Title && segments[^1].EndToken == i)
                {
                    var last = segments[^1];
                    segments[^1] = last with { EndToken = i + 1, HasTitleHead = last.HasTitleHead || head };
                }
                else
                {
                    segments.Add(new Segment(SegmentKind.Title, i, i + 1, HasTitleHead: head));
                }

                i++;
                continue;
            }

            if (segments.Count > 0 && segments[^1].Kind == SegmentKind.Name && segments[^1].EndToken == i)
            {
                segments[^1] = segments[^1] with { EndToken = i + 1 };
            }
            else
            {
                segments.Add(new Segment(SegmentKind.Name, i, i + 1));
            }

            i++;
        }

        // A title made only of modifiers ("Foreign", "Senior") is not a title: its words are name words. Nor is one that
        // opens an organization's name ("Marine Environment Protection Committee", "General Assembly").
        return segments.Select((s, k) => s.Kind == SegmentKind.Title && (!s.HasTitleHead || OpensOrganizationName(tokens, segments, k)) ? s with { Kind = SegmentKind.Name } : s)
            .Aggregate(new List<Segment>(), MergeAdjacentNames);
    }

    /// <summary>"Marine Environment Protection Committee"; but "Chief Executive Officer of Brightwater Foods N.V." is a role and its employer.</summary>
    private static bool OpensOrganizationName(IReadOnlyList<Token> tokens, List<Segment> segments, int k) =>
        k + 1 < segments.Count
        && tokens[segments[k].EndToken - 1].Value is not ("of" or "at" or "for")
        && segments[k + 1] is { Kind: SegmentKind.Name } next
        && next.FirstToken == segments[k].EndToken
        && OrganizationHeads.KindOf(tokens[next.EndToken - 1].Value) is not null;

    private static List<Segment> MergeAdjacentNames(List<Segment> merged, Segment next)
    {
        if (merged.Count > 0 && merged[^1].Kind == SegmentKind.Name && next.Kind == SegmentKind.Name && next.FirstToken == merged[^1].EndToken)
        {
            merged[^1] = merged[^1] with { EndToken = next.EndToken };
        }
        else
        {
            merged.Add(next);
        }

        return merged;
    }

    /// <summary>A connector or possessive inside a run belongs to the name or title before it (a known phrase already holds its own).</summary>
    private void ExtendOverJoiner(List<Segment> segments, IReadOnlyList<Token> tokens, int i, int end)
    {
        if (segments.Count == 0 || segments[^1].Kind == SegmentKind.Known || i + 1 >= end)
        {
            return;
        }

        // "Karim al-Khoury of Cedar Line Logistics": a person's name does not run on over "of".
        var last = segments[^1];
        var personBefore = last.Kind == SegmentKind.Name && tokens[i].Value is "of" or "for" or "on" or "and" && IsPersonName(tokens, last);
        if (!personBefore)
        {
            segments[^1] = last with { EndToken = i + 1 };
        }
    }

    /// <summary>
    /// Whether a name segment reads as a person's: a given name first, or a longer name that looks like one. A single word
    /// that is also an organization noun ("Bank", a given name too) opens a body's name instead: "Bank of Ghana".
    /// </summary>
    private bool IsPersonName(IReadOnlyList<Token> tokens, Segment name) =>
        (gazetteer.IsGivenName(tokens[name.FirstToken].Value) && !(name.EndToken - name.FirstToken == 1 && OrganizationHeads.KindOf(tokens[name.FirstToken].Value) is not null))
        || (name.EndToken - name.FirstToken >= 2 && LooksLikePersonName(tokens, name.FirstToken, name.EndToken));

    private static bool IsSurnameAfterParticle(IReadOnlyList<Token> tokens, List<Segment> segments, Segment known) =>
        known.EndToken - known.FirstToken == 1 && known.Entry is { Kind: GazetteerKind.Region or GazetteerKind.City }
        && segments.Count > 0 && segments[^1] is { Kind: SegmentKind.Name } name && name.EndToken == known.FirstToken && name.EndToken - name.FirstToken >= 3
        && Enumerable.Range(name.FirstToken + 1, name.EndToken - name.FirstToken - 2).Any(t => tokens[t].IsWord && !tokens[t].IsCapitalized && NameWords.Connectors.Contains(tokens[t].Value));

    /// <summary>
    /// A one-word region or city followed by an unknown, uncommon capitalised word is a person's given name
    /// ("Ngozi Adeyemi-Hart"), not a place.
    /// </summary>
    private bool IsGivenNameLikePlace(IReadOnlyList<Token> tokens, Segment known, int end)
    {
        var next = known.EndToken;
        return known.EndToken - known.FirstToken == 1 && known.Entry is { Kind: GazetteerKind.Region or GazetteerKind.City }
            && next < end && tokens[next].IsCapitalized && !gazetteer.IsCommonWord(tokens[next].Value)
            && gazetteer.TitleWord(tokens[next].Value) is null && OrganizationHeads.KindOf(tokens[next].Value) is null
            && gazetteer.Lookup(tokens, next, next + 1).IsEmpty && !NameWords.IsAcronym(tokens[next].Value);
    }

    /// <summary>Inside a title ("Chief Foreign Affairs Columnist") a known phrase made of title words is part of the title.</summary>
    private bool AllTitleWords(IReadOnlyList<Token> tokens, Segment known) =>
        Enumerable.Range(known.FirstToken, known.EndToken - known.FirstToken).All(t => gazetteer.TitleWord(tokens[t].Value) is not null);

    /// <summary>"Ibu Sri Wahyuni", "Sri Mulyani": "Sri" is a courtesy title only after the "Tan" of "Tan Sri"; elsewhere it is a name.</summary>
    private bool IsHonorificTailAlone(IReadOnlyList<Token> tokens, int start, int i)
    {
        var previous = i - 1;
        while (previous >= start && !tokens[previous].IsWord)
        {
            previous--;
        }

        return gazetteer.IsHonorificTailAlone(tokens[i].Value, previous >= start ? tokens[previous].Value : null);
    }

    /// <summary>A given name followed by another capitalised, non-title word starts a person's name.</summary>
    private bool StartsPersonName(IReadOnlyList<Token> tokens, int i, int end) =>
        gazetteer.IsGivenName(tokens[i].Value) && i + 1 < end && IsNameToken(tokens, i + 1, end)
        && gazetteer.TitleWord(tokens[i].Value) is null or TitleWordKind.Modifier
        && !IsKnownPlaceOrOrganization(tokens, i, end);

    private bool IsGivenNameBeforeName(IReadOnlyList<Token> tokens, int i, int end) =>
        gazetteer.IsGivenName(tokens[i].Value) && i + 1 < end && IsNameToken(tokens, i + 1, end)
        && gazetteer.TitleWord(tokens[i + 1].Value) is null;

    private bool IsKnownPlaceOrOrganization(IReadOnlyList<Token> tokens, int i, int end) =>
        LongestKnown(tokens, i, end) is { } known && known.EndToken > i + 1;

    private bool IsNameToken(IReadOnlyList<Token> tokens, int i, int end) =>
        (tokens[i].IsCapitalized || NameWords.IsNameParticle(tokens[i])
            || (tokens[i].IsWord && NameWords.Connectors.Contains(tokens[i].Value) && tokens[i].Value is not ("of" or "for" or "on" or "and")
                && NameFollows(tokens, i + 1, end)))
        && gazetteer.TitleWord(tokens[i].Value) is null or TitleWordKind.Modifier
        && OrganizationHeads.KindOf(tokens[i].Value) is null;

    private Segment? LongestKnown(IReadOnlyList<Token> tokens, int start, int end)
    {
        for (var stop = Math.Min(end, start + gazetteer.MaxPhraseTokens); stop > start; stop--)
        {
            if (!tokens[stop - 1].IsWord || NameWords.Connectors.Contains(tokens[stop - 1].Value))
            {
                continue;
            }

            var entries = gazetteer.Lookup(tokens, start, stop);
            if (!entries.IsEmpty && !(stop == start + 1 && (NameWords.CompassWords.Contains(tokens[start].Value) || NameWords.Directions.Contains(tokens[start].Value))))
            {
                return new Segment(SegmentKind.Known, start, stop, entries[0]);
            }
        }

        return null;
    }

    /// <summary>
    /// A run ending in an organization noun ("Eurasia Group", "Pacific Fleet", "Korean People's Army") names an
    /// organization made of its trailing words, unless the whole run is one known phrase.
    /// </summary>
    private static bool ReadOrganizationByHead(Paragraph paragraph, List<Segment> segments, int end, List<Mention> mentions)
    {
        var tokens = paragraph.Tokens;
        var wholeRunKnown = segments.Count == 1 && segments[0].Kind == SegmentKind.Known;
        if (segments.Count == 0 || wholeRunKnown || IsBylineJobTitle(paragraph, segments[0].FirstToken, end) || OrganizationHead(tokens, segments[0].FirstToken, end) is not { } kind
            || (segments[^1].Kind == SegmentKind.Known && OrganizationHeads.KindOf(tokens[end - 1].Value) is not null && segments[^1].EndToken - segments[^1].FirstToken > 1))
        {
            return false;
        }

        // The name runs from the first segment that is not a title with a head of its own ("President").
        var first = 0;
        while (first < segments.Count - 1 && segments[first].Kind == SegmentKind.Title && segments[first].HasTitleHead)
        {
            first++;
        }

        return AddOrganization(paragraph, segments, first, end, kind, mentions);
    }

    /// <summary>
    /// A run the context shows to be an organization: introduced by a noun of organization type ("the shipping
    /// journal Lloyd's List", "the freight forwarder Cedar Line Logistics"), holding an ampersand ("Transport &amp;
    /// Environment"), followed by ", which", or between "the" and a noun of group ("the Save Our Meadows group").
    /// </summary>
    private static bool ReadOrganizationByContext(Paragraph paragraph, List<Segment> segments, int start, int end, List<Mention> mentions)
    {
        var tokens = paragraph.Tokens;
        if (segments.Count == 0 || (segments.Count == 1 && segments[0].Kind == SegmentKind.Known) || segments.Any(s => s.Kind == SegmentKind.Title && s.HasTitleHead))
        {
            return false;
        }

        var typedBy = OrganizationClues.TypeNounBefore(tokens, start);
        if (typedBy is null && OrganizationClues.IsNamedThing(tokens, start))
        {
            return false;
        }

        var ampersand = Enumerable.Range(start, end - start).Any(t => tokens[t].Value == "&");
        var which = end + 1 < tokens.Count && tokens[end].Value == "," && tokens[end + 1].Is("which");
        var typedAfter = start > 0 && tokens[start - 1].Is("the") && end < tokens.Count && tokens[end].IsWord && NameWords.GroupNouns.Contains(tokens[end].Value);
        var apposition = OrganizationClues.TypeNounInApposition(tokens, end);
        if (typedBy is null && !ampersand && !which && !typedAfter && apposition is null)
        {
            return false;
        }

        var kind = (typedBy ?? apposition) is { } noun ? NameWords.OrganizationTypeNouns.KindOf(noun) : OrganizationKind.Other;
        return AddOrganization(paragraph, segments, 0, end, kind, mentions);
    }

    /// <summary>
    /// A run of capitalised words ending in the plural of a common noun ("Harbour Falcons", "Leeds Rhinos") names a team
    /// or club, unless it opens with a given name or a title ("Garth Brooks", "Judge Banks") or ends in a place noun
    /// ("Cook Islands").
    /// </summary>
    private bool ReadTeam(Paragraph paragraph, List<Segment> segments, int start, int end, List<Mention> mentions)
    {
        var tokens = paragraph.Tokens;
        var last = tokens[end - 1].Value;
        if (segments.Count == 0 || end - start < 2 || (segments.Count == 1 && segments[0].Kind == SegmentKind.Known)
            || segments.Any(s => s.Kind == SegmentKind.Title) || gazetteer.IsGivenName(tokens[start].Value) || HasSecondGivenName(tokens, start, end) || PlaceHeads.IsHead(last)
            || !IsPluralNoun(last) || !Enumerable.Range(start, end - start).All(t => tokens[t].IsCapitalized))
        {
            return false;
        }

        return AddOrganization(paragraph, segments, 0, end, OrganizationKind.Other, mentions);
    }

    /// <summary>
    /// A name that holds a place or a platform but is neither: an outlet named as a channel ("speaking to Sakura Sports
    /// Channel", "wrote in the Haifa Business Daily"), or a name ending in a platform's ordinary word ("the Stromness
    /// Signal", "Harbour Line"). Such a name is one organization, with no place or platform inside it.
    /// </summary>
    private bool ReadNamedAfterPlace(Paragraph paragraph, List<Segment> segments, int start, int end, List<Mention> mentions)
    {
        var tokens = paragraph.Tokens;
        if (segments.Count < 2 || segments.Any(s => s.Kind == SegmentKind.Title) || PlaceHeads.IsHead(tokens[end - 1].Value)
            || segments.Any(s => s.Kind == SegmentKind.Known && !s.Entry!.IsPlace && !IsPlatformWord(tokens, s)))
        {
            return false;
        }

        var kind = OutletChannels.IsOutlet(tokens, start, end, gazetteer) && segments.Any(s => s.Kind == SegmentKind.Known)
            ? OrganizationKind.NewsOutlet
            : IsPlatformWord(tokens, segments[^1]) ? OrganizationKind.Other : (OrganizationKind?)null;
        return kind is { } found && AddOrganization(paragraph, segments, 0, end, found, mentions);
    }

    /// <summary>A known platform whose name is an ordinary word ("Signal", "Line", "Threads"), which other names may end in.</summary>
    private bool IsPlatformWord(IReadOnlyList<Token> tokens, Segment segment) =>
        segment is { Kind: SegmentKind.Known, Entry.OrganizationKind: OrganizationKind.Platform }
        && segment.EndToken - segment.FirstToken == 1 && gazetteer.IsCommonWord(tokens[segment.FirstToken].Value);

    /// <summary>
    /// "Rui Manuel Andrade Fortes": a given name second in a longer run makes it a person's name, whatever its last word,
    /// unless the first word is a saint's ("San Diego Padres").
    /// </summary>
    private bool HasSecondGivenName(IReadOnlyList<Token> tokens, int start, int end) =>
        end - start >= 3 && gazetteer.IsGivenName(tokens[start + 1].Value) && !NameWords.SaintWords.Contains(tokens[start].Value);

    private bool IsPluralNoun(string word) =>
        word.Length > 3 && word[^1] == 's' && word[^2] is not ('s' or '\'') && char.IsLower(word[^2]) && gazetteer.IsCommonWord(word[..^1]);

    private static bool AddOrganization(Paragraph paragraph, List<Segment> segments, int first, int end, OrganizationKind kind, List<Mention> mentions)
    {
        var orgStart = segments[first].FirstToken;
        for (var s = 0; s < first; s++)
        {
            if (segments[s].Kind == SegmentKind.Known)
            {
                AddKnown(paragraph, segments[s], mentions);
            }
        }

        var (from, to) = ClubNumbers.Widen(paragraph.Tokens, orgStart, end);
        mentions.Add(new Mention(EntityType.Organization, paragraph.Slice(from, to), paragraph, from, to) { OrganizationKind = kind });
        return true;
    }

    /// <summary>"By Ann Lee, Local Democracy Reporter": after the name in a byline, the writer's job, not an outlet ("The … Reporter" is one).</summary>
    private static bool IsBylineJobTitle(Paragraph paragraph, int start, int end)
    {
        var tokens = paragraph.Tokens;
        return paragraph.Kind == ParagraphKind.Byline && start > 0 && tokens[start - 1].Value == "," && !tokens[start].Is("The")
            && tokens[end - 1].Value is "Reporter" or "Correspondent" or "Editor" or "Writer" or "Columnist";
    }

    /// <summary>
    /// The kind of organization a run names by its head noun: its last word, a head followed by "of ..." ("Chamber of
    /// Shipping"), or the first of two or more words in a language that puts the noun first ("Banque Populaire du Sud").
    /// </summary>
    private static OrganizationKind? OrganizationHead(IReadOnlyList<Token> tokens, int start, int end)
    {
        if (OrganizationHeads.KindOf(tokens[end - 1].Value) is { } last)
        {
            return last;
        }

        if (end - start > 1 && OrganizationHeads.LeadingKindOf(tokens[start].Value) is { } leading)
        {
            return leading;
        }

        for (var h = end - 2; h >= start; h--)
        {
            if (OrganizationHeads.KindOf(tokens[h].Value) is { } kind
                && (tokens[h + 1].Value is "of" or "for" || (tokens[h + 1].Value == "on" && kind is OrganizationKind.Government or OrganizationKind.Other)))
            {
                // "Chamber of Shipping", "Commission on Human Rights", "Council on Foreign Relations".
                return kind;
            }
        }

        return null;
    }

    private static void AddKnown(Paragraph paragraph, Segment segment, List<Mention> mentions)
    {
        var entry = segment.Entry!;
        var tokens = paragraph.Tokens;
        switch (entry.Kind)
        {
            case GazetteerKind.Organization:
                if (entry.Name.Length <= 2 && entry.OrganizationKind == OrganizationKind.Platform && !HasPlatformContext(tokens, segment))
                {
                    return;
                }

                mentions.Add(new Mention(EntityType.Organization, entry.Name, paragraph, segment.FirstToken, segment.EndToken)
                {
                    OrganizationKind = entry.OrganizationKind,
                });
                break;
            case GazetteerKind.Demonym:
                break;
            default:
                mentions.Add(new Mention(EntityType.Place, entry.Name, paragraph, segment.FirstToken, segment.EndToken)
                {
                    PlaceKind = entry.PlaceKind,
                    Country = entry.Country,
                });
                break;
        }
    }

    private static bool HasPlatformContext(IReadOnlyList<Token> tokens, Segment segment) =>
        (segment.FirstToken > 0 && NameWords.PlatformBefore.Contains(tokens[segment.FirstToken - 1].Value))
        || (segment.EndToken < tokens.Count && NameWords.PlatformAfter.Contains(tokens[segment.EndToken].Value));

    private void AddName(Paragraph paragraph, Segment segment, Segment? title, bool afterDeterminer, List<Mention> mentions)
    {
        var tokens = paragraph.Tokens;
        var first = segment.FirstToken;
        while (first < segment.EndToken - 1 && NameWords.CompassWords.Contains(tokens[first].Value))
        {
            first++;
        }

        var end = segment.EndToken;
        while (end > first + 1 && tokens[end - 1].IsWord
            && ((!tokens[end - 1].IsCapitalized && NameWords.Connectors.Contains(tokens[end - 1].Value)) || NameWords.PostNominals.Contains(tokens[end - 1].Value)))
        {
            end--;
        }

        var name = HonorificSuffixes.Strip(TitleCaseIfShouting(NameText(paragraph, first, end)));
        var words = end - first;
        if (words == 1 && _places.PlaceBeforeSuffix(tokens[first].Value) is { } compound)
        {
            // "a Tokyo-based designer", "the Lisbon-born actor".
            AddKnown(paragraph, new Segment(SegmentKind.Known, first, end, compound), mentions);
            return;
        }

        if (title is null && PlaceClues.IsHometown(tokens, first, end))
        {
            mentions.Add(new Mention(EntityType.Place, name, paragraph, first, end) { PlaceKind = PlaceKind.Other });
            return;
        }

        if (end < tokens.Count && tokens[end].IsWord && NameWords.RegionNouns.Contains(tokens[end].Value))
        {
            var known = gazetteer.Lookup(tokens, first, end);
            mentions.Add(new Mention(EntityType.Place, known.IsEmpty ? name : known[0].Name, paragraph, first, end) { PlaceKind = PlaceKind.Region });
            return;
        }

        if (first != segment.FirstToken && LongestKnown(tokens, first, end) is { } place && place.EndToken == end)
        {
            AddKnown(paragraph, place, mentions);
            return;
        }

        if (title is null && first >= 2 && tokens[first - 1].Is("of") && NameWords.PlaceOfNouns.Contains(tokens[first - 2].Value))
        {
            // "the village of Ano Livadi": whatever the name looks like, it is a place.
            var known = gazetteer.Lookup(tokens, first, end);
            mentions.Add(new Mention(EntityType.Place, known.IsEmpty ? name : known[0].Name, paragraph, first, end) { PlaceKind = PlaceKind.Other });
            return;
        }

        if (words == 2 && NameWords.Directions.Contains(tokens[first].Value) && IsDemonym(tokens, first + 1))
        {
            // "another North American museum", "West African traders": an adjective, no name.
            return;
        }

        if (title is null && (LanguageClues.IsLanguageAfterIn(tokens, first, end) || PlaceHeads.IsStreet(tokens, first, end)))
        {
            // "speaking in Tigrinya", "wrote in Basque:", "on Franklin Avenue", "Rua do Carmo": a language or a street, which is no entity.
            return;
        }

        if (title is null && words >= 2 && PlaceHeads.IsUnmistakableHead(tokens[end - 1].Value) && !OpensLongerName(tokens, end))
        {
            mentions.Add(new Mention(EntityType.Place, name, paragraph, first, end) { PlaceKind = PlaceKind.Other });
            return;
        }

        var innerTitle = title is { } t ? paragraph.Slice(t.FirstToken, t.EndToken) : null;
        if (innerTitle is not null || HasRoleBefore(tokens, segment.FirstToken))
        {
            mentions.Add(new Mention(EntityType.Person, name, paragraph, first, end)
            {
                InnerTitle = innerTitle,
                TitleFirstToken = title?.FirstToken ?? -1,
            });
        }
        else if (OutletChannels.IsOutlet(tokens, first, end, gazetteer))
        {
            mentions.Add(new Mention(EntityType.Organization, name, paragraph, first, end) { OrganizationKind = OrganizationKind.NewsOutlet });
        }
        else if (IsEmployerOfRole(tokens, first) || (words == 1 && IsEmployerBeforeRole(tokens, end)))
        {
            mentions.Add(new Mention(EntityType.Organization, name, paragraph, first, end) { OrganizationKind = OrganizationKind.Other });
        }
        else if ((words >= 2 && !afterDeterminer && LooksLikePersonName(tokens, first, end) && !IsPlaceWithParticle(tokens, first, end))
            || (!afterDeterminer && NameWords.AgeFollows(tokens, end))
            || (words == 1 && IsNameInApposition(tokens, first, end))
            || (words == 1 && !afterDeterminer && IsMessageWriter(tokens, end))
            || (words == 1 && !afterDeterminer && SingleNameCues.MarkPerson(tokens, first, end, gazetteer)))
        {
            mentions.Add(new Mention(EntityType.Person, name, paragraph, first, end));
        }
        else if (words == 1 && afterDeterminer && OrganizationHeads.KindOf(tokens[first].Value) is { } kind)
        {
            mentions.Add(new Mention(EntityType.Organization, name, paragraph, first, end) { OrganizationKind = kind });
        }
        else if (PlaceHeads.IsHead(tokens[end - 1].Value) && words >= 2)
        {
            mentions.Add(new Mention(EntityType.Place, name, paragraph, first, end) { PlaceKind = PlaceKind.Other });
        }
        else if ((words == 1 && (!afterDeterminer || NameWords.IsAcronym(name))) || (!afterDeterminer && PlaceClues.IsAfterLocative(tokens, first, end)))
        {
            mentions.Add(new Mention(EntityType.Person, name, paragraph, first, end)
            {
                IsTentative = true,
                AfterLocative = first > 0 && NameWords.Locatives.Contains(tokens[first - 1].Value),
                BeforeSpeechVerb = end < tokens.Count && tokens[end].IsWord && Quotes.SpeechVerbs.IsSpeechVerb(tokens[end].Value),
            });
        }
    }

    private bool IsDemonym(IReadOnlyList<Token> tokens, int token)
    {
        foreach (var entry in gazetteer.Lookup(tokens, token, token + 1))
        {
            if (entry.Kind == GazetteerKind.Demonym)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Pierce County Auditor's Office", "Pierce County's": the name goes on into a longer one, or owns what follows.</summary>
    private static bool OpensLongerName(IReadOnlyList<Token> tokens, int end) =>
        end < tokens.Count && (tokens[end].IsCapitalized || tokens[end].Kind == TokenKind.Possessive);

    /// <summary>
    /// "A reader, Mariana, writes", "His wife, Ingrid, keeps the books", "Lupe's brother, Tevita, eight", "who gave only his first
    /// name, Dorin": a single name set off by commas after a word only a person is called by (a relative, a reader, a caller)
    /// is a person's, whether or not the name lists know it; after any other noun ("its largest customer, Norvik"), only a
    /// known given name is.
    /// </summary>
    private bool IsNameInApposition(IReadOnlyList<Token> tokens, int first, int end)
    {
        if (first < 3 || tokens[first - 1].Value != "," || tokens[first - 2] is not { IsWord: true, IsCapitalized: false } noun
            || end >= tokens.Count || tokens[end].Value is not ("," or "."))
        {
            return false;
        }

        var opened = NameWords.AppositionOpeners.Contains(tokens[first - 3].Value) || tokens[first - 3].Kind == TokenKind.Possessive;
        return (opened && (gazetteer.IsGivenName(tokens[first].Value) || PersonNouns.IsOnlyPerson(noun.Value)))
            || (noun.Value == "name" && tokens[first - 3].Value is "first" or "his" or "her" or "their");
    }

    /// <summary>
    /// "Semisi from Porirua writes", "Lusia, listening in Nukualofa, emails:": a single name followed by where its bearer
    /// writes or listens from and a verb of saying is a reader's or listener's, a person's.
    /// </summary>
    private static bool IsMessageWriter(IReadOnlyList<Token> tokens, int end)
    {
        var i = end;
        if (i + 1 < tokens.Count && tokens[i].Is("from") && tokens[i + 1].IsCapitalized)
        {
            i += 2;
            while (i < tokens.Count && tokens[i].IsCapitalized)
            {
                i++;
            }
        }
        else if (i + 1 < tokens.Count && tokens[i].Value == "," && AudienceParticiples.Contains(tokens[i + 1].Value))
        {
            i += 2;
            while (i < tokens.Count && i - end <= MaxWordsOfWhereabouts && tokens[i].Value != ",")
            {
                i++;
            }

            i++;
        }
        else
        {
            return false;
        }

        return i < tokens.Count && tokens[i].IsWord && Quotes.SpeechVerbs.IsSpeechVerb(tokens[i].Value);
    }

    /// <summary>How many words may say where a reader writes from ("listening in the car outside Nukualofa").</summary>
    private const int MaxWordsOfWhereabouts = 8;

    private static readonly HashSet<string> AudienceParticiples = new(StringComparer.Ordinal)
    {
        "reading", "listening", "watching", "writing", "calling", "texting", "emailing", "messaging", "tuning",
    };

    /// <summary>
    /// "homes in Arrifes de Baixo", "near Vale do Corvo": right after "in" or "near", a name joined by a particle that
    /// opens with no given name is a place, as other short names there are (one that also names a person stays theirs).
    /// </summary>
    private bool IsPlaceWithParticle(IReadOnlyList<Token> tokens, int first, int end) =>
        PlaceClues.IsAfterLocative(tokens, first, end) && !gazetteer.IsGivenName(tokens[first].Value)
        && Enumerable.Range(first + 1, end - first - 1).Any(t => tokens[t].IsWord && !tokens[t].IsCapitalized && NameWords.Connectors.Contains(tokens[t].Value));

    /// <summary>The name's words, a quoted nickname left out: Oluwadamilare "Dami" Adeyemi is Oluwadamilare Adeyemi.</summary>
    private static string NameText(Paragraph paragraph, int first, int end)
    {
        var tokens = paragraph.Tokens;
        if (!Enumerable.Range(first, end - first).Any(t => tokens[t].Kind == TokenKind.Quote))
        {
            return paragraph.Slice(first, end);
        }

        var words = new List<string>();
        for (var t = first; t < end; t++)
        {
            if (NameWords.IsNickname(tokens, t))
            {
                t += 2;
            }
            else if (tokens[t].Kind != TokenKind.Quote)
            {
                words.Add(tokens[t].Value);
            }
        }

        return string.Join(' ', words);
    }

    /// <summary>"DOMINIC HALE" (a byline, a transcript label) is the name Dominic Hale; a single word in capitals is an acronym.</summary>
    private static string TitleCaseIfShouting(string name)
    {
        if (!name.Contains(' ', StringComparison.Ordinal) || name.Any(char.IsLower))
        {
            return name;
        }

        // Each part of a joined name keeps its capital: "NGATA-BROWN" is Ngata-Brown, "O'NEILL" O'Neill.
        var letters = name.ToLowerInvariant().ToCharArray();
        for (var i = 0; i < letters.Length; i++)
        {
            if (i == 0 || letters[i - 1] is ' ' or '-' or '\'' or '\u2019')
            {
                letters[i] = char.ToUpperInvariant(letters[i]);
            }
        }

        return new string(letters);
    }

    /// <summary>A lower-case job or office word right before the name, or before a comma ("spokesperson Jane Doe", "the chair, Jane Doe").</summary>
    private bool HasRoleBefore(IReadOnlyList<Token> tokens, int first)
    {
        var before = first > 1 && tokens[first - 1].Value == "," ? first - 2 : first - 1;
        return before >= 0 && tokens[before].IsWord && !tokens[before].IsCapitalized
            && gazetteer.TitleWord(tokens[before].Value) is TitleWordKind.Role or TitleWordKind.Office or TitleWordKind.Rank;
    }

    /// <summary>
    /// "chief economist for Latin America at Banco Andino": a name after "at" that ends a job title's phrase is where the
    /// job is, an organization, however much it looks like a person's name.
    /// </summary>
    private bool IsEmployerOfRole(IReadOnlyList<Token> tokens, int first)
    {
        if (first < 2 || !tokens[first - 1].Is("at"))
        {
            return false;
        }

        for (var i = first - 2; i >= 0 && first - i <= MaxWordsFromRoleToEmployer; i--)
        {
            var token = tokens[i];
            if (IsRoleNoun(tokens, i))
            {
                return true;
            }

            if (!token.IsWord || !(token.IsCapitalized || token.Value is "for" or "of" or "in" or "the"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A lower-case job or office word, singular or plural, or one that opens a sentence ("Analysts at X said").</summary>
    private bool IsRoleNoun(IReadOnlyList<Token> tokens, int i)
    {
        var token = tokens[i];
        var opensSentence = i == 0 || tokens[i - 1].Value is "." or "!" or "?";
        if (!token.IsWord || (token.IsCapitalized && !opensSentence))
        {
            return false;
        }

        var word = token.Value.ToLowerInvariant();
        return gazetteer.TitleWord(word) is TitleWordKind.Role or TitleWordKind.Office
            || (word.Length > 3 && word.EndsWith('s') && gazetteer.TitleWord(word[..^1]) is TitleWordKind.Role or TitleWordKind.Office);
    }

    /// <summary>"Zesco managing director Justin Mwandu": one unknown word before a lower-case job title and a name is the employer.</summary>
    private bool IsEmployerBeforeRole(IReadOnlyList<Token> tokens, int end)
    {
        var i = end;
        while (i < tokens.Count && tokens[i].IsWord && !tokens[i].IsCapitalized && gazetteer.TitleWord(tokens[i].Value) is not null)
        {
            i++;
        }

        return i > end && i < tokens.Count && tokens[i].IsCapitalized
            && Enumerable.Range(end, i - end).Any(t => gazetteer.TitleWord(tokens[t].Value) is TitleWordKind.Role or TitleWordKind.Office);
    }

    private bool LooksLikePersonName(IReadOnlyList<Token> tokens, int first, int end)
    {
        if (gazetteer.IsGivenName(tokens[first].Value))
        {
            return true;
        }

        if (Enumerable.Range(first + 1, Math.Max(0, end - first - 2)).Any(i => tokens[i].IsWord && !tokens[i].IsCapitalized && NameWords.Connectors.Contains(tokens[i].Value) && tokens[i].Value is not ("of" or "for" or "on" or "and")))
        {
            return true;
        }

        var common = 0;
        for (var i = first; i < end; i++)
        {
            if (tokens[i].IsWord && char.IsUpper(tokens[i].Value[0]) && gazetteer.IsCommonWord(tokens[i].Value))
            {
                common++;
            }

            if (NameWords.IsAcronym(tokens[i].Value))
            {
                return false;
            }
        }

        // "Innocent Mugisha Rwabukamba": one ordinary word is allowed in a longer name that ends in an unusual one.
        var last = tokens[end - 1];
        return common == 0 || (common == 1 && end - first >= 3 && !gazetteer.IsCommonWord(last.Value));
    }
}
