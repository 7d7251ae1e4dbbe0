using MemberHub.Web.Data;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Infrastructure.Caching;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Questions.Board;

/// <summary>
/// What a thread is for everyone who may read it — the question, its answers and comments with their authors' names,
/// where it came from — as opposed to what depends on the reader (their votes, whether its talk's tier or its lesson
/// is theirs), which <see cref="QuestionReader.ThreadAsync"/> adds per request. Moderators' copy includes hidden posts.
/// </summary>
public sealed record ThreadContent(
    Question Question, string AuthorName, IReadOnlyList<int> TagIds, IReadOnlyList<(Answer Answer, string AuthorName)> Answers,
    ILookup<int, CommentView> Comments, int? TalkMinimumRank, LessonLink? Talk, ThreadContent.LessonOrigin? Lesson, string? OriginalTitle, FaqMark? Faq)
{
    /// <summary>The lesson a question is about, with what decides whether a reader may see its title.</summary>
    public sealed record LessonOrigin(Content.Tracks.Lesson Lesson, string TrackSlug, bool TrackPublished);

    public sealed record Key(int QuestionId, bool WithHidden);

    /// <summary>The thread as everyone sees it, or null when there is none (or it is hidden and <paramref name="withHidden"/> is false).</summary>
    public static async Task<ThreadContent?> ReadAsync(AppDbContext db, int questionId, bool withHidden, CancellationToken cancellationToken)
    {
        var found = await (
                from q in db.Set<Question>().AsNoTracking().Include(q => q.Tags)
                where q.Id == questionId && (withHidden || (!q.IsHidden && !q.IsDeleted))
                join u in db.Users on q.AuthorId equals u.Id into authors
                from u in authors.DefaultIfEmpty()
                select new { Question = q, u.DisplayName, u.Email })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }
        var question = found.Question;
        // Authors' names come with the posts, one query each: a thread of fifty answers is read in a few queries whatever its size.
        var answers = await (
                from a in db.Set<Answer>().AsNoTracking()
                where a.QuestionId == questionId && (withHidden || (!a.IsHidden && !a.IsDeleted))
                join u in db.Users on a.AuthorId equals u.Id into authors
                from u in authors.DefaultIfEmpty()
                select new { Answer = a, u.DisplayName, u.Email })
            .ToListAsync(cancellationToken);
        var comments = (await (
                from c in db.Set<AnswerComment>().AsNoTracking()
                join a in db.Set<Answer>() on c.AnswerId equals a.Id
                where a.QuestionId == questionId && (withHidden || (!c.IsHidden && !c.IsDeleted))
                join u in db.Users on c.AuthorId equals u.Id into authors
                from u in authors.DefaultIfEmpty()
                orderby c.Id
                select new { Comment = c, u.DisplayName, u.Email })
            .ToListAsync(cancellationToken))
            .ToLookup(c => c.Comment.AnswerId, c => new CommentView(c.Comment.Id, c.Comment.AuthorId, DisplayNames.Of(c.DisplayName, c.Email), c.Comment.BodyHtml,
                c.Comment.CreatedAtUtc, c.Comment.IsHidden, c.Comment.IsDeleted, c.Comment.BodyMarkdown));
        var talk = question.TalkId is { } talkId
            ? await db.Set<Talks.Schedule.Talk>().Where(t => t.Id == talkId).Select(t => new { t.Id, t.Title, t.MinimumRank }).FirstOrDefaultAsync(cancellationToken)
            : null;
        var lesson = question.LessonId is { } lessonId
            ? await db.Set<Content.Tracks.Lesson>().AsNoTracking().Where(l => l.Id == lessonId)
                .Select(l => new { Lesson = l, Track = db.Set<Content.Tracks.Track>().Where(t => t.Id == l.TrackId).Select(t => new { t.Slug, t.IsPublished }).First() })
                .FirstOrDefaultAsync(cancellationToken)
            : null;
        var original = question.DuplicateOfId is { } originalId
            ? await db.Set<Question>().Where(q => q.Id == originalId).Select(q => q.Title).FirstOrDefaultAsync(cancellationToken)
            : null;
        var faq = await db.Set<Faq.FaqEntry>().Where(e => e.QuestionId == questionId).Select(e => new FaqMark(e.Id, e.AnswerId)).FirstOrDefaultAsync(cancellationToken);
        return new ThreadContent(question, DisplayNames.Of(found.DisplayName, found.Email), question.Tags.Select(t => t.TagId).ToList(),
            answers.Select(a => (a.Answer, DisplayNames.Of(a.DisplayName, a.Email))).ToList(), comments, talk?.MinimumRank,
            talk is null ? null : new LessonLink(talk.Id, talk.Title, "/talks/" + talk.Id),
            lesson is null ? null : new LessonOrigin(lesson.Lesson, lesson.Track.Slug, lesson.Track.IsPublished), original, faq);
    }
}

/// <summary>
/// Threads as everyone sees them, kept until the question changes (every board service raises <see cref="QuestionEvents"/>
/// after its commit): a popular thread is read by many members between two changes. What nobody announces (a renamed
/// author, a talk's tier) shows within the cache's short lifetime.
/// </summary>
public sealed class ThreadContentCache : KeyedCache<ThreadContent.Key, ThreadContent?>
{
    public ThreadContentCache(TimeProvider clock, QuestionEvents events) : base(clock) =>
        events.Subscribe(_ => true, questionId =>
        {
            Changed(new ThreadContent.Key(questionId, WithHidden: false));
            Changed(new ThreadContent.Key(questionId, WithHidden: true));
        });
}

/// <summary>What each reader upvoted in a thread (answer ids, 0 for the question), kept until the thread changes: a vote raises <see cref="QuestionEvents"/>.</summary>
public sealed class ThreadVotes(TimeProvider clock, QuestionEvents events) : PerReaderCache<IReadOnlySet<int>>(clock, events);
