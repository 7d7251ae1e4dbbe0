using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Dashboard.Revenue;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Dashboard;

public static class DashboardSetup
{
    public static WebApplicationBuilder AddDashboard(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<RevenueReport>();
        builder.Services.AddSingleton<Experts.ExpertsReport>();
        builder.Services.AddSingleton<Use.UseReport>();
        builder.Services.AddSingleton<Engagement.EngagementReport>();
        builder.Services.AddSingleton<Funnel.FunnelReport>();
        builder.Services.AddSingleton<Lifecycle.LifecycleReport>();
        builder.Services.AddSingleton<Seasons.SeasonReport>();
        builder.Services.AddSingleton<Referrals.ReferralReport>();
        builder.Services.AddSingleton<DashboardTables>();
        return builder;
    }

    public static WebApplication MapDashboard(this WebApplication app)
    {
        // Every dashboard table downloads as CSV for the same range the page shows; the report checks the Owner again.
        app.MapGet("/owner/dashboard/{table}.csv", async (string table, string? from, string? to, string? bucket, HttpContext http,
            DashboardTables tables, TimeProvider clock, IStringLocalizer<DashboardText> text) =>
        {
            if (!DashboardTables.Exists(table))
            {
                return Results.Problem(text["Csv.UnknownTable", table], statusCode: StatusCodes.Status404NotFound);
            }
            var range = ReportRange.Parse(from, to, bucket, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), text);
            if (!range.Succeeded)
            {
                return Results.Problem(range.Error, statusCode: StatusCodes.Status400BadRequest);
            }
            var found = await tables.FindAsync(table, http.User.UserId(), range.Value!, http.RequestAborted);
            if (!found.Succeeded)
            {
                return Results.Problem(found.Error, statusCode: StatusCodes.Status403Forbidden);
            }
            var name = $"{table}-{range.Value!.From:yyyy-MM-dd}-{range.Value.To:yyyy-MM-dd}.csv";
            // A byte-order mark, so spreadsheet programs read Chinese names as UTF-8.
            var csv = Csv.Of(found.Value!.Header, found.Value.Rows);
            return Results.File([.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(csv)], "text/csv; charset=utf-8", name);
        }).RequireAuthorization(AppPolicies.OwnerOnly);
        return app;
    }
}
