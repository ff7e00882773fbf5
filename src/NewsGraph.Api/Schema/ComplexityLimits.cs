using GraphQL.Validation.Complexity;
using NewsGraph.Api.Errors;

namespace NewsGraph.Api.Schema;

/// <summary>
/// Tunes the complexity analyzer: introspection costs nothing, and the analyzer's generic error becomes one whose
/// code says which limit was hit.
/// </summary>
internal static class ComplexityLimits
{
    /// <summary>
    /// Wraps the analyzer's default field impact so that an introspection field (<c>__schema</c>, <c>__type</c>,
    /// <c>__typename</c>) and everything under it cost zero: their size follows the schema, not the data, and an
    /// IDE's full introspection query would otherwise score far above any limit a data query needs.
    /// </summary>
    public static Func<FieldImpactContext, FieldComplexityResult> FreeIntrospection(Func<FieldImpactContext, FieldComplexityResult> dataFieldImpact) =>
        context => context.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal)
            ? new FieldComplexityResult(0, 0)
            : dataFieldImpact(context);

    /// <summary>The <see cref="ComplexityOptions.ValidateComplexityDelegate"/>.</summary>
    public static Task Validate(ComplexityValidationContext context)
    {
        var limits = context.Configuration;
        if (context.MaxDepth > limits.MaxDepth)
        {
            context.Error = new QueryTooDeepError($"The document is nested {context.MaxDepth} levels deep; the limit is {limits.MaxDepth}.");
        }
        else if (context.TotalImpact > limits.MaxComplexity)
        {
            context.Error = new QueryTooComplexError(
                $"The document's estimated cost is {context.TotalImpact:0}; the limit is {limits.MaxComplexity}. Ask for smaller pages or fewer nested lists.");
        }

        return Task.CompletedTask;
    }
}
