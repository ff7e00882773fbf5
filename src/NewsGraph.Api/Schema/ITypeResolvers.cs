using GraphQL.Utilities;

namespace NewsGraph.Api.Schema;

/// <summary>The resolvers of one type of the schema file.</summary>
internal interface ITypeResolvers
{
    /// <summary>The GraphQL type these resolvers serve.</summary>
    string TypeName { get; }

    /// <summary>Sets the field resolvers (and, for object types, how to recognize a source object).</summary>
    void Configure(TypeConfig type);
}
