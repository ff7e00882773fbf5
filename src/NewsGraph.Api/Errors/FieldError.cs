using GraphQL;
using GraphQL.Execution;

namespace NewsGraph.Api.Errors;

/// <summary>An error of one field while the document runs. The class name gives the <c>extensions.code</c>.</summary>
public abstract class FieldError : ExecutionError
{
    /// <summary>Creates the error.</summary>
    protected FieldError(string message) : base(message)
    {
        Code = ErrorInfoProvider.GetErrorCode(GetType());
    }
}
