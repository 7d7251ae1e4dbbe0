using MemberHub.Web.Data;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Questions.Tags;
using MemberHub.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Questions.Board;

/// <summary>Reads the board for one viewer: everyone sees titles; members read threads; moderators also see what is hidden.</summary>
public sealed class QuestionReader(IDbContextFactory<AppDbContext> contexts, MemberAccess access, TagService tags)
{
    public const int PageSize = 20;

    public async Task<QuestionPage> ListAsync(string? viewerId, QuestionFilter filter, CancellationToken cancellationToken = default)
    {
        var allTags = await tags.ListAsync(cancellationToken);
        var viewer = await access.ViewerAsync(viewerId, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var page = Math.Max(0, filter.Page);
        var questions = OpenTo(db, db.Set<Question>().AsNoTracking().Where(q => !q.IsHidden && !q.IsDeleted), viewer);
        var tagId = filter.Tag is null ? (int?)null : allTags.FirstOrDefault(t => t.Slug == filter.Tag)?.Id ?? -1;
        if (tagId is { } onlyTag && filter is { Stage: null, State: null, Mine: false, Sort: QuestionSort.Newest })
        {
            // The common case, a tag's newest questions, pages through the tag's own index and then reads just one page of questions.
            var pageIds = await db.Set<QuestionTagLink>().Where(l => l.TagId == onlyTag && l.IsListed)
                .OrderByDescending(l => l.QuestionId).Skip(page * PageSize).Take(PageSize + 1).Select(l => l.QuestionId)
                .ToListAsync(cancellationToken);
            questions = questions.Where(q => pageIds.Contains(q.Id)).OrderByDescending(q => q.Id);
            page = 0;
        }
        else
        {
            if (tagId is { } tag)
            {
                var tagged = db.Set<QuestionTagLink>().Where(l => l.TagId == tag && l.IsListed).Select(l => l.QuestionId);
                questions = questions.Where(q => tagged.Contains(q.Id));
            }
            if (filter.Stage is { } stage)
            {
                questions = questions.Where(q => q.Stage == stage);
            }
            if (filter.State is { } state)
            {
                questions = questions.Where(q => q.State == state);
            }
            if (filter.Mine)
            {
                questions = questions.Where(q => q.AuthorId == viewerId);
            }
            questions = filter.Sort switch
            {
                QuestionSort.Votes => questions.OrderByDescending(q => q.Score).ThenByDescending(q => q.Id),
                QuestionSort.Unanswered => questions.Where(q => q.FirstExpertAnswerAtUtc == null && q.State == QuestionState.Open).OrderBy(q => q.Id),
                // By creation time rather than id: the partial index on it pages deep without reading the skipped rows.
                _ => questions.OrderByDescending(q => q.CreatedAtUtc).ThenByDescending(q => q.Id),
            };
        }
        var rows = await questions.Skip(page * PageSize).Take(PageSize + 1)
            .Select(q => new
            {
                q.Id, q.Title, q.State, q.Stage, q.Score, q.AnswerCount, Expert = q.FirstExpertAnswerAtUtc != null, q.AuthorId, q.CreatedAtUtc,
                TagIds = q.Tags.Select(t => t.TagId).ToList(),
            })
            .ToListAsync(cancellationToken);
        var names = await DisplayNames.OfAsync(db, rows.Select(r => r.AuthorId), cancellationToken);
        var items = rows.Take(PageSize).Select(r => new QuestionListItem(r.Id, r.Title, r.State, r.Stage, r.Score, r.AnswerCount, r.Expert,
            names.GetValueOrDefault(r.AuthorId, "?"), r.CreatedAtUtc, TagsOf(allTags, r.TagIds))).ToList();
        return new QuestionPage(items, Math.Max(0, filter.Page), rows.Count > PageSize);
    }

    /// <summary>The title alone, for visitors and non-members (who get a join invitation instead of the thread).</summary>
    public async Task<string?> TitleAsync(int questionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await OpenTo(db, db.Set<Question>().Where(q => q.Id == questionId && !q.IsHidden && !q.IsDeleted), Viewer.Anonymous)
            .Select(q => q.Title).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The search hits this viewer may see listed (a question from a higher-tier talk keeps that tier).</summary>
    public async Task<IReadOnlyList<Search.SearchHit>> VisibleAsync(string? viewerId, IReadOnlyList<Search.SearchHit> hits, CancellationToken cancellationToken = default)
    {
        var ids = hits.Select(h => h.QuestionId).Distinct().ToList();
        if (ids.Count == 0)
        {
            return hits;
        }
        var viewer = await access.ViewerAsync(viewerId, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var open = await OpenTo(db, db.Set<Question>().Where(q => ids.Contains(q.Id)), viewer).Select(q => q.Id).ToListAsync(cancellationToken);
        return hits.Where(h => open.Contains(h.QuestionId)).ToList();
    }

    /// <summary>
    /// Questions moved from a talk (or asked about one) keep the talk's tier: listed, searched and read only by
    /// members of that tier or higher, and by staff.
    /// </summary>
    private IQueryable<Question> OpenTo(AppDbContext db, IQueryable<Question> questions, Viewer viewer)
    {
        if (viewer.IsStaff && !viewer.IsBanned)
        {
            return questions;
        }
        var rank = access.MemberContent(viewer).Allowed ? viewer.TierRank : 0;
        return questions.Where(q => q.TalkId == null || !db.Set<Talks.Schedule.Talk>().Any(t => t.Id == q.TalkId && t.MinimumRank > rank));
    }

    /// <summary>The whole thread, or null when the viewer may not read it (not a member) or it does not exist for them.</summary>
    public async Task<ThreadView?> ThreadAsync(string? viewerId, int questionId, CancellationToken cancellationToken = default)
    {
        var viewer = await access.ViewerAsync(viewerId, cancellationToken);
        if (!access.MemberContent(viewer).Allowed)
        {
            return null;
        }
        var actor = BoardActor.Of(viewer);
        var seesHidden = actor.IsModerator;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var question = await OpenTo(db, db.Set<Question>().AsNoTracking().Include(q => q.Tags), viewer)
            .SingleOrDefaultAsync(q => q.Id == questionId && (seesHidden || (!q.IsHidden && !q.IsDeleted)), cancellationToken);
        if (question is null)
        {
            return null;
        }
        var answers = await db.Set<Answer>().AsNoTracking().Include(a => a.Comments)
            .Where(a => a.QuestionId == questionId && (seesHidden || (!a.IsHidden && !a.IsDeleted)))
            .ToListAsync(cancellationToken);
        var voted = await db.Set<PostVote>().Where(v => v.UserId == viewerId
                && ((v.PostKind == PostKinds.Question && v.PostId == questionId) || (v.PostKind == PostKinds.Answer && answers.Select(a => a.Id).Contains(v.PostId))))
            .Select(v => new { v.PostKind, v.PostId }).ToListAsync(cancellationToken);
        var names = await DisplayNames.OfAsync(db, answers.SelectMany(a => a.Comments.Select(c => c.AuthorId).Append(a.AuthorId)).Append(question.AuthorId), cancellationToken);
        var lesson = question.LessonId is { } lessonId
            ? await db.Set<Content.Tracks.Lesson>().AsNoTracking().Where(l => l.Id == lessonId)
                .Select(l => new { Lesson = l, Track = db.Set<Content.Tracks.Track>().Where(t => t.Id == l.TrackId).Select(t => new { t.Slug, t.IsPublished }).First() })
                .FirstOrDefaultAsync(cancellationToken)
            : null;
        if (lesson is not null && !lesson.Lesson.TitleVisibleTo(lesson.Track.IsPublished, viewer.TierRank, viewer.IsStaff))
        {
            lesson = null;
        }
        var talk = question.TalkId is { } talkId
            ? await db.Set<Talks.Schedule.Talk>().Where(t => t.Id == talkId).Select(t => new LessonLink(t.Id, t.Title, "/talks/" + t.Id)).FirstOrDefaultAsync(cancellationToken)
            : null;
        var original = question.DuplicateOfId is { } originalId
            ? await db.Set<Question>().Where(q => q.Id == originalId).Select(q => q.Title).FirstOrDefaultAsync(cancellationToken)
            : null;
        var allTags = await tags.ListAsync(cancellationToken);

        AnswerView View(Answer a) => new(a.Id, a.AuthorId, names.GetValueOrDefault(a.AuthorId, "?"), a.BodyHtml, a.BodyMarkdown, a.ByExpert, a.IsSummary,
            a.Id == question.AcceptedAnswerId, a.Score, voted.Any(v => v.PostKind == PostKinds.Answer && v.PostId == a.Id), a.CreatedAtUtc, a.EditedAtUtc,
            a.IsHidden, a.IsDeleted,
            a.Comments.Where(c => seesHidden || (!c.IsHidden && !c.IsDeleted)).OrderBy(c => c.Id)
                .Select(c => new CommentView(c.Id, c.AuthorId, names.GetValueOrDefault(c.AuthorId, "?"), c.BodyHtml, c.CreatedAtUtc, c.IsHidden, c.IsDeleted, c.BodyMarkdown)).ToList());

        var detail = new QuestionDetail(question.Id, question.AuthorId, names.GetValueOrDefault(question.AuthorId, "?"), question.Title, question.BodyHtml,
            question.BodyMarkdown, question.State, question.Stage, question.Score,
            voted.Any(v => v.PostKind == PostKinds.Question), TagsOf(allTags, question.Tags.Select(t => t.TagId)),
            lesson is null ? null : new LessonLink(question.LessonId!.Value, lesson.Lesson.Title(Cultures.IsChinese), $"/learn/{lesson.Track.Slug}/{lesson.Lesson.Slug}"),
            question.DuplicateOfId, original, question.CreatedAtUtc, question.EditedAtUtc, question.IsHidden, question.IsDeleted, talk);
        var summary = answers.Where(a => a.IsSummary && !a.IsDeleted).OrderByDescending(a => a.Id).Select(View).FirstOrDefault();
        var ordered = answers.Where(a => !a.IsSummary)
            .OrderByDescending(a => a.Id == question.AcceptedAnswerId)
            .ThenByDescending(a => a.ByExpert)
            .ThenByDescending(a => a.Score)
            .ThenBy(a => a.Id)
            .Select(View).ToList();
        return new ThreadView(detail, summary, ordered, actor);
    }

    /// <summary>Earlier versions of a post, newest first: moderators only (null for anyone else).</summary>
    public async Task<IReadOnlyList<PostEditView>?> HistoryAsync(string? viewerId, string kind, int postId, CancellationToken cancellationToken = default)
    {
        if (!(await access.ModerateAsync(viewerId, cancellationToken)).Allowed)
        {
            return null;
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var edits = await db.Set<PostEdit>().AsNoTracking().Where(e => e.PostKind == kind && e.PostId == postId).OrderByDescending(e => e.Id).ToListAsync(cancellationToken);
        var names = await DisplayNames.OfAsync(db, edits.Select(e => e.EditorId), cancellationToken);
        return edits.Select(e => new PostEditView(names.GetValueOrDefault(e.EditorId, "?"), e.PreviousTitle, e.PreviousBody, e.EditedAtUtc)).ToList();
    }

    private static IReadOnlyList<TagView> TagsOf(IReadOnlyList<QuestionTag> all, IEnumerable<int> ids) =>
        ids.Select(id => all.FirstOrDefault(t => t.Id == id)).OfType<QuestionTag>()
            .Select(t => new TagView(t.Id, t.Slug, t.Name(Cultures.IsChinese))).ToList();

}
