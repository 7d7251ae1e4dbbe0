using MemberHub.Web.Features.Community;
using MemberHub.Web.Features.Questions.Board;
using MemberHub.Web.Features.Questions.Tags;
using MemberHub.Web.Infrastructure;
using MemberHub.Web.Infrastructure.Markdown;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Questions.Faq;

/// <summary>What the FAQ editor sends: an entry's question as the FAQ words it, and its final answer.</summary>
public sealed class FaqInput
{
    public string? Title { get; set; }
    public string? Answer { get; set; }
}

/// <summary>
/// Building the FAQ (精华): an expert or the Owner promotes a thread's summary or accepted answer, then edits, orders or
/// removes entries. Every act asks the board's rules for the acting member as they are now.
/// </summary>
public sealed class FaqService(
    BoardCommands commands, MarkdownRenderer markdown, TagService tags, FaqCache cache, QuestionEvents events, TimeProvider clock,
    IStringLocalizer<QuestionsText> text)
{
    /// <summary>What an entry's history is filed under (beside questions', answers' and comments').</summary>
    public const string EditKind = "faq";

    public async Task<Outcome<int>> PromoteAsync(string? userId, int answerId, CancellationToken cancellationToken = default)
    {
        await using var command = await commands.StartAsync(userId, cancellationToken);
        var db = command.Db;
        var answer = await db.Set<Answer>().Include(a => a.Question).SingleOrDefaultAsync(a => a.Id == answerId, cancellationToken);
        var inFaq = answer is not null && await db.Set<FaqEntry>().AnyAsync(e => e.QuestionId == answer.QuestionId, cancellationToken);
        await command.Member()
            .Rule(answer?.Question is not { } question ? BoardRefusal.Unknown : FaqRules.Promote(command.Actor, question, answer, inFaq))
            .MayWriteAsync(ContentWrite.Reaction, null);
        if (command.Refused)
        {
            return command.RefusedAs<int>();
        }
        var last = await db.Set<FaqEntry>().MaxAsync(e => (int?)e.Position, cancellationToken) ?? 0;
        var entry = new FaqEntry
        {
            QuestionId = answer!.QuestionId, AnswerId = answer.Id, Title = answer.Question!.Title, AnswerMarkdown = answer.BodyMarkdown,
            AnswerHtml = answer.BodyHtml, Position = last + 1, PromotedById = command.Actor.UserId, PromotedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(entry);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two curators promoting the same thread at once: the unique index keeps one entry.
            return Outcome<int>.Refused(commands.Refusal(BoardRefusal.AlreadyInFaq));
        }
        Announce(entry.QuestionId);
        return Outcome<int>.Ok(entry.Id);
    }

    /// <summary>Rewords an entry; the earlier wording is kept in the history, as a post's is.</summary>
    public async Task<Outcome> EditAsync(string? userId, int entryId, FaqInput input, CancellationToken cancellationToken = default)
    {
        var title = input.Title?.Trim() ?? "";
        var body = input.Answer?.Trim() ?? "";
        await using var command = await commands.StartAsync(userId, cancellationToken);
        var db = command.Db;
        var entry = await db.Set<FaqEntry>().SingleOrDefaultAsync(e => e.Id == entryId, cancellationToken);
        await command
            .Refuse(title.Length is 0 or > Question.TitleMaxLength ? Outcome.Refused(text["Faq.TitleLength", Question.TitleMaxLength], "Title") : null)
            .Length(body, FaqEntry.AnswerMaxLength, "Answer.Length", "Answer")
            .Rule(entry is null ? BoardRefusal.Unknown : FaqRules.Curate(command.Actor))
            .MayWriteAsync(ContentWrite.Edit, body);
        if (command.Refused)
        {
            return command.Refusal!;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        db.Add(PostEdit.Of(EditKind, entry!.Id, command.Actor.UserId, entry.AnswerMarkdown, now, entry.Title));
        entry.Title = title;
        entry.AnswerMarkdown = body;
        entry.AnswerHtml = markdown.ToSafeHtml(body);
        entry.EditedAtUtc = now;
        await db.SaveChangesAsync(cancellationToken);
        Announce(entry.QuestionId);
        return Outcome.Ok;
    }

    /// <summary>Moves an entry one place up or down among the entries listed under the same tag.</summary>
    public async Task<Outcome> MoveAsync(string? userId, int entryId, bool up, CancellationToken cancellationToken = default)
    {
        await using var command = await commands.StartAsync(userId, cancellationToken);
        var db = command.Db;
        var entries = await db.Set<FaqEntry>().OrderBy(e => e.Position).ThenBy(e => e.Id).ToListAsync(cancellationToken);
        var entry = entries.FirstOrDefault(e => e.Id == entryId);
        command.Member().Rule(entry is null ? BoardRefusal.Unknown : FaqRules.Curate(command.Actor));
        if (command.Refused)
        {
            return command.Refusal!;
        }
        var order = new FaqTagOrder(await tags.ListAsync(cancellationToken));
        var links = (await db.Set<QuestionTagLink>().Where(l => db.Set<FaqEntry>().Any(e => e.QuestionId == l.QuestionId))
            .Select(l => new { l.QuestionId, l.TagId }).ToListAsync(cancellationToken)).ToLookup(l => l.QuestionId, l => l.TagId);
        int? GroupOf(FaqEntry e) => order.GroupOf(links[e.QuestionId]);
        var group = entries.Where(e => GroupOf(e) == GroupOf(entry!)).ToList();
        var index = group.IndexOf(entry!);
        var neighbour = up ? group.ElementAtOrDefault(index - 1) : group.ElementAtOrDefault(index + 1);
        if (neighbour is null)
        {
            return Outcome.Ok;
        }
        // Positions are renumbered in order first, so two entries never share one and a swap always moves.
        for (var i = 0; i < entries.Count; i++)
        {
            entries[i].Position = i + 1;
        }
        (entry!.Position, neighbour.Position) = (neighbour.Position, entry.Position);
        await db.SaveChangesAsync(cancellationToken);
        cache.Changed();
        return Outcome.Ok;
    }

    /// <summary>Takes an entry out of the FAQ; its thread stays as it is.</summary>
    public async Task<Outcome> RemoveAsync(string? userId, int entryId, CancellationToken cancellationToken = default)
    {
        await using var command = await commands.StartAsync(userId, cancellationToken);
        var db = command.Db;
        var entry = await db.Set<FaqEntry>().SingleOrDefaultAsync(e => e.Id == entryId, cancellationToken);
        command.Member().Rule(entry is null ? BoardRefusal.Unknown : FaqRules.Curate(command.Actor));
        if (command.Refused)
        {
            return command.Refusal!;
        }
        db.Remove(entry!);
        await db.SaveChangesAsync(cancellationToken);
        Announce(entry!.QuestionId);
        return Outcome.Ok;
    }

    /// <summary>Is the thread in the FAQ for everyone: the FAQ's copy and the thread's badge change together.</summary>
    private void Announce(int questionId)
    {
        cache.Changed();
        events.Raise(questionId);
    }
}
