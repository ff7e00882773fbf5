using GraphQL.Validation;
using GraphQLParser.AST;
using NewsGraph.Api.Errors;

namespace NewsGraph.Api.Http;

/// <summary>Mutations need the configured API key: 401 without the header, 403 with a wrong one.</summary>
internal sealed class MutationApiKeyRule : ValidationRuleBase
{
    /// <inheritdoc />
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation == OperationType.Mutation)
        {
            // A context that did not come through the endpoint carries no key.
            var user = context.UserContext as RequestUserContext;
            var header = user?.ApiKeyHeader ?? "API key";
            switch (user?.ApiKey ?? ApiKeyStatus.Missing)
            {
                case ApiKeyStatus.Missing:
                    context.ReportError(new ApiKeyRequiredError($"Mutations need an API key in the {header} header."));
                    break;
                case ApiKeyStatus.Wrong:
                    context.ReportError(new ApiKeyInvalidError($"The API key in the {header} header is not valid."));
                    break;
            }
        }

        return default;
    }
}
