namespace MemberHub.Web.Features.Dashboard;

/// <summary>One table of the dashboard, as the page draws it and the CSV download writes it.</summary>
public sealed record DashboardTable(string Name, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<object?>> Rows);
