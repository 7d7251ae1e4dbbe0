using MemberHub.Web.Data;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Talks.Rsvps;
using MemberHub.Web.Features.Talks.SpeakerQuestions;
using MemberHub.Web.Infrastructure.Caching;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Talks.Schedule;

/// <summary>
/// What a talk is for everyone — the talk, its host's name, its seat counts and its questions for the speaker (most wanted
/// first, with their authors' names) — as opposed to the reader's seat and votes, which <see cref="TalkReader"/> and
/// <see cref="SpeakerQuestionService"/> add per request. Moderators' copy includes hidden questions.
/// </summary>
public sealed record TalkContent(Talk Talk, string HostName, int Seated, int Waitlisted, IReadOnlyList<TalkContent.Question> Questions)
{
    public sealed record Question(int Id, string AuthorId, string AuthorName, string Text, int Votes, bool IsAnswered, int? BoardQuestionId, bool IsHidden);

    public sealed record Key(int TalkId, bool WithHidden);

    public static async Task<TalkContent?> ReadAsync(AppDbContext db, int talkId, bool withHidden, CancellationToken cancellationToken)
    {
        var found = await (
                from t in db.Set<Talk>().AsNoTracking()
                where t.Id == talkId
                join u in db.Users on t.HostId equals u.Id into hosts
                from u in hosts.DefaultIfEmpty()
                select new
                {
                    Talk = t,
                    u.DisplayName,
                    u.Email,
                    Seated = db.Set<TalkRsvp>().Count(r => r.TalkId == t.Id && !r.IsWaitlisted),
                    Waitlisted = db.Set<TalkRsvp>().Count(r => r.TalkId == t.Id && r.IsWaitlisted),
                })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }
        var questions = await (
                from q in db.Set<SpeakerQuestion>().AsNoTracking()
                where q.TalkId == talkId && (withHidden || !q.IsHidden)
                join u in db.Users on q.AuthorId equals u.Id into authors
                from u in authors.DefaultIfEmpty()
                orderby q.IsAnswered, q.Votes descending, q.Id
                select new { q.Id, q.AuthorId, u.DisplayName, u.Email, q.Text, q.Votes, q.IsAnswered, q.BoardQuestionId, q.IsHidden })
            .ToListAsync(cancellationToken);
        return new TalkContent(found.Talk, DisplayNames.Of(found.DisplayName, found.Email), found.Seated, found.Waitlisted,
            questions.Select(q => new Question(q.Id, q.AuthorId, DisplayNames.Of(q.DisplayName, q.Email), q.Text, q.Votes, q.IsAnswered, q.BoardQuestionId, q.IsHidden))
                .ToList());
    }
}

/// <summary>
/// Talks as everyone sees them, kept until the talk changes (every talk service raises <see cref="TalkEvents"/> after its
/// commit): a popular talk's page is opened by hundreds of members, and refreshed for all of them on each change.
/// </summary>
public sealed class TalkContentCache : KeyedCache<TalkContent.Key, TalkContent?>
{
    public TalkContentCache(TimeProvider clock, TalkEvents events) : base(clock) =>
        events.Subscribe(_ => true, talkId =>
        {
            Changed(new TalkContent.Key(talkId, WithHidden: false));
            Changed(new TalkContent.Key(talkId, WithHidden: true));
        });
}
