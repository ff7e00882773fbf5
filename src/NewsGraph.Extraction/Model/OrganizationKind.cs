namespace NewsGraph.Extraction;

/// <summary>The sort of an organization.</summary>
public enum OrganizationKind
{
    /// <summary>Anything not covered by the other kinds.</summary>
    Other,
    /// <summary>A newspaper, broadcaster, news site or news agency.</summary>
    NewsOutlet,
    /// <summary>A government, ministry, agency or legislature.</summary>
    Government,
    /// <summary>An armed force or one of its units.</summary>
    Military,
    /// <summary>A social network or publishing platform.</summary>
    Platform,
    /// <summary>A business.</summary>
    Company,
}
