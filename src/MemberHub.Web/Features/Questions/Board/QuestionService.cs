using MemberHub.Web.Data;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Community;
using MemberHub.Web.Features.Community.Profiles;
using MemberHub.Web.Features.Notifications;
using MemberHub.Web.Features.Questions.Search;
using MemberHub.Web.Features.Questions.Tags;
using MemberHub.Web.Infrastructure;
using MemberHub.Web.Infrastructure.Markdown;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Questions.Board;

/// <summary>Asking, editing, deleting and closing questions. Each command checks the board's rules and the community's, then saves in one transaction.</summary>
public sealed class QuestionService(
    BoardCommands commands, QuestionInputCheck check, MarkdownRenderer markdown, IQuestionSearch search, StaffDirectory staff,
    BoardNotifications notifications, QuestionEvents events, TimeProvider clock, IStringLocalizer<QuestionsText> text)
{
    public async Task<Outcome<int>> AskAsync(string? userId, QuestionInput input, CancellationToken cancellationToken = default)
    {
        await using var command = await commands.StartAsync(userId, cancellationToken);
        var db = command.Db;
        if (command.Refuse(check.Fields(input)).Refused || command.Refuse(await check.ReferencesAsync(db, input, cancellationToken)).Refused)
        {
            return command.RefusedAs<int>();
        }
        var now = clock.GetUtcNow();
        if (command.IsMember)
        {
            var viewer = command.Viewer;
            var monthStart = new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc);
            var asked = await db.Set<Question>().CountAsync(q => q.AuthorId == userId && q.CreatedAtUtc >= monthStart, cancellationToken);
            command.Rule(QuestionRules.Ask(viewer.IsStaff, viewer.Membership?.Tier?.QuestionsPerMonth, asked));
        }
        if ((await command.MayWriteAsync(ContentWrite.Post, input.Title + "\n" + input.Body)).Refused)
        {
            return command.RefusedAs<int>();
        }
        var question = new Question
        {
            AuthorId = userId!, Title = input.Title.Trim(), BodyMarkdown = input.Body.Trim(), Stage = input.Stage, LessonId = input.LessonId, TalkId = input.TalkId,
            State = QuestionState.Open, CreatedAtUtc = now.UtcDateTime, LastActivityAtUtc = now.UtcDateTime,
            Tags = input.TagIds.Distinct().Select(id => new QuestionTagLink { TagId = id }).ToList(),
        };
        question.BodyHtml = markdown.ToSafeHtml(question.BodyMarkdown);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Add(question);
        (await ProfileService.EnsureProfileAsync(db, userId!, cancellationToken)).PostCount++;
        await db.SaveChangesAsync(cancellationToken);
        await search.IndexAsync(db, question.ToSearchDocument(), cancellationToken);
        var experts = await ExpertsFollowingAsync(db, input.TagIds, userId!, cancellationToken);
        var notified = await notifications.NotifyAsync(db, NotificationKinds.NewQuestion, experts, userId!, question, question.Title, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        notifications.Announce(notified, question.Id);
        return Outcome<int>.Ok(question.Id);
    }

    public async Task<Outcome> EditAsync(string? userId, int questionId, QuestionInput input, CancellationToken cancellationToken = default)
    {
        await using var command = await commands.StartAsync(userId, cancellationToken);
        var db = command.Db;
        if (command.Refuse(check.Fields(input)).Member().Refused || command.Refuse(await check.ReferencesAsync(db, input, cancellationToken)).Refused)
        {
            return command.Refusal!;
        }
        var question = await db.Set<Question>().Include(q => q.Tags).SingleOrDefaultAsync(q => q.Id == questionId && !q.IsDeleted, cancellationToken);
        await command.Rule(question is null ? BoardRefusal.Unknown : QuestionRules.Edit(command.Actor, question.AuthorId))
            .MayWriteAsync(ContentWrite.Edit, input.Title + "\n" + input.Body);
        await command.NotArchivedAsync(question?.Id);
        if (command.Refused)
        {
            return command.Refusal!;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        db.Add(PostEdit.Of(PostKinds.Question, question!.Id, command.Actor.UserId, question.BodyMarkdown, now, question.Title));
        var body = input.Body.Trim();
        question.Revise(input.Title.Trim(), body, markdown.ToSafeHtml(body), input.Stage, input.LessonId, input.TalkId, input.TagIds, now);
        await db.SaveChangesAsync(cancellationToken);
        if (!question.IsHidden)
        {
            await search.IndexAsync(db, question.ToSearchDocument(), cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        events.Raise(question.Id);
        return Outcome.Ok;
    }

    /// <summary>Soft delete by the author (or a moderator): the question leaves the board and search; its rows stay.</summary>
    public async Task<Outcome> DeleteAsync(string? userId, int questionId, CancellationToken cancellationToken = default)
    {
        await using var command = await commands.StartAsync(userId, cancellationToken);
        var db = command.Db;
        var question = command.Member().Refused ? null
            : await db.Set<Question>().Include(q => q.Tags).SingleOrDefaultAsync(q => q.Id == questionId && !q.IsDeleted, cancellationToken);
        if ((await command.Rule(question is null ? BoardRefusal.Unknown : QuestionRules.Edit(command.Actor, question.AuthorId)).NotArchivedAsync(question?.Id)).Refused)
        {
            return command.Refusal!;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        question!.Delete();
        await db.SaveChangesAsync(cancellationToken);
        await search.RemoveAsync(db, PostKinds.Question, question.Id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        events.Raise(question.Id);
        return Outcome.Ok;
    }

    /// <summary>Moderators close a question as a duplicate of another (linked) or as off-topic; reopening puts it back where it was.</summary>
    public async Task<Outcome> CloseAsync(string? userId, int questionId, QuestionState closedAs, int? duplicateOfId = null, CancellationToken cancellationToken = default)
    {
        await using var command = await commands.StartAsync(userId, cancellationToken);
        var db = command.Db;
        if (command.Member().Rule(QuestionRules.Close(command.Actor)).Refused)
        {
            return command.Refusal!;
        }
        var question = await db.Set<Question>().SingleOrDefaultAsync(q => q.Id == questionId && !q.IsDeleted, cancellationToken);
        if (command.Rule(question is null || closedAs is not (QuestionState.Duplicate or QuestionState.OffTopic or QuestionState.Open) ? BoardRefusal.Unknown : BoardRefusal.None).Refused)
        {
            return command.Refusal!;
        }
        if (closedAs == QuestionState.Duplicate
            && (duplicateOfId is null || duplicateOfId == questionId
                || !await db.Set<Question>().AnyAsync(q => q.Id == duplicateOfId && !q.IsDeleted && !q.IsHidden, cancellationToken)))
        {
            return Outcome.Refused(text["Close.OriginalUnknown"], "DuplicateOf");
        }
        if (closedAs == QuestionState.Open)
        {
            question!.Reopen();
        }
        else
        {
            question!.Close(closedAs, duplicateOfId);
        }
        await db.SaveChangesAsync(cancellationToken);
        events.Raise(question.Id);
        return Outcome.Ok;
    }

    // Experts hear about new questions in the tags they chose; an expert who chose none hears about all of them.
    private async Task<List<string>> ExpertsFollowingAsync(AppDbContext db, IReadOnlyCollection<int> tagIds, string askerId, CancellationToken cancellationToken)
    {
        var experts = (await staff.InRoleAsync(AppRoles.Expert, cancellationToken)).Select(e => e.UserId).Where(id => id != askerId).ToList();
        var follows = await db.Set<ExpertTagFollow>().Where(f => experts.Contains(f.UserId)).ToListAsync(cancellationToken);
        return experts.Where(id => follows.All(f => f.UserId != id) || follows.Any(f => f.UserId == id && tagIds.Contains(f.TagId))).ToList();
    }
}
