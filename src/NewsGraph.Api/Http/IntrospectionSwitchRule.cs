using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.Options;
using NewsGraph.Api.Hosting;

namespace NewsGraph.Api.Http;

/// <summary>Refuses introspection when <see cref="ApiOptions.EnableIntrospection"/> is off.</summary>
internal sealed class IntrospectionSwitchRule(IOptions<ApiOptions> options) : ValidationRuleBase
{
    /// <inheritdoc />
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        options.Value.EnableIntrospection ? default : NoIntrospectionValidationRule.Instance.GetPreNodeVisitorAsync(context);
}
