using System.Security.Cryptography;
using System.Text;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using NewsGraph.Api.Errors;
using NewsGraph.Api.Hosting;

namespace NewsGraph.Api.Http;

/// <summary>
/// NewsGraph's GraphQL-over-HTTP endpoint: GET (queries only) and POST, response type negotiated from Accept,
/// the spec's status codes, a browser's page request sent on to the IDE, limits on size and time.
/// </summary>
internal sealed class GraphQLHttpEndpoint(
    IDocumentExecuter<ISchema> executer,
    IGraphQLTextSerializer serializer,
    GraphQLRequestReader reader,
    IOptions<ApiOptions> apiOptions,
    IOptions<ApiLimitsOptions> limitsOptions,
    ILogger<GraphQLHttpEndpoint> logger)
{
    private static readonly IValidationRule[] GetRules = [.. DocumentValidator.CoreRules, HttpGetValidationRule.Instance];

    /// <summary>Answers one request to the endpoint.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if (isGet && !request.Query.ContainsKey("query") && !request.Query.ContainsKey("extensions") && ResponseMediaType.WantsHtml(request))
        {
            context.Response.Redirect(request.PathBase + request.Path + "/");
            return;
        }

        var mediaType = ResponseMediaType.Negotiate(request);
        try
        {
            CheckRequest(request, isGet, mediaType);
            var graphQLRequest = isGet
                ? reader.ReadGet(request.Query)
                : await reader.ReadPostAsync(request, limitsOptions.Value.MaxRequestBytes, context.RequestAborted);
            if (string.IsNullOrWhiteSpace(graphQLRequest.Query) && !AutomaticPersistedQueries.IsRequested(graphQLRequest.Extensions))
            {
                throw new QueryMissingError("The request has no `query`; send the GraphQL document in `query`.");
            }

            var result = await ExecuteAsync(context, graphQLRequest, isGet);
            await WriteAsync(context, result, mediaType!, StatusOf(result, mediaType!));
        }
        catch (TransportError error) when (!context.RequestAborted.IsCancellationRequested)
        {
            Log.RequestRefused(logger, error.PreferredStatusCode, error.Code, error.Message);
            if (error is MethodNotAllowedError)
            {
                context.Response.Headers.Allow = "GET, POST";
            }

            await WriteAsync(context, new ExecutionResult { Errors = [error] }, mediaType ?? MediaTypes.Json, error.PreferredStatusCode);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away: nobody is left to answer.
        }
    }

    private void CheckRequest(HttpRequest request, bool isGet, string? mediaType)
    {
        if (!isGet && !HttpMethods.IsPost(request.Method))
        {
            throw new MethodNotAllowedError($"The GraphQL endpoint answers GET and POST, not {request.Method}.");
        }

        if (mediaType is null)
        {
            throw new NotAcceptableError($"The endpoint answers with {MediaTypes.GraphQLResponseJson} or {MediaTypes.Json}; the Accept header allows neither.");
        }

        if (!PassesCsrfCheck(request, isGet))
        {
            throw new CsrfProtectionError(
                $"This request could have been sent cross-site by a browser. Send Content-Type {MediaTypes.Json}, or a non-empty GraphQL-Require-Preflight header.");
        }
    }

    /// <summary>
    /// A browser sends a cross-site request without a CORS preflight only with a "simple" content type (or none, for
    /// GET). Such requests must show a preflight header; GET is exempt unless configured, since it only reads.
    /// </summary>
    private bool PassesCsrfCheck(HttpRequest request, bool isGet)
    {
        if (!string.IsNullOrEmpty(request.Headers["GraphQL-Require-Preflight"]))
        {
            return true;
        }

        if (isGet)
        {
            return !apiOptions.Value.RequirePreflightHeaderOnGet;
        }

        return MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            && !MediaTypes.CorsSimple.Contains(contentType.MediaType.Value, StringComparer.OrdinalIgnoreCase);
    }

    private async Task<ExecutionResult> ExecuteAsync(HttpContext context, GraphQLRequest request, bool isGet)
    {
        var limits = limitsOptions.Value;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timeout.CancelAfter(limits.ExecutionTimeout);
        try
        {
            return await executer.ExecuteAsync(new ExecutionOptions
            {
                Query = request.Query,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                RequestServices = context.RequestServices,
                User = context.User,
                UserContext = new RequestUserContext(ApiKeyOf(context.Request), apiOptions.Value.ApiKeyHeader, context.RequestServices),
                ValidationRules = isGet ? GetRules : null,
                CancellationToken = timeout.Token,
            });
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested)
        {
            Log.ExecutionTimedOut(logger, request.OperationName, limits.ExecutionTimeout);
            throw new ExecutionTimeoutError($"The operation ran longer than the limit of {limits.ExecutionTimeout.TotalSeconds:0.###} seconds.");
        }
    }

    private ApiKeyStatus ApiKeyOf(HttpRequest request)
    {
        var sent = request.Headers[apiOptions.Value.ApiKeyHeader].ToString();
        if (sent.Length == 0)
        {
            return ApiKeyStatus.Missing;
        }

        var configured = apiOptions.Value.ApiKey;
        return !string.IsNullOrEmpty(configured)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent), Encoding.UTF8.GetBytes(configured))
            ? ApiKeyStatus.Valid
            : ApiKeyStatus.Wrong;
    }

    /// <summary>
    /// 200 once the document executed. Before that: 405 for a mutation over GET, whatever else is wrong; the status
    /// every error prefers, when they agree (401, 403); otherwise 400 for <c>application/graphql-response+json</c> and
    /// 200 for <c>application/json</c>, as the spec says.
    /// </summary>
    private static int StatusOf(ExecutionResult result, string mediaType)
    {
        if (result.Executed)
        {
            return StatusCodes.Status200OK;
        }

        if (result.Errors?.OfType<HttpMethodValidationError>().Any() == true)
        {
            return StatusCodes.Status405MethodNotAllowed;
        }

        var preferred = result.Errors?.Select(error => (error as IHasPreferredStatusCode)?.PreferredStatusCode).Distinct().ToList();
        if (preferred is [int status])
        {
            return status;
        }

        return mediaType == MediaTypes.GraphQLResponseJson ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
    }

    private async Task WriteAsync(HttpContext context, ExecutionResult result, string mediaType, int status)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }
}
