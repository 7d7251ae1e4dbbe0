using MemberHub.Web.Data;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Community.Seasons;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Questions.Tags;
using MemberHub.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Questions.Board;

/// <summary>Reads the board for one viewer: everyone sees titles; members read threads; moderators also see what is hidden.</summary>
public sealed class QuestionReader(
    IDbContextFactory<AppDbContext> contexts, MemberAccess access, TagService tags, ThreadContentCache threads, TagPageStarts pageStarts, QuestionListCache lists,
    ThreadVotes threadVotes, Community.Seasons.SeasonArchive archive)
{
    public const int PageSize = 20;

    public async Task<QuestionPage> ListAsync(string? viewerId, QuestionFilter filter, CancellationToken cancellationToken = default)
    {
        var allTags = await tags.ListAsync(cancellationToken);
        var viewer = await access.ViewerAsync(viewerId, cancellationToken);
        var page = Math.Max(0, filter.Page);
        var tagId = filter.Tag is null ? (int?)null : allTags.FirstOrDefault(t => t.Slug == filter.Tag)?.Id ?? -1;
        var rank = RankOf(viewer);
        // Archives the Owner keeps for their own season's members are left out for everyone else (part of the page's key).
        var closed = await archive.ClosedToAsync(viewer, cancellationToken);
        var closedKey = string.Join(',', closed.Select(c => c.Id));
        // Every reader of one rank sees the same page, so it is read once between two changes; "mine" is one reader's.
        var rows = filter.Mine
            ? await ReadPageAsync(tagId, filter, page, rank, closed, viewerId, cancellationToken)
            : await lists.GetAsync(QuestionListCache.KeyOf(tagId, filter, page, rank) + "|" + closedKey,
                token => ReadPageAsync(tagId, filter, page, rank, closed, null, token), cancellationToken);
        var items = rows.Take(PageSize).Select(r => new QuestionListItem(r.Id, r.Title, r.State, r.Stage, r.Score, r.AnswerCount, r.Expert,
            r.AuthorName, r.CreatedAtUtc, TagsOf(allTags, r.TagIds))).ToList();
        return new QuestionPage(items, page, rows.Count > PageSize);
    }

    // One page of the list and the first row of the next (to tell whether there is one).
    private async Task<IReadOnlyList<QuestionListRow>> ReadPageAsync(int? tagId, QuestionFilter filter, int page, int? rank,
        IReadOnlyList<Community.Seasons.Season> closed, string? authorId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var questions = OpenTo(db, db.Set<Question>().AsNoTracking().Where(q => !q.IsHidden && !q.IsDeleted), rank).OutsideSeasons(closed, q => q.CreatedAtUtc);
        if (tagId is { } onlyTag && filter is { Stage: null, State: null, Mine: false, Sort: QuestionSort.Newest })
        {
            // The common case, a tag's newest questions, pages through the tag's own index and then reads just one page of questions.
            // One statement: the page of ids is a subquery (a list of ids as parameters made EF write new SQL for each page).
            // The offset is taken inside the lambda so it stays a parameter: one SQL text for every page. A deep page
            // starts where it is known to start instead of skipping the entries before it.
            var links = db.Set<QuestionTagLink>().Where(l => l.TagId == onlyTag && l.IsListed).OrderByDescending(l => l.QuestionId).Select(l => l.QuestionId);
            var offset = page * PageSize;
            if (offset >= TagPageStarts.DeepOffset
                && await pageStarts.GetAsync($"{onlyTag}:{offset}", token => links.Skip(offset).Select(id => (int?)id).FirstOrDefaultAsync(token), cancellationToken) is { } start)
            {
                links = links.Where(id => id <= start);
                offset = 0;
            }
            questions = questions.Where(q => links.Skip(offset).Take(PageSize + 1).Contains(q.Id)).OrderByDescending(q => q.Id);
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
                questions = questions.Where(q => q.AuthorId == authorId);
            }
            questions = filter.Sort switch
            {
                QuestionSort.Votes => questions.OrderByDescending(q => q.Score).ThenByDescending(q => q.Id),
                QuestionSort.Unanswered => questions.Where(q => q.FirstExpertAnswerAtUtc == null && q.State == QuestionState.Open).OrderBy(q => q.Id),
                // By creation time rather than id: the partial index on it pages deep without reading the skipped rows.
                _ => questions.OrderByDescending(q => q.CreatedAtUtc).ThenByDescending(q => q.Id),
            };
        }
        var rows = await (
                from q in questions.Skip(page * PageSize).Take(PageSize + 1)
                join u in db.Users on q.AuthorId equals u.Id into authors
                from u in authors.DefaultIfEmpty()
                select new
                {
                    q.Id, q.Title, q.State, q.Stage, q.Score, q.AnswerCount, Expert = q.FirstExpertAnswerAtUtc != null, u.DisplayName, u.Email, q.CreatedAtUtc,
                    TagIds = q.Tags.Select(t => t.TagId).ToList(),
                })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new QuestionListRow(r.Id, r.Title, r.State, r.Stage, r.Score, r.AnswerCount, r.Expert,
            DisplayNames.Of(r.DisplayName, r.Email), r.CreatedAtUtc, r.TagIds)).ToList();
    }

    /// <summary>The season whose archive holds this thread when the viewer may not read it (the Owner kept it to that season's members).</summary>
    public async Task<string?> ClosedArchiveAsync(string? viewerId, int questionId, CancellationToken cancellationToken = default)
    {
        if (!await archive.AnyEndedAsync(cancellationToken))
        {
            return null;
        }
        var viewer = await access.ViewerAsync(viewerId, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var asked = await db.Set<Question>().Where(q => q.Id == questionId && !q.IsDeleted).Select(q => (DateTime?)q.CreatedAtUtc).FirstOrDefaultAsync(cancellationToken);
        return asked is { } at && await archive.ArchiveHoldingAsync(at, cancellationToken) is { } season && !Community.Seasons.SeasonRules.MayRead(season, viewer)
            ? season.Name(Cultures.IsChinese)
            : null;
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
        var open = await OpenAsync(viewerId, hits.Select(h => h.QuestionId).Distinct().ToList(), cancellationToken);
        return hits.Where(h => open.Contains(h.QuestionId)).ToList();
    }

    /// <summary>Which of these listed questions the viewer's tier may read (see <see cref="OpenTo(AppDbContext, IQueryable{Question}, Viewer)"/>).</summary>
    public async Task<IReadOnlySet<int>> OpenAsync(string? viewerId, IReadOnlyCollection<int> questionIds, CancellationToken cancellationToken = default)
    {
        if (questionIds.Count == 0)
        {
            return new HashSet<int>();
        }
        var viewer = await access.ViewerAsync(viewerId, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var closed = await archive.ClosedToAsync(viewer, cancellationToken);
        return (await OpenTo(db, db.Set<Question>().Where(q => questionIds.Contains(q.Id)), viewer).OutsideSeasons(closed, q => q.CreatedAtUtc).Select(q => q.Id).ToListAsync(cancellationToken))
            .ToHashSet();
    }

    /// <summary>
    /// Questions moved from a talk (or asked about one) keep the talk's tier: listed, searched and read only by
    /// members of that tier or higher, and by staff.
    /// </summary>
    private IQueryable<Question> OpenTo(AppDbContext db, IQueryable<Question> questions, Viewer viewer) => OpenTo(db, questions, RankOf(viewer));

    private static IQueryable<Question> OpenTo(AppDbContext db, IQueryable<Question> questions, int? rank) =>
        rank is { } readerRank
            ? questions.Where(q => q.TalkId == null || !db.Set<Talks.Schedule.Talk>().Any(t => t.Id == q.TalkId && t.MinimumRank > readerRank))
            : questions;

    /// <summary>The tier rank that decides which talk-tiered questions a reader sees; null for staff (not banned), who see them all.</summary>
    private int? RankOf(Viewer viewer) =>
        viewer.IsStaff && !viewer.IsBanned ? null : access.MemberContent(viewer).Allowed ? viewer.TierRank : 0;

    /// <summary>The whole thread, or null when the viewer may not read it (not a member) or it does not exist for them.</summary>
    public async Task<ThreadView?> ThreadAsync(string? viewerId, int questionId, CancellationToken cancellationToken = default)
    {
        var viewer = await access.ViewerAsync(viewerId, cancellationToken);
        if (!access.MemberContent(viewer).Allowed)
        {
            return null;
        }
        var actor = BoardActor.Of(viewer);
        var content = await threads.GetAsync(new ThreadContent.Key(questionId, actor.IsModerator), async token =>
        {
            await using var db = await contexts.CreateDbContextAsync(token);
            return await ThreadContent.ReadAsync(db, questionId, actor.IsModerator, token);
        }, cancellationToken);
        if (content is null || !OpenTo(viewer, content.TalkMinimumRank))
        {
            return null;
        }
        var season = await archive.ArchiveHoldingAsync(content.Question.CreatedAtUtc, cancellationToken);
        if (season is not null && !Community.Seasons.SeasonRules.MayRead(season, viewer))
        {
            return null;
        }
        var voted = await VotedAsync(viewerId, questionId, cancellationToken);
        var allTags = await tags.ListAsync(cancellationToken);
        var question = content.Question;
        var lesson = content.Lesson is { } origin && origin.Lesson.TitleVisibleTo(origin.TrackPublished, viewer.TierRank, viewer.IsStaff)
            ? new LessonLink(origin.Lesson.Id, origin.Lesson.Title(Cultures.IsChinese), $"/learn/{origin.TrackSlug}/{origin.Lesson.Slug}")
            : null;

        AnswerView View(Answer a, string authorName) => new(a.Id, a.AuthorId, authorName, a.BodyHtml, a.BodyMarkdown, a.ByExpert, a.IsSummary,
            a.Id == question.AcceptedAnswerId, a.Score, voted.Contains(a.Id), a.CreatedAtUtc, a.EditedAtUtc, a.IsHidden, a.IsDeleted, content.Comments[a.Id].ToList());

        var detail = new QuestionDetail(question.Id, question.AuthorId, content.AuthorName, question.Title, question.BodyHtml, question.BodyMarkdown,
            question.State, question.Stage, question.Score, voted.Contains(QuestionVote), TagsOf(allTags, content.TagIds), lesson,
            question.DuplicateOfId, content.OriginalTitle, question.CreatedAtUtc, question.EditedAtUtc, question.IsHidden, question.IsDeleted, content.Talk);
        var summary = content.Answers.Where(a => a.Answer.IsSummary && !a.Answer.IsDeleted).OrderByDescending(a => a.Answer.Id)
            .Select(a => View(a.Answer, a.AuthorName)).FirstOrDefault();
        var ordered = content.Answers.Where(a => !a.Answer.IsSummary)
            .OrderByDescending(a => a.Answer.Id == question.AcceptedAnswerId)
            .ThenByDescending(a => a.Answer.ByExpert)
            .ThenByDescending(a => a.Answer.Score)
            .ThenBy(a => a.Answer.Id)
            .Select(a => View(a.Answer, a.AuthorName)).ToList();
        return new ThreadView(detail, summary, ordered, actor, content.Faq, season?.Name(Cultures.IsChinese));
    }

    // Answer ids are positive, so the question's own vote is told apart as 0.
    private const int QuestionVote = 0;

    /// <summary>What the reader upvoted in this thread: answer ids, and <see cref="QuestionVote"/> for the question.</summary>
    private async Task<IReadOnlySet<int>> VotedAsync(string? viewerId, int questionId, CancellationToken cancellationToken)
    {
        if (viewerId is null)
        {
            return new HashSet<int>();
        }
        return await threadVotes.GetAsync(viewerId, questionId, async token =>
        {
            await using var db = await contexts.CreateDbContextAsync(token);
            var ids = await db.Set<Answer>()
                .Where(a => a.QuestionId == questionId && db.Set<PostVote>().Any(v => v.PostKind == PostKinds.Answer && v.PostId == a.Id && v.UserId == viewerId))
                .Select(a => a.Id)
                .Concat(db.Set<PostVote>().Where(v => v.PostKind == PostKinds.Question && v.PostId == questionId && v.UserId == viewerId).Select(v => QuestionVote))
                .ToListAsync(token);
            return ids.ToHashSet();
        }, cancellationToken);
    }

    /// <summary><see cref="OpenTo(AppDbContext, IQueryable{Question}, Viewer)"/> for one thread whose talk's tier is known.</summary>
    private bool OpenTo(Viewer viewer, int? talkMinimumRank) =>
        talkMinimumRank is not { } minimum || RankOf(viewer) is not { } rank || minimum <= rank;

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
