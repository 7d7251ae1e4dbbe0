using MemberHub.Web.Data;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Community;
using MemberHub.Web.Features.Community.Profiles;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Notifications;
using MemberHub.Web.Features.Questions.Tags;
using MemberHub.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Questions.Board;

/// <summary>Asking, editing, deleting and closing questions. Each command checks the access policy and the board's rules, then saves in one transaction.</summary>
public sealed class QuestionService(
    IDbContextFactory<AppDbContext> contexts, BoardWriter writer, MemberAccess access, StaffDirectory staff, NotificationCenter notifications,
    QuestionEvents events, TimeProvider clock, IStringLocalizer<QuestionsText> text)
{
    public const int MaxTags = 5;

    public async Task<Outcome<int>> AskAsync(string? userId, QuestionInput input, CancellationToken cancellationToken = default)
    {
        var invalid = Validate(input);
        if (invalid is not null)
        {
            return Outcome<int>.Refused(invalid.Error!, invalid.Field);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var references = await CheckReferencesAsync(db, input, cancellationToken);
        if (references is not null)
        {
            return Outcome<int>.Refused(references.Error!, references.Field);
        }
        var viewer = await access.ViewerAsync(userId, cancellationToken);
        if (access.MemberContent(viewer).Allowed)
        {
            var monthStart = new DateTime(clock.GetUtcNow().Year, clock.GetUtcNow().Month, 1, 0, 0, 0, DateTimeKind.Utc);
            var asked = await db.Set<Question>().CountAsync(q => q.AuthorId == userId && q.CreatedAtUtc >= monthStart, cancellationToken);
            var refusal = QuestionRules.Ask(viewer.IsStaff, viewer.Membership?.Tier?.QuestionsPerMonth, asked);
            if (refusal != BoardRefusal.None)
            {
                return Outcome<int>.Refused(writer.Refusal(refusal));
            }
        }
        var allowed = await writer.MayPostAsync(userId, input.Title + "\n" + input.Body, cancellationToken);
        if (!allowed.Succeeded)
        {
            return Outcome<int>.Refused(allowed.Error!, allowed.Field);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var question = new Question
        {
            AuthorId = userId!, Title = input.Title.Trim(), BodyMarkdown = input.Body.Trim(), Stage = input.Stage, LessonId = input.LessonId, TalkId = input.TalkId,
            State = QuestionState.Open, CreatedAtUtc = now, LastActivityAtUtc = now,
            Tags = input.TagIds.Distinct().Select(id => new QuestionTagLink { TagId = id }).ToList(),
        };
        question.BodyHtml = writer.Html(question.BodyMarkdown);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Add(question);
        (await ProfileService.EnsureProfileAsync(db, userId!, cancellationToken)).PostCount++;
        await db.SaveChangesAsync(cancellationToken);
        await writer.IndexQuestionAsync(db, question, cancellationToken);
        var experts = await ExpertsFollowingAsync(db, input.TagIds, userId!, cancellationToken);
        var asker = await DisplayNames.OfAsync(db, userId!, cancellationToken);
        foreach (var expert in experts)
        {
            notifications.Add(db, NotificationKinds.NewQuestion, expert, $"/questions/{question.Id}", asker, BoardWriter.Excerpt(question.Title));
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        experts.ForEach(notifications.Announce);
        events.Raise(question.Id);
        return Outcome<int>.Ok(question.Id);
    }

    public async Task<Outcome> EditAsync(string? userId, int questionId, QuestionInput input, CancellationToken cancellationToken = default)
    {
        var invalid = Validate(input);
        if (invalid is not null)
        {
            return invalid;
        }
        var actor = await writer.ActorAsync(userId, cancellationToken);
        if (actor is null)
        {
            return Outcome.Refused(writer.NotAMember);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var references = await CheckReferencesAsync(db, input, cancellationToken);
        if (references is not null)
        {
            return references;
        }
        var question = await db.Set<Question>().Include(q => q.Tags).SingleOrDefaultAsync(q => q.Id == questionId && !q.IsDeleted, cancellationToken);
        if (question is null)
        {
            return writer.Refused(BoardRefusal.Unknown);
        }
        var refusal = QuestionRules.Edit(actor, question.AuthorId);
        if (refusal != BoardRefusal.None)
        {
            return writer.Refused(refusal);
        }
        var writable = await writer.MayWriteAsync(userId, ContentWrite.Edit, input.Title + "\n" + input.Body, cancellationToken);
        if (!writable.Succeeded)
        {
            return Outcome.Refused(writable.Error!, writable.Field);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        db.Add(new PostEdit { PostKind = PostKinds.Question, PostId = question.Id, EditorId = actor.UserId, PreviousTitle = question.Title, PreviousBody = question.BodyMarkdown, EditedAtUtc = now });
        question.Title = input.Title.Trim();
        question.BodyMarkdown = input.Body.Trim();
        question.BodyHtml = writer.Html(question.BodyMarkdown);
        question.Stage = input.Stage;
        question.LessonId = input.LessonId;
        question.TalkId = input.TalkId;
        question.EditedAtUtc = now;
        question.Tags.RemoveAll(t => !input.TagIds.Contains(t.TagId));
        question.Tags.AddRange(input.TagIds.Distinct().Where(id => question.Tags.All(t => t.TagId != id)).Select(id => new QuestionTagLink { TagId = id }));
        question.SyncListing();
        await db.SaveChangesAsync(cancellationToken);
        if (!question.IsHidden)
        {
            await writer.IndexQuestionAsync(db, question, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        events.Raise(question.Id);
        return Outcome.Ok;
    }

    /// <summary>Soft delete by the author (or a moderator): the question leaves the board and search; its rows stay.</summary>
    public async Task<Outcome> DeleteAsync(string? userId, int questionId, CancellationToken cancellationToken = default)
    {
        var actor = await writer.ActorAsync(userId, cancellationToken);
        if (actor is null)
        {
            return Outcome.Refused(writer.NotAMember);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var question = await db.Set<Question>().Include(q => q.Tags).SingleOrDefaultAsync(q => q.Id == questionId && !q.IsDeleted, cancellationToken);
        if (question is null)
        {
            return writer.Refused(BoardRefusal.Unknown);
        }
        var refusal = QuestionRules.Edit(actor, question.AuthorId);
        if (refusal != BoardRefusal.None)
        {
            return writer.Refused(refusal);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        question.IsDeleted = true;
        question.SyncListing();
        await db.SaveChangesAsync(cancellationToken);
        await writer.Search.RemoveAsync(db, PostKinds.Question, question.Id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        events.Raise(question.Id);
        return Outcome.Ok;
    }

    /// <summary>Moderators close a question as a duplicate of another (linked) or as off-topic; reopening puts it back where it was.</summary>
    public async Task<Outcome> CloseAsync(string? userId, int questionId, QuestionState closedAs, int? duplicateOfId = null, CancellationToken cancellationToken = default)
    {
        var actor = await writer.ActorAsync(userId, cancellationToken);
        if (actor is null)
        {
            return Outcome.Refused(writer.NotAMember);
        }
        var refusal = QuestionRules.Close(actor);
        if (refusal != BoardRefusal.None)
        {
            return writer.Refused(refusal);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var question = await db.Set<Question>().SingleOrDefaultAsync(q => q.Id == questionId && !q.IsDeleted, cancellationToken);
        if (question is null || closedAs is not (QuestionState.Duplicate or QuestionState.OffTopic or QuestionState.Open))
        {
            return writer.Refused(BoardRefusal.Unknown);
        }
        if (closedAs == QuestionState.Duplicate
            && (duplicateOfId is null || duplicateOfId == questionId
                || !await db.Set<Question>().AnyAsync(q => q.Id == duplicateOfId && !q.IsDeleted && !q.IsHidden, cancellationToken)))
        {
            return Outcome.Refused(text["Close.OriginalUnknown"], "DuplicateOf");
        }
        question.State = closedAs == QuestionState.Open
            ? question.AcceptedAnswerId is not null ? QuestionState.Resolved : question.FirstExpertAnswerAtUtc is not null ? QuestionState.Answered : QuestionState.Open
            : closedAs;
        question.DuplicateOfId = closedAs == QuestionState.Duplicate ? duplicateOfId : null;
        question.ClaimedById = null;
        question.ClaimedUntilUtc = null;
        await db.SaveChangesAsync(cancellationToken);
        events.Raise(question.Id);
        return Outcome.Ok;
    }

    private Outcome? Validate(QuestionInput input)
    {
        var title = input.Title?.Trim() ?? "";
        var body = input.Body?.Trim() ?? "";
        if (title.Length == 0)
        {
            return Outcome.Refused(text["Ask.TitleRequired"], "Title");
        }
        if (title.Length > Question.TitleMaxLength)
        {
            return Outcome.Refused(text["Ask.TitleTooLong", Question.TitleMaxLength, title.Length], "Title");
        }
        if (body.Length == 0)
        {
            return Outcome.Refused(text["Ask.BodyRequired"], "Body");
        }
        if (body.Length > Question.BodyMaxLength)
        {
            return Outcome.Refused(text["Ask.BodyTooLong", Question.BodyMaxLength, body.Length], "Body");
        }
        if (!Enum.IsDefined(input.Stage))
        {
            return Outcome.Refused(text["Ask.StageUnknown"], "Stage");
        }
        if (input.TagIds.Distinct().Count() > MaxTags)
        {
            return Outcome.Refused(text["Ask.TooManyTags", MaxTags], "TagIds");
        }
        return null;
    }

    private async Task<Outcome?> CheckReferencesAsync(AppDbContext db, QuestionInput input, CancellationToken cancellationToken)
    {
        var tagIds = input.TagIds.Distinct().ToList();
        if (tagIds.Count > 0 && await db.Set<QuestionTag>().CountAsync(t => tagIds.Contains(t.Id), cancellationToken) != tagIds.Count)
        {
            return Outcome.Refused(text["Ask.TagUnknown"], "TagIds");
        }
        if (input.LessonId is { } lessonId && !await db.Set<Content.Tracks.Lesson>().AnyAsync(l => l.Id == lessonId, cancellationToken))
        {
            return Outcome.Refused(text["Ask.LessonUnknown"], "LessonId");
        }
        if (input.TalkId is { } talkId && !await db.Set<Talks.Schedule.Talk>().AnyAsync(t => t.Id == talkId, cancellationToken))
        {
            return Outcome.Refused(text["Ask.TalkUnknown"], "TalkId");
        }
        return null;
    }

    // Experts hear about new questions in the tags they chose; an expert who chose none hears about all of them.
    private async Task<List<string>> ExpertsFollowingAsync(AppDbContext db, IReadOnlyCollection<int> tagIds, string askerId, CancellationToken cancellationToken)
    {
        var experts = (await staff.InRoleAsync(AppRoles.Expert, cancellationToken)).Select(e => e.UserId).Where(id => id != askerId).ToList();
        var follows = await db.Set<ExpertTagFollow>().Where(f => experts.Contains(f.UserId)).ToListAsync(cancellationToken);
        return experts.Where(id => follows.All(f => f.UserId != id) || follows.Any(f => f.UserId == id && tagIds.Contains(f.TagId))).ToList();
    }
}
