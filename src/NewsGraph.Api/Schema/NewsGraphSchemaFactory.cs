using GraphQL.Types;
using NewsGraph.Api.Schema.Resolvers;

namespace NewsGraph.Api.Schema;

/// <summary>Builds the served schema from the schema file and the resolvers.</summary>
internal static class NewsGraphSchemaFactory
{
    private static readonly ITypeResolvers[] Resolvers =
    [
        new QueryResolvers(), new MutationResolvers(), new ArticleResolvers(), new PersonResolvers(),
        new OrganizationResolvers(), new PlaceResolvers(), new AnonymousSourceResolvers(), new ClaimResolvers(),
        new RelayResolvers(), new ResponseResolvers(), new RoleResolvers(), new MentionResolvers(),
        new CoMentionResolvers(), new EdgeResolvers(), new StatsResolvers(), new ImportArticlePayloadResolvers(),
        new DashboardQueryResolvers(), new RelayGroupResolvers(), new ClaimRelaysResolvers(), new PropagationResolvers(),
        new PropagationRelayResolvers(),
    ];

    /// <summary>The schema, with <paramref name="services"/> as its service provider.</summary>
    public static ISchema Create(IServiceProvider services) =>
        GraphQL.Types.Schema.For(SchemaDefinition.Sdl, builder =>
        {
            builder.ServiceProvider = services;
            foreach (var resolvers in Resolvers)
            {
                resolvers.Configure(builder.Types.For(resolvers.TypeName));
            }
        });
}
