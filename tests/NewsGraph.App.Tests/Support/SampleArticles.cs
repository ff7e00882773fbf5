namespace NewsGraph.App.Tests.Support;

/// <summary>
/// Small articles written for these tests. The two harbour reports come from different outlets and quote the same
/// statement of Henrietta Calloway with one word swapped ("public" and "taxpayers'").
/// </summary>
internal static class SampleArticles
{
    public const string Speaker = "Henrietta Calloway";

    public const string HarbourAp = """
        Harbour council rejects dredging plan

        Published May 2, 2024

        PORTSMOUTH (AP) — The harbour council voted on Tuesday against a plan to dredge the old channel.

        "We will not pour public money into a channel that nobody uses," said Councillor Henrietta Calloway, who chairs the council's finance committee.

        Calloway later added: "The fishing fleet deserves a proper quay before anything else."
        """;

    public const string HarbourReuters = """
        Council turns down channel dredging

        PORTSMOUTH, May 3 (Reuters) - The harbour council has turned down a proposal to dredge the old channel.

        "We will not pour taxpayers' money into a channel that nobody uses," Henrietta Calloway told reporters on Friday.
        """;

    public const string QuayMarkdown = """
        # Fishing fleet waits for a new quay

        Published May 4, 2024

        Skippers in **Portsmouth** say the old quay is crumbling. "The fishing fleet deserves a proper quay before anything else," said Henrietta Calloway, who chairs the council's finance committee.
        """;

    public const string HarbourMasterHtml = """
        <!doctype html>
        <html><head><title>Harbour news | Solent Gazette</title><meta property="og:site_name" content="Solent Gazette"></head>
        <body><nav>Home News Sport</nav>
        <article><h1>Harbour master retires</h1>
        <p>The harbour master, Tunde Okafor, retired on Friday after thirty years.</p>
        <p>"I leave the port in better shape than I found it," Okafor said.</p>
        </article></body></html>
        """;
}
