namespace NewsGraph.App.Reports;

/// <summary>Writes an <see cref="ExtractionReport"/> as a summary for people to read.</summary>
internal static class TextReportWriter
{
    public static async Task WriteAsync(ExtractionReport report, TextWriter output, CancellationToken cancellationToken)
    {
        foreach (var article in report.Articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await output.WriteLineAsync($"== {article.File}").ConfigureAwait(false);
            await output.WriteLineAsync($"   title:     {article.Title ?? "-"}").ConfigureAwait(false);
            await output.WriteLineAsync($"   outlet:    {article.Outlet ?? "-"}    published: {article.PublishedAt ?? "-"}    words: {article.WordCount}").ConfigureAwait(false);
            if (article.Credits.Count > 0)
            {
                await output.WriteLineAsync($"   credits:   {string.Join(", ", article.Credits)}").ConfigureAwait(false);
            }

            await output.WriteLineAsync($"   people:    {string.Join("; ", article.People.Select(Person))}").ConfigureAwait(false);
            await output.WriteLineAsync($"   orgs:      {string.Join("; ", article.Organizations.Select(o => o.Name))}").ConfigureAwait(false);
            await output.WriteLineAsync($"   places:    {string.Join("; ", article.Places.Select(p => p.Name))}").ConfigureAwait(false);
            foreach (var quote in article.Quotes)
            {
                var where = quote.Channel is null ? "" : $" [{quote.Channel}]";
                var response = quote.Response is null ? "" : $" ({quote.Response.Stance} #{quote.Response.Quote})";
                await output.WriteLineAsync($"   - {quote.Speaker ?? "(unattributed)"}{where}{response}: \u201C{quote.Text}\u201D").ConfigureAwait(false);
            }

            await output.WriteLineAsync().ConfigureAwait(false);
        }

        var shared = report.Statements.Where(s => s.Articles.Count > 1).ToList();
        await output.WriteLineAsync($"== {shared.Count} statements relayed by more than one article").ConfigureAwait(false);
        foreach (var statement in shared)
        {
            await output.WriteLineAsync($"   {statement.Speaker ?? "(unknown)"}: \u201C{statement.Canonical}\u201D").ConfigureAwait(false);
            await output.WriteLineAsync($"      relayed by {string.Join(", ", statement.Articles)}").ConfigureAwait(false);
        }
    }

    private static string Person(PersonReport person) =>
        person.Roles.Count == 0 ? person.Name : $"{person.Name} ({string.Join(", ", person.Roles.Select(r => r.Organization is null ? r.Title : $"{r.Title}, {r.Organization}"))})";
}
