namespace NewsGraph.Extraction.Knowledge;

/// <summary>The part a word plays in a title before or after a name.</summary>
internal enum TitleWordKind
{
    /// <summary>Mr., Dr., Sir: dropped from names, not a role.</summary>
    Honorific,
    /// <summary>Military or police rank (Gen., Lt. Col.).</summary>
    Rank,
    /// <summary>Service branch that prefixes a rank (Army, Navy).</summary>
    Service,
    /// <summary>A public office (President, Minister, Senator).</summary>
    Office,
    /// <summary>A job (spokesperson, columnist, founder).</summary>
    Role,
    /// <summary>A word that qualifies a title (chief, deputy, foreign, defense).</summary>
    Modifier,
}
