namespace MemberHub.Web.Features.Dashboard;

/// <summary>Marker for the dashboard's strings (DashboardText.resx, DashboardText.zh-Hans.resx).</summary>
public sealed class DashboardText;
