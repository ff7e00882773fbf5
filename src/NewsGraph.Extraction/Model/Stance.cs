namespace NewsGraph.Extraction;

/// <summary>How one statement responds to another.</summary>
public enum Stance
{
    /// <summary>Agrees with or backs the other statement.</summary>
    Supports,
    /// <summary>Denies or contradicts it.</summary>
    Disputes,
    /// <summary>Says it cannot be confirmed.</summary>
    CannotConfirm,
}
