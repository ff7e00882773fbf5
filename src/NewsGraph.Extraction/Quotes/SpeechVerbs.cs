using System.Collections.Frozen;

namespace NewsGraph.Extraction.Quotes;

/// <summary>Verbs that attribute words to a speaker, in the forms news prose uses.</summary>
internal static class SpeechVerbs
{
    private static readonly FrozenSet<string> Verbs = FrozenSet.ToFrozenSet(
    [
        "say", "says", "said", "reads", "tell", "tells", "told", "write", "writes", "wrote", "post", "posts", "posted",
        "tweet", "tweets", "tweeted", "add", "adds", "added", "note", "notes", "noted", "state", "states", "stated",
        "explain", "explains", "explained", "continue", "continues", "continued", "ask", "asks", "asked", "reply",
        "replies", "replied", "respond", "responds", "responded", "insist", "insists", "insisted", "argue", "argues",
        "argued", "claim", "claims", "claimed", "warn", "warns", "warned", "declare", "declares", "declared",
        "announce", "announces", "announced", "emphasize", "emphasizes", "emphasized", "emphasise", "emphasises",
        "emphasised", "stress", "stresses", "stressed", "acknowledge", "acknowledges", "acknowledged", "admit",
        "admits", "admitted", "concede", "concedes", "conceded", "confirm", "confirms", "confirmed", "deny",
        "denies", "denied", "recall", "recalls", "recalled", "remark", "remarks", "remarked", "observe", "observes",
        "observed", "comment", "comments", "commented", "suggest", "suggests", "suggested", "quip", "quips",
        "quipped", "joke", "jokes", "joked", "conclude", "concludes", "concluded", "report", "reports", "reported",
        "promise", "promises", "promised", "vow", "vows", "vowed", "pledge", "pledges", "pledged", "urge", "urges",
        "urged", "caution", "cautions", "cautioned", "counter", "counters", "countered", "shout", "shouted", "yell",
        "yelled", "whisper", "whispered", "wonder", "wonders", "wondered", "complain", "complains", "complained",
        "predict", "predicts", "predicted", "maintain", "maintains", "maintained", "contend", "contends",
        "contended", "allege", "alleges", "alleged", "testify", "testifies", "testified", "text", "texted", "email", "emails", "emailed",
        "message", "messaged", "email", "emailed", "recount", "recounts", "recounted", "muse", "mused", "boast",
        "boasted", "agree", "agrees", "agreed", "elaborate", "elaborated", "cite", "cites", "cited", "citing", "call",
        "calls", "called", "describe", "describes", "described", "dub", "dubbed", "label", "labelled", "labeled",
        "brand", "branded", "accuse", "accused", "reiterate", "reiterated", "assert", "asserted", "announce",
        "proclaim", "proclaimed", "thunder", "thundered", "retort", "retorted", "sigh", "sighed", "laugh", "laughed",
        "repeat", "repeats", "repeated", "reply", "write", "insisting", "answered", "answer", "answers", "recalling",
        "remind", "reminds", "reminded", "press", "presses", "pressed", "plead", "pleaded", "demand", "demands", "demanded",
        "advise", "advised", "estimate", "estimates", "estimated", "question", "questioned", "testify", "describes",
        "saying", "telling", "writing", "adding", "noting", "stating", "arguing", "warning", "insisting",
        "explaining", "calling", "describing",
        "fume", "fumes", "fumed", "blast", "blasts", "blasted", "sob", "sobs", "sobbed", "rage", "rages", "raged", "gush",
        "gushes", "gushed", "beam", "beams", "beamed", "snap", "snaps", "snapped", "roar", "roars", "roared", "bellow",
        "bellowed", "moan", "moans", "moaned", "grumble", "grumbles", "grumbled", "groan", "groaned", "seethe", "seethed",
        "scoff", "scoffed", "rave", "raved", "enthuse", "enthused", "hiss", "hissed", "growl", "growled", "bark", "barked",
        "wail", "wailed", "exclaim", "exclaimed", "lament", "laments", "lamented", "vent", "vented", "chant", "chants",
        "chanted", "blurt", "blurted", "quipping", "fuming", "blasting", "claiming",
        "object", "objects", "objected", "objecting", "interject", "interjects", "interjected", "ruled",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs whose next words name the audience or channel ("told Reuters").</summary>
    private static readonly FrozenSet<string> TellVerbs = FrozenSet.ToFrozenSet(
        ["tell", "tells", "told", "telling"], StringComparer.OrdinalIgnoreCase);

    public static bool IsSpeechVerb(string word) => Verbs.Contains(word);

    public static bool IsTellVerb(string word) => TellVerbs.Contains(word);
}
