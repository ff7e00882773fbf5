using GraphQL;
using NewsGraph.Api.Errors;

namespace NewsGraph.Api.Schema.Paging;

/// <summary>A list field's <c>first</c> and <c>after</c>, checked against the page-size limit.</summary>
/// <param name="First">How many items.</param>
/// <param name="After">The cursor to continue after, or null.</param>
internal sealed record PageRequest(int First, string? After)
{
    /// <summary>Reads <c>first</c> and <c>after</c> of the field.</summary>
    /// <exception cref="PageSizeTooLargeError">first is over the limit.</exception>
    /// <exception cref="InvalidArgumentError">first is negative.</exception>
    public static PageRequest From(IResolveFieldContext context) =>
        new(CheckedSize(context, "first", context.GetArgument<int?>("first") ?? 20), context.GetArgument<string?>("after"));

    /// <summary>Checks a size argument against the page-size limit and returns it.</summary>
    public static int CheckedSize(IResolveFieldContext context, string argument, int size)
    {
        var max = context.Limits().MaxPageSize;
        if (size < 0)
        {
            throw new InvalidArgumentError($"`{argument}` must not be negative; got {size}.");
        }

        return size <= max ? size : throw new PageSizeTooLargeError($"`{argument}` must be at most {max}; got {size}.");
    }
}
