using MemberHub.Web.Data;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Questions.Board;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Questions;

/// <summary>The member's questions, answers and comments (as they wrote them, in Markdown) in their personal-data download.</summary>
internal sealed class QuestionsPersonalData(IDbContextFactory<AppDbContext> contexts) : IPersonalDataSource
{
    public string Name => "Questions";

    public async Task<object?> ExportAsync(string userId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var questions = await db.Set<Question>().AsNoTracking().Where(q => q.AuthorId == userId).OrderBy(q => q.Id)
            .Select(q => new { q.Id, q.Title, q.BodyMarkdown, q.CreatedAtUtc, q.EditedAtUtc, q.IsHidden, q.IsDeleted }).ToListAsync(cancellationToken);
        var answers = await db.Set<Answer>().AsNoTracking().Where(a => a.AuthorId == userId).OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.QuestionId, a.BodyMarkdown, a.CreatedAtUtc, a.EditedAtUtc, a.IsHidden, a.IsDeleted }).ToListAsync(cancellationToken);
        var comments = await db.Set<AnswerComment>().AsNoTracking().Where(c => c.AuthorId == userId).OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.AnswerId, c.BodyMarkdown, c.CreatedAtUtc, c.IsHidden, c.IsDeleted }).ToListAsync(cancellationToken);
        return new { questions, answers, comments };
    }
}
