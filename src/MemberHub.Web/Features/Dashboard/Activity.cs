using MemberHub.Web.Data;
using MemberHub.Web.Features.Community.Introductions;
using MemberHub.Web.Features.Questions.Board;
using MemberHub.Web.Features.Talks.SpeakerQuestions;

namespace MemberHub.Web.Features.Dashboard;

/// <summary>What counts as writing, for the reports that count posts (who took part at all is kept in <see cref="Memberships.TakingPart.QuarterParticipation"/>).</summary>
public static class Activity
{
    /// <summary>Everyone who wrote something in [from, to), once for each thing written.</summary>
    public static IQueryable<string> Writers(AppDbContext db, DateTime from, DateTime to) =>
        db.Set<Question>().Where(q => q.CreatedAtUtc >= from && q.CreatedAtUtc < to).Select(q => q.AuthorId)
            .Concat(db.Set<Answer>().Where(a => a.CreatedAtUtc >= from && a.CreatedAtUtc < to).Select(a => a.AuthorId))
            .Concat(db.Set<AnswerComment>().Where(c => c.CreatedAtUtc >= from && c.CreatedAtUtc < to).Select(c => c.AuthorId))
            .Concat(db.Set<Introduction>().Where(i => i.CreatedAtUtc >= from && i.CreatedAtUtc < to).Select(i => i.AuthorId))
            .Concat(db.Set<IntroductionReply>().Where(r => r.CreatedAtUtc >= from && r.CreatedAtUtc < to).Select(r => r.AuthorId))
            .Concat(db.Set<SpeakerQuestion>().Where(q => q.CreatedAtUtc >= from && q.CreatedAtUtc < to).Select(q => q.AuthorId));
}
