using GraphQL.Validation.Complexity;
using NewsGraph.Api.Errors;

namespace NewsGraph.Api.Schema;

/// <summary>Replaces the analyzer's generic complexity error with one whose code says which limit was hit.</summary>
internal static class ComplexityLimits
{
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
