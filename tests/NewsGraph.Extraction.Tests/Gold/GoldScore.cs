namespace NewsGraph.Extraction.Tests.Gold;

/// <summary>Extraction figures against a gold file, computed as the project's scorer computes them.</summary>
public sealed record GoldScore(double PeopleF1, double OrganizationsF1, double PlacesF1, double QuoteF1, double SpeakerAccuracy)
{
    public override string ToString() =>
        $"people {PeopleF1:F3}, organizations {OrganizationsF1:F3}, places {PlacesF1:F3}, quotes {QuoteF1:F3}, speakers {SpeakerAccuracy:F3}";
}
