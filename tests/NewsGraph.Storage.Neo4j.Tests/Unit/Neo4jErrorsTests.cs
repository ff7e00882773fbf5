using NewsGraph.Storage.Neo4j.Http;

namespace NewsGraph.Storage.Neo4j.Tests.Unit;

public sealed class Neo4jErrorsTests
{
    [Theory]
    [InlineData("Neo.ClientError.Security.Unauthorized", false, "the user name or password was rejected")]
    [InlineData("Neo.ClientError.Security.AuthenticationRateLimit", false, "the login was refused after too many failed attempts")]
    [InlineData("Neo.ClientError.Security.CredentialsExpired", false, "the password has expired and must be changed")]
    [InlineData("Neo.ClientError.Security.Forbidden", false, "the user may not do this")]
    [InlineData("Neo.ClientError.Security.TokenExpired", false, "access was refused")]
    [InlineData("Neo.ClientError.Database.DatabaseNotFound", false, "the database does not exist")]
    [InlineData("Neo.ClientError.Schema.ConstraintValidationFailed", false, "the change breaks a constraint")]
    [InlineData("Neo.ClientError.Schema.IndexNotFound", false, "a schema operation was refused")]
    [InlineData("Neo.ClientError.Statement.SyntaxError", false, "a statement was refused")]
    [InlineData("Neo.ClientError.Statement.ParameterMissing", false, "a statement was refused")]
    [InlineData("Neo.ClientError.Transaction.TransactionNotFound", false, "the transaction was refused")]
    [InlineData("Neo.ClientError.Request.InvalidFormat", false, "the request was refused")]
    [InlineData("Neo.TransientError.Transaction.DeadlockDetected", true, "the server reported a transient failure")]
    [InlineData("Neo.TransientError.General.DatabaseUnavailable", true, "the server reported a transient failure")]
    [InlineData("Neo.TransientError.Cluster.NotALeader", true, "the server reported a transient failure")]
    [InlineData("Neo.DatabaseError.General.UnknownError", false, "the database failed")]
    [InlineData("Neo.Future.Something", false, "the server reported a failure")]
    [InlineData("Not.A.Neo4j.Code", false, "the server reported a failure")]
    public void Each_code_maps_by_its_longest_rule(string code, bool transient, string summary)
    {
        var error = Neo4jErrors.ToException(code, "details", new Uri("http://db.test:7474/db/neo4j/tx/commit"));

        Assert.Equal(code, error.Code);
        Assert.Equal(transient, error.IsTransient);
        Assert.Equal($"Neo4j at http://db.test:7474/db/neo4j/tx/commit: {summary} ({code}): details", error.Message);
    }

    [Fact]
    public void The_message_is_one_line_of_bounded_length()
    {
        var serverMessage = "Invalid input 'X':\n  expected whitespace\n\"MATCH X\"\n ^" + new string('x', 2000);

        var error = Neo4jErrors.ToException("Neo.ClientError.Statement.SyntaxError", serverMessage, new Uri("http://db.test/"));

        Assert.DoesNotContain('\n', error.Message);
        Assert.Contains("Invalid input 'X': expected whitespace \"MATCH X\" ^x", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 700);
    }
}
