using System.ComponentModel.DataAnnotations;

namespace NewsGraph.Api.Dashboard;

/// <summary>The dashboard page at <c>/dashboard/</c>. Section <c>Dashboard</c>.</summary>
public sealed class DashboardOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Dashboard";

    /// <summary>Whether <c>/dashboard/</c> serves the dashboard. Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The folder holding the dashboard's files. Default: <c>dashboard</c> beside the application, where the build puts them.</summary>
    [Required]
    public string FilesPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "dashboard");
}
