using GraphQL;

namespace NewsGraph.Api.Http;

/// <summary>One GraphQL-over-HTTP request's parameters.</summary>
/// <param name="Query">The document text, or null when the request had none.</param>
/// <param name="OperationName">The operation to run, or null.</param>
/// <param name="Variables">The variable values, or null.</param>
/// <param name="Extensions">The extensions map, or null.</param>
internal sealed record GraphQLRequest(string? Query, string? OperationName, Inputs? Variables, Inputs? Extensions);
