using MemberHub.Web.Data;
using MemberHub.Web.Features.Community;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Questions.Board;

/// <summary>Starts board commands: the unit of work, and the acting member read once for the whole command.</summary>
public sealed class BoardCommands(
    IDbContextFactory<AppDbContext> contexts, MemberAccess access, PostingGuard guard, Community.Seasons.SeasonArchive archive, IStringLocalizer<QuestionsText> text)
{
    public async Task<BoardCommand> StartAsync(string? userId, CancellationToken cancellationToken)
    {
        var viewer = await access.ViewerAsync(userId, cancellationToken);
        return new BoardCommand(await contexts.CreateDbContextAsync(cancellationToken), viewer, access, guard, archive, this, text, cancellationToken);
    }

    public string Refusal(BoardRefusal refusal) => text[$"Refused.{refusal}"];
}

/// <summary>
/// One board command under way, and the opening every command shares, written once: the text's length, the board's
/// rule for what it acts on, then "may this member write here now?" asked of <see cref="PostingGuard"/> for the
/// member read at the start. The first check that fails is the <see cref="Refusal"/>; the checks after it do nothing.
/// </summary>
public sealed class BoardCommand(
    AppDbContext db, Viewer viewer, MemberAccess access, PostingGuard guard, Community.Seasons.SeasonArchive archive, BoardCommands commands,
    IStringLocalizer<QuestionsText> text,
    CancellationToken cancellationToken)
    : IAsyncDisposable
{
    public AppDbContext Db => db;

    public Viewer Viewer => viewer;

    public BoardActor Actor { get; } = BoardActor.Of(viewer);

    /// <summary>A member with access to the community's content now (see <see cref="Member"/>).</summary>
    public bool IsMember => access.MemberContent(viewer).Allowed;

    /// <summary>Why the command is refused, in the member's language; null while every check has passed.</summary>
    public Outcome? Refusal { get; private set; }

    public bool Refused => Refusal is not null;

    /// <summary>A post's text must be there and within its limit; <paramref name="message"/> names the text that says so.</summary>
    public BoardCommand Length(string body, int maxLength, string message, string field) =>
        Refuse(body.Length == 0 || body.Length > maxLength ? Outcome.Refused(text[message, maxLength, body.Length], field) : null);

    /// <summary>The board's own rule for this command (see <see cref="QuestionRules"/>).</summary>
    public BoardCommand Rule(BoardRefusal refusal) =>
        Refuse(refusal == BoardRefusal.None ? null : Outcome.Refused(commands.Refusal(refusal)));

    /// <summary>A check the command made itself (input, references); null when it passed.</summary>
    public BoardCommand Refuse(Outcome? refusal)
    {
        Refusal ??= refusal is { Succeeded: false } ? refusal : null;
        return this;
    }

    /// <summary>For commands that write no content (delete, close): a member with access to the community.</summary>
    public BoardCommand Member()
    {
        var decision = access.MemberContent(viewer);
        return Refuse(decision.Allowed ? null : Outcome.Refused(guard.RefusalText(decision.Refusal)));
    }

    /// <summary>The community's posting rules (membership, standing, ritual, rate, links) for this kind of write.</summary>
    public async Task<BoardCommand> MayWriteAsync(ContentWrite write, string? body)
    {
        if (Refusal is null)
        {
            Refuse(await guard.CheckAsync(viewer, write, PostPlace.Elsewhere, body, cancellationToken: cancellationToken));
        }
        return this;
    }

    /// <summary>
    /// A thread asked in a season that has ended is part of its read-only archive: nothing in it changes any more (moderators
    /// may still hide). Given the thread, or one of its answers.
    /// </summary>
    public async Task<BoardCommand> NotArchivedAsync(int? questionId = null, int? answerId = null)
    {
        if (Refusal is null && (questionId ?? answerId) is not null && await archive.AnyEndedAsync(cancellationToken))
        {
            var asked = questionId is { } id
                ? await db.Set<Question>().Where(q => q.Id == id).Select(q => (DateTime?)q.CreatedAtUtc).FirstOrDefaultAsync(cancellationToken)
                : await db.Set<Answer>().Where(a => a.Id == answerId).Select(a => (DateTime?)a.Question!.CreatedAtUtc).FirstOrDefaultAsync(cancellationToken);
            if (asked is { } at)
            {
                Refuse(await archive.WriteRefusalAsync(at, cancellationToken));
            }
        }
        return this;
    }

    public Outcome<T> RefusedAs<T>() => Outcome<T>.Refused(Refusal!.Error!, Refusal.Field);

    public ValueTask DisposeAsync() => db.DisposeAsync();
}
