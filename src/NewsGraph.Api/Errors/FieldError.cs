using System.Text;
using GraphQL;

namespace NewsGraph.Api.Errors;

/// <summary>An error of one field while the document runs. The class name gives the <c>extensions.code</c>.</summary>
public abstract class FieldError : ExecutionError
{
    /// <summary>Creates the error.</summary>
    protected FieldError(string message) : base(message)
    {
        Code = CodeOf(GetType().Name);
    }

    /// <summary>The code of an error class: <c>PageSizeTooLargeError</c> gives <c>PAGE_SIZE_TOO_LARGE</c>.</summary>
    private static string CodeOf(string typeName)
    {
        var name = typeName.EndsWith("Error", StringComparison.Ordinal) ? typeName[..^"Error".Length] : typeName;
        var code = new StringBuilder(name.Length + 8);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && code.Length > 0)
            {
                code.Append('_');
            }

            code.Append(char.ToUpperInvariant(c));
        }

        return code.ToString();
    }
}
