namespace MemberHub.Web.Features.Dashboard;

/// <summary>
/// One table of the dashboard, as the page draws it and the CSV download writes it; a long list read for the page holds
/// only its first rows, and <see cref="Total"/> says how many there are.
/// </summary>
public sealed record DashboardTable(string Name, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<object?>> Rows, int? Total = null)
{
    public int Count => Total ?? Rows.Count;
}
