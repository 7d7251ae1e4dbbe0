using MemberHub.Web.Data;
using MemberHub.Web.Features.Content.Learning;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Questions.Board;

/// <summary>For lessons that ask for a question asked or an answer accepted: what a learner did on the board.</summary>
public sealed class BoardActs : ILearnerActSource
{
    public async Task<LearnerActs> ReadAsync(AppDbContext db, string userId, CancellationToken cancellationToken) =>
        LearnerActs.None with
        {
            QuestionsAsked = await db.Set<Question>().CountAsync(q => q.AuthorId == userId && !q.IsDeleted, cancellationToken),
            AnswersAccepted = await db.Set<Answer>()
                .CountAsync(a => a.AuthorId == userId && !a.IsDeleted && db.Set<Question>().Any(q => q.AcceptedAnswerId == a.Id), cancellationToken),
        };
}
