namespace NewsGraph.Graph.Linking;

/// <summary>
/// Groups statement occurrences into statements. Two occurrences are the same statement when no two different
/// known speakers stand behind them and their words overlap enough (more leniently for the same speaker), when
/// one is a fragment whose content words all stand in the other, or when an unknown speaker's quote is a known
/// speaker's longer quote shortened. Statements are the connected groups of that relation, with no two known
/// speakers in one group, so the result depends only on the set of occurrences, never on their order.
/// </summary>
public static class StatementLinker
{
    /// <summary>Word overlap (Jaccard) that links two full quotes of the same speaker.</summary>
    public const double SameSpeakerOverlap = 0.4;

    /// <summary>Word overlap that links two full quotes when a speaker is unknown.</summary>
    public const double UnknownSpeakerOverlap = 0.7;

    /// <summary>Share of a fragment's content words that must stand in the statement it is a fragment of.</summary>
    public const double FragmentContainment = 0.8;

    /// <summary>Content-word overlap (Jaccard) below which two full quotes are never one statement.</summary>
    public const double ContentOverlap = 0.3;

    /// <summary>Content words an unknown speaker's quote needs to be one with a longer quote that holds all its words.</summary>
    public const int HeldWholeContentWords = 3;

    /// <summary>A fragment this long may also be a reworded quote: it links by overlap as a full quote does.</summary>
    public const int LongFragmentWords = 6;

    /// <summary>Links <paramref name="occurrences"/> into statements, ordered by their first occurrence.</summary>
    public static IReadOnlyList<LinkedStatement> Link(IReadOnlyList<StatementOccurrence> occurrences)
    {
        ArgumentNullException.ThrowIfNull(occurrences);
        var ordered = occurrences
            .OrderBy(o => o.Article, StringComparer.Ordinal).ThenBy(o => o.Quote).ThenBy(o => o.Unit)
            .ToList();
        var groups = new UnionFind(ordered.Count);
        var bridges = new List<(int Known, int Unknown)>();
        var sweep = new SharedWordSweep(ordered, RepeatedWordings.JoinRepeats(ordered, groups, AreSame), groups);
        while (sweep.TryNext(out var i))
        {
            foreach (var (j, shared) in sweep.Candidates(i))
            {
                // Two occurrences already in one group need no comparison when it could only join them; a known and
                // an unknown speaker's pair is a bridge, which groups never hold (they join only after this loop).
                var sameKind = (ordered[i].Speaker is null) == (ordered[j].Speaker is null);
                if (sameKind && groups.Find(i) == groups.Find(j))
                {
                    sweep.PassedOver(shared);
                    continue;
                }

                if (!RepeatedWordings.SameQuote(ordered[i], ordered[j]) && MayBeSame(ordered[i], ordered[j], shared) && AreSame(ordered[i], ordered[j]))
                {
                    if (sameKind)
                    {
                        groups.Union(i, j);
                    }
                    else
                    {
                        bridges.Add(ordered[i].Speaker is null ? (j, i) : (i, j));
                    }
                }
            }
        }

        // Occurrences of unknown speakers join the statement of the one known speaker they match; matching the
        // words of several known speakers, they stay apart rather than join those speakers into one statement.
        foreach (var unknown in bridges.GroupBy(b => groups.Find(b.Unknown)).ToList())
        {
            if (unknown.Select(b => ordered[b.Known].Speaker).Distinct(StringComparer.Ordinal).Count() == 1)
            {
                foreach (var (known, other) in unknown)
                {
                    groups.Union(known, other);
                }
            }
        }

        // Groups that come out with one id (the same speaker and words: a sentence a quote repeats, or fragments too
        // short to link) are one claim by definition; they merge, so that each id names one statement.
        while (true)
        {
            var members = Enumerable.Range(0, ordered.Count).GroupBy(groups.Find).Select(g => g.ToList()).ToList();
            var statements = members.Select(m => ToStatement(m.ConvertAll(i => ordered[i]))).ToList();
            var clashes = members.Select((m, k) => (statements[k].Id, First: m[0])).GroupBy(g => g.Id).Where(g => g.Count() > 1).ToList();
            if (clashes.Count == 0)
            {
                return statements;
            }

            foreach (var clash in clashes)
            {
                foreach (var other in clash.Skip(1))
                {
                    groups.Union(clash.First().First, other.First);
                }
            }
        }
    }

    /// <summary>
    /// What <see cref="Link"/> gives for the occurrences of <paramref name="linked"/> (a result of <see cref="Link"/>)
    /// together with <paramref name="added"/> (none of them among those). Only the statements the additions can reach
    /// are linked again: the importer links a batch a second time after loading a few more claims.
    /// </summary>
    public static IReadOnlyList<LinkedStatement> LinkMore(IReadOnlyList<LinkedStatement> linked, IReadOnlyList<StatementOccurrence> added)
    {
        ArgumentNullException.ThrowIfNull(linked);
        ArgumentNullException.ThrowIfNull(added);
        if (added.Count == 0)
        {
            return linked;
        }

        if (Reached(linked, added) is { } reached)
        {
            var relinked = Link([.. added, .. reached.SelectMany(s => s.Occurrences, (_, o) => o.Occurrence)]);
            var kept = linked.Where(s => !reached.Contains(s)).ToList();
            var ids = kept.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            if (!relinked.Any(s => ids.Contains(s.Id)))
            {
                return [.. kept.Concat(relinked).OrderBy(s => s.Occurrences[0].Occurrence.Article, StringComparer.Ordinal)
                    .ThenBy(s => s.Occurrences[0].Occurrence.Quote).ThenBy(s => s.Occurrences[0].Occurrence.Unit)];
            }
        }

        return Link([.. linked.SelectMany(s => s.Occurrences, (_, o) => o.Occurrence), .. added]);
    }

    /// <summary>
    /// The statements of <paramref name="linked"/> that linking <paramref name="added"/> with them can change: those with
    /// an occurrence that is the same statement as, or has the claim id of, an added occurrence or an occurrence of a
    /// statement reached so far. The others keep their groups, bridges and ids, since nothing links them to the rest.
    /// Null when an added occurrence has no content words: it links to nothing, and may still share an id that no
    /// word leads to.
    /// </summary>
    private static HashSet<LinkedStatement>? Reached(IReadOnlyList<LinkedStatement> linked, IReadOnlyList<StatementOccurrence> added)
    {
        if (added.Any(a => a.ContentWords.Count == 0))
        {
            return null;
        }

        var statementOf = new Dictionary<StatementOccurrence, LinkedStatement>(ReferenceEqualityComparer.Instance);
        var byWord = new Dictionary<string, List<StatementOccurrence>>(StringComparer.Ordinal);
        foreach (var statement in linked)
        {
            foreach (var occurrence in statement.Occurrences.Select(o => o.Occurrence))
            {
                statementOf[occurrence] = statement;
                foreach (var word in occurrence.ContentWords)
                {
                    byWord.Post(word, occurrence);
                }
            }
        }

        var reached = new HashSet<LinkedStatement>(ReferenceEqualityComparer.Instance);
        var pending = new Queue<StatementOccurrence>(added);
        while (pending.TryDequeue(out var a))
        {
            foreach (var e in a.ContentWords.SelectMany(word => byWord.GetValueOrDefault(word) ?? []))
            {
                var statement = statementOf[e];
                var comparable = a.Speaker is null || e.Speaker is null || a.Speaker == e.Speaker;
                if (!reached.Contains(statement) && comparable && (Tidy(a.Wording) == Tidy(e.Wording) || AreSame(a, e)))
                {
                    reached.Add(statement);
                    foreach (var occurrence in statement.Occurrences)
                    {
                        pending.Enqueue(occurrence.Occurrence);
                    }
                }
            }
        }

        return reached;
    }

    /// <summary>
    /// Whether two occurrences sharing <paramref name="shared"/> content words can pass <see cref="AreSame"/>, which
    /// needs them to overlap by <see cref="ContentOverlap"/> or one to stand by <see cref="FragmentContainment"/> in
    /// the other: the same ratios, from the count alone, so most pairs of a speaker's different statements are
    /// ruled out without comparing their words.
    /// </summary>
    private static bool MayBeSame(StatementOccurrence a, StatementOccurrence b, int shared)
    {
        var union = a.ContentWords.Count + b.ContentWords.Count - shared;
        return (double)shared / union >= ContentOverlap
            || (double)shared / a.ContentWords.Count >= FragmentContainment
            || (double)shared / b.ContentWords.Count >= FragmentContainment;
    }

    /// <summary>Whether two occurrences are the same statement: never without a content word in common.</summary>
    public static bool AreSame(StatementOccurrence a, StatementOccurrence b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Speaker is not null && b.Speaker is not null && a.Speaker != b.Speaker)
        {
            return false;
        }

        if (!a.ContentWords.Overlaps(b.ContentWords))
        {
            return false;
        }

        if (IsHeldWhole(a, b) || IsHeldWhole(b, a))
        {
            return true;
        }

        var sameSpeaker = a.Speaker is not null && a.Speaker == b.Speaker;
        var (aFragment, bFragment) = (IsFragmentOf(a, sameSpeaker), IsFragmentOf(b, sameSpeaker));
        if (aFragment || bFragment)
        {
            // Of two fragments, the shorter stands in the other; of two as long, the unknown speaker's, which may be anyone.
            var aStands = aFragment && (!bFragment || a.ContentWords.Count < b.ContentWords.Count
                || (a.ContentWords.Count == b.ContentWords.Count && (a.Speaker is null || b.Speaker is not null)));
            var (fragment, other) = aStands ? (a, b) : (b, a);
            var enough = fragment.ContentWords.Count >= (sameSpeaker ? 2 : 3);
            return enough && (sameSpeaker || fragment.Speaker is null)
                && (Wording.Containment(fragment.ContentWords, other.ContentWords) >= FragmentContainment
                    || (sameSpeaker && fragment.Words.Count >= LongFragmentWords && SharesEnough(fragment, other, SameSpeakerOverlap)));
        }

        return SharesEnough(a, b, sameSpeaker ? SameSpeakerOverlap : UnknownSpeakerOverlap);
    }

    /// <summary>
    /// Whether <paramref name="part"/>, of an unknown speaker, is <paramref name="whole"/>, a known speaker's longer
    /// quote, shortened: all its words stand there in order (a paper quotes a sentence without its speaker, another the
    /// paragraph with them). Too small a share of the whole to overlap it, it is still that speaker's statement when it
    /// is long enough to be nobody else's: <see cref="LongFragmentWords"/> words, <see cref="HeldWholeContentWords"/>
    /// of them content words. Not when the longer quote quotes someone else in turn: the words may be theirs.
    /// </summary>
    private static bool IsHeldWhole(StatementOccurrence part, StatementOccurrence whole) =>
        part.Speaker is null && whole.Speaker is not null
        && part.Words.Count >= LongFragmentWords && part.ContentWords.Count >= HeldWholeContentWords && part.Words.Count < whole.Words.Count
        && Wording.StandsInOrder(part.Words, whole.Words) && !Wording.OpensQuotation(whole.Wording);

    /// <summary>
    /// A fragment, or, for one known speaker, a quote of a few words whole ("‘a noise like a train’" in a heading): too
    /// short to overlap a full quote by share of words, it is that quote's when its content words stand in it.
    /// </summary>
    private static bool IsFragmentOf(StatementOccurrence occurrence, bool sameSpeaker) =>
        occurrence.IsFragment || (sameSpeaker && occurrence.Words.Count < LongFragmentWords);

    /// <summary>Words overlap enough, and so do the content words: function words alone never make two quotes one statement.</summary>
    private static bool SharesEnough(StatementOccurrence a, StatementOccurrence b, double overlap) =>
        Wording.Jaccard(a.ContentWords, b.ContentWords) >= ContentOverlap && Wording.Jaccard(a.WordSet, b.WordSet) >= overlap;

    /// <summary>
    /// Whether a quote with these content words may join a claim with these keywords (the content words of all its
    /// wordings). A full quote joins a full one only sharing <see cref="ContentOverlap"/> of its content words, and a
    /// fragment only standing in it, so the import need look at no other claim; a claim known only from fragments
    /// may be joined by the quote they came from, which shares their words and little more.
    /// </summary>
    public static bool CanJoin(IReadOnlySet<string> contentWords, IReadOnlySet<string> claimKeywords, bool claimIsParaphrase)
    {
        ArgumentNullException.ThrowIfNull(contentWords);
        ArgumentNullException.ThrowIfNull(claimKeywords);
        var shared = contentWords.Count(claimKeywords.Contains);
        return shared > 0 && (claimIsParaphrase || shared >= ContentOverlap * contentWords.Count);
    }

    private static LinkedStatement ToStatement(List<StatementOccurrence> members)
    {
        var full = members.Where(m => !m.IsFragment).ToList();
        var canonical = full.Count > 0 ? ChooseCanonical(full) : members.OrderByDescending(m => m.Words.Count).ThenBy(m => m.Wording, StringComparer.Ordinal).First();
        var speaker = members.Select(m => m.Speaker).FirstOrDefault(s => s is not null);
        var wording = Tidy(canonical.Wording);
        var linked = members.Select(m => Compare(m, canonical)).ToList();
        return new LinkedStatement(NodeIds.Claim(speaker, wording), speaker, wording, full.Count == 0, linked);
    }

    /// <summary>The wording most occurrences share; on a tie, the one closest to all others; then the first in ordinal order.</summary>
    private static StatementOccurrence ChooseCanonical(List<StatementOccurrence> full) =>
        full.GroupBy(m => string.Join(' ', m.Words))
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => full.Sum(other => Wording.Jaccard(g.First().WordSet, other.WordSet)))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .First()
            .OrderBy(m => m.Wording, StringComparer.Ordinal)
            .First();

    /// <summary>
    /// A wording is altered unless its words are the canonical ones or a run of them: an article that quotes only part
    /// of the statement, word for word, keeps its wording, whether or not the quote reads as a fragment.
    /// </summary>
    private static LinkedOccurrence Compare(StatementOccurrence member, StatementOccurrence canonical)
    {
        if (member.Words.SequenceEqual(canonical.Words))
        {
            return new LinkedOccurrence(member, 1.0, Altered: false);
        }

        var excerpt = !canonical.IsFragment && Wording.OccursIn(member.Words, canonical.Words);
        var similarity = excerpt || (member.IsFragment && !canonical.IsFragment)
            ? Wording.Containment(member.WordSet, canonical.WordSet)
            : Wording.Jaccard(member.WordSet, canonical.WordSet);
        return new LinkedOccurrence(member, Math.Round(similarity, 3), Altered: !excerpt);
    }

    /// <summary>A quote cut off by its attribution ends in a comma; as a statement it ends in a full stop.</summary>
    private static string Tidy(string wording)
    {
        var trimmed = wording.Trim().TrimEnd(',', ';', ':', '\u2014', '\u2013', '-').TrimEnd();
        return trimmed.Length > 0 && char.IsLetterOrDigit(trimmed[^1]) ? trimmed + "." : trimmed;
    }
}
