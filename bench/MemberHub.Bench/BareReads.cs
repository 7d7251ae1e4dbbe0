using MemberHub.Web.Data;
using MemberHub.Web.Features.Questions.Board;
using MemberHub.Web.Features.Questions.Tags;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Bench;

/// <summary>What both bare baselines read: a thread with its visible answers, and one page of a tag's newest questions.</summary>
internal static class BareReads
{
    public sealed record Thread(string Title, string BodyHtml, IReadOnlyList<(int Score, string BodyHtml)> Answers);

    public sealed record Row(int Id, string Title, int Score, int AnswerCount);

    public static async Task<Thread> ThreadAsync(AppDbContext db, int id, CancellationToken cancel)
    {
        var question = await db.Set<Question>().AsNoTracking().SingleAsync(q => q.Id == id, cancel);
        var answers = await db.Set<Answer>().AsNoTracking().Where(a => a.QuestionId == id && !a.IsHidden && !a.IsDeleted)
            .OrderBy(a => a.Id).Select(a => new { a.Score, a.BodyHtml }).ToListAsync(cancel);
        return new Thread(question.Title, question.BodyHtml, answers.Select(a => (a.Score, a.BodyHtml)).ToList());
    }

    public static async Task<List<Row>> ListPageAsync(AppDbContext db, string tag, int page, CancellationToken cancel)
    {
        var tagId = await db.Set<QuestionTag>().Where(t => t.Slug == tag).Select(t => t.Id).FirstOrDefaultAsync(cancel);
        var ids = await db.Set<QuestionTagLink>().Where(l => l.TagId == tagId && l.IsListed).OrderByDescending(l => l.QuestionId)
            .Skip(Math.Max(0, page - 1) * QuestionReader.PageSize).Take(QuestionReader.PageSize).Select(l => l.QuestionId).ToListAsync(cancel);
        return await db.Set<Question>().AsNoTracking().Where(q => ids.Contains(q.Id)).OrderByDescending(q => q.Id)
            .Select(q => new Row(q.Id, q.Title, q.Score, q.AnswerCount)).ToListAsync(cancel);
    }
}
