using GraphQL.Validation;
using GraphQLParser.AST;
using NewsGraph.Api.Errors;

namespace NewsGraph.Api.Http;

/// <summary>GET may run queries only: a mutation over GET is refused with 405 (GraphQL-over-HTTP).</summary>
internal sealed class HttpGetValidationRule : ValidationRuleBase
{
    /// <summary>The rule.</summary>
    public static readonly HttpGetValidationRule Instance = new();

    /// <inheritdoc />
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation != OperationType.Query)
        {
            context.ReportError(new HttpMethodValidationError(
                $"Only query operations can be sent over GET; send this {context.Operation.Operation.ToString().ToLowerInvariant()} with POST."));
        }

        return default;
    }
}
