using System.Text;
using System.Text.Encodings.Web;
using MemberHub.Web.Data;
using MemberHub.Web.Features.Questions.Board;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.Bench;

/// <summary>
/// The bare baseline every page figure is measured beside, in the same process and the same run: the same thread and
/// the same list page read from the same database, written as plain markup — no layout, no auth, no components.
/// A page's figure divided by this one is a ratio that machine noise does not move.
/// </summary>
internal sealed class BareBaseline : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
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
            var question = await db.Set<Question>().AsNoTracking().SingleAsync(q => q.Id == id, context.RequestAborted);
            var answers = await db.Set<Answer>().AsNoTracking().Where(a => a.QuestionId == id && !a.IsHidden && !a.IsDeleted)
                .OrderBy(a => a.Id).ToListAsync(context.RequestAborted);
            html.Append("<h1>").Append(encoder.Encode(question.Title)).Append("</h1>").Append(question.BodyHtml);
            foreach (var answer in answers)
            {
                html.Append("<article><p>").Append(answer.Score).Append("</p>").Append(answer.BodyHtml).Append("</article>");
            }
        }
        else
        {
            // The list: a tag's newest questions, one page of twenty, as the board's list reads them.
            var tag = context.Request.Query["tag"].ToString();
            var page = int.TryParse(context.Request.Query["page"], out var p) ? Math.Max(0, p - 1) : 0;
            var tagId = await db.Set<MemberHub.Web.Features.Questions.Tags.QuestionTag>().Where(t => t.Slug == tag).Select(t => t.Id).FirstOrDefaultAsync(context.RequestAborted);
            var ids = await db.Set<QuestionTagLink>().Where(l => l.TagId == tagId && l.IsListed).OrderByDescending(l => l.QuestionId)
                .Skip(page * QuestionReader.PageSize).Take(QuestionReader.PageSize).Select(l => l.QuestionId).ToListAsync(context.RequestAborted);
            var rows = await db.Set<Question>().AsNoTracking().Where(q => ids.Contains(q.Id)).OrderByDescending(q => q.Id)
                .Select(q => new { q.Id, q.Title, q.Score, q.AnswerCount }).ToListAsync(context.RequestAborted);
            html.Append("<ul>");
            foreach (var row in rows)
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
