using System.Text;
using System.Text.Encodings.Web;
using MemberHub.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.Bench;

/// <summary>
/// The bare baselines every page figure is measured beside, in the same process and the same run: the same thread and
/// the same list page read from the same database with no layout, no auth and no component library.
/// <list type="bullet">
/// <item><c>/bare/questions/…</c>: plain markup written to the response (the floor of this machine).</item>
/// <item><c>/bare/blazor/questions/…</c>: a bare Blazor page with the same plain markup, prerendered with
/// interactive-server markers — the baseline issue 12 was measured against.</item>
/// </list>
/// A page's figure divided by one of these is a ratio that machine noise does not move.
/// </summary>
internal sealed class BareBaseline : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Map("/bare/blazor", branch =>
        {
            branch.UseRouting();
            branch.UseAntiforgery();
            branch.UseEndpoints(endpoints =>
            {
                endpoints.MapGet("/questions/{id:int}", (int id) => new RazorComponentResult<BareThreadPage>(new { Id = id }));
                endpoints.MapGet("/questions", (string? tag, int? page) =>
                    new RazorComponentResult<BareListPage>(new { Tag = tag ?? "", Page = page ?? 1 }));
            });
        });
        app.Map("/bare/questions", branch => branch.Run(RenderAsync));
        next(app);
    };

    private static async Task RenderAsync(HttpContext context)
    {
        var db = await context.RequestServices.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(context.RequestAborted);
        await using var _ = db;
        var html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>bare</title></head><body>");
        var encoder = HtmlEncoder.Default;
        if (int.TryParse(context.Request.Path.Value?.Trim('/'), out var id))
        {
            var thread = await BareReads.ThreadAsync(db, id, context.RequestAborted);
            html.Append("<h1>").Append(encoder.Encode(thread.Title)).Append("</h1>").Append(thread.BodyHtml);
            foreach (var (score, body) in thread.Answers)
            {
                html.Append("<article><p>").Append(score).Append("</p>").Append(body).Append("</article>");
            }
        }
        else
        {
            var page = int.TryParse(context.Request.Query["page"], out var p) ? p : 1;
            html.Append("<ul>");
            foreach (var row in await BareReads.ListPageAsync(db, context.Request.Query["tag"].ToString(), page, context.RequestAborted))
            {
                html.Append("<li><a href=\"/questions/").Append(row.Id).Append("\">").Append(encoder.Encode(row.Title)).Append("</a> ")
                    .Append(row.Score).Append(' ').Append(row.AnswerCount).Append("</li>");
            }
            html.Append("</ul>");
        }
        html.Append("</body></html>");
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(html.ToString(), context.RequestAborted);
    }
}
