using MemberHub.Web.Data;
using MemberHub.Web.Features.Community.Moderation;
using MemberHub.Web.Features.Questions.Search;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Questions.Board;

// Reports and hiding for questions, answers and comments go through the community's one moderation queue.
// A hidden post also leaves search, and comes back when restored.

internal sealed class QuestionModeration(IQuestionSearch search, QuestionEvents events) : IModeratedContent
{
    public string Kind => PostKinds.Question;

    public async Task<ModeratedItem?> FindAsync(AppDbContext db, int id, CancellationToken cancellationToken) =>
        await db.Set<Question>().AsNoTracking().Where(q => q.Id == id)
            .Select(q => new ModeratedItem(PostKinds.Question, q.Id, q.AuthorId, "<h3>" + System.Net.WebUtility.HtmlEncode(q.Title) + "</h3>" + q.BodyHtml, "/questions/" + q.Id, q.IsHidden))
            .SingleOrDefaultAsync(cancellationToken);

    public async Task<bool> SetHiddenAsync(AppDbContext db, int id, bool hidden, CancellationToken cancellationToken)
    {
        var question = await db.Set<Question>().Include(q => q.Tags).SingleOrDefaultAsync(q => q.Id == id, cancellationToken);
        if (question is null)
        {
            return false;
        }
        question.IsHidden = hidden;
        question.SyncListing();
        if (hidden || question.IsDeleted)
        {
            await search.RemoveAsync(db, Kind, id, cancellationToken);
        }
        else
        {
            await search.IndexAsync(db, question.ToSearchDocument(), cancellationToken);
        }
        events.Raise(id);
        return true;
    }
}

internal sealed class AnswerModeration(IQuestionSearch search, QuestionEvents events) : IModeratedContent
{
    public string Kind => PostKinds.Answer;

    public async Task<ModeratedItem?> FindAsync(AppDbContext db, int id, CancellationToken cancellationToken) =>
        await db.Set<Answer>().AsNoTracking().Where(a => a.Id == id)
            .Select(a => new ModeratedItem(PostKinds.Answer, a.Id, a.AuthorId, a.BodyHtml, "/questions/" + a.QuestionId, a.IsHidden))
            .SingleOrDefaultAsync(cancellationToken);

    public async Task<bool> SetHiddenAsync(AppDbContext db, int id, bool hidden, CancellationToken cancellationToken)
    {
        var answer = await db.Set<Answer>().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (answer is null)
        {
            return false;
        }
        answer.IsHidden = hidden;
        if (hidden || answer.IsDeleted)
        {
            await search.RemoveAsync(db, Kind, id, cancellationToken);
        }
        else
        {
            await search.IndexAsync(db, answer.ToSearchDocument(), cancellationToken);
        }
        events.Raise(answer.QuestionId);
        return true;
    }
}

internal sealed class CommentModeration(QuestionEvents events) : IModeratedContent
{
    public string Kind => PostKinds.Comment;

    public async Task<ModeratedItem?> FindAsync(AppDbContext db, int id, CancellationToken cancellationToken) =>
        await db.Set<AnswerComment>().AsNoTracking().Where(c => c.Id == id)
            .Select(c => new ModeratedItem(PostKinds.Comment, c.Id, c.AuthorId, c.BodyHtml,
                "/questions/" + db.Set<Answer>().Where(a => a.Id == c.AnswerId).Select(a => a.QuestionId).First(), c.IsHidden))
            .SingleOrDefaultAsync(cancellationToken);

    public async Task<bool> SetHiddenAsync(AppDbContext db, int id, bool hidden, CancellationToken cancellationToken)
    {
        var comment = await db.Set<AnswerComment>().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (comment is null)
        {
            return false;
        }
        comment.IsHidden = hidden;
        events.Raise(await db.Set<Answer>().Where(a => a.Id == comment.AnswerId).Select(a => a.QuestionId).SingleAsync(cancellationToken));
        return true;
    }
}
