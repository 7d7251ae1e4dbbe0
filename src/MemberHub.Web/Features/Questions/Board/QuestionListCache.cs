using MemberHub.Web.Infrastructure.Caching;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace MemberHub.Web.Features.Questions.Board;

/// <summary>One listed question as everyone sees it; tags by id, so a renamed tag shows at once.</summary>
public sealed record QuestionListRow(
    int Id, string Title, QuestionState State, QuestionStage Stage, int Score, int AnswerCount, bool Expert, string AuthorName, DateTime CreatedAtUtc,
    IReadOnlyList<int> TagIds);

/// <summary>
/// Pages of the board as the readers of one tier rank see them (the page, its filter and the rank are the key; a
/// member's own questions are never kept), dropped whenever any question, tag link or talk is saved or the board
/// announces a change (a vote's score is written in bulk): the board is read far more often than it is written,
/// and one changed question can move every page. The short lifetime covers a renamed author.
/// </summary>
public sealed class QuestionListCache : KeyedCache<string, IReadOnlyList<QuestionListRow>>
{
    public QuestionListCache(TimeProvider clock, QuestionEvents events) : base(clock) => events.Subscribe(_ => true, _ => ChangedForEveryone());

    /// <param name="rank">The reader's tier rank for talk-tiered questions; null for staff, who see them all.</param>
    public static string KeyOf(int? tagId, QuestionFilter filter, int page, int? rank) =>
        $"{tagId}|{filter.Stage}|{filter.State}|{filter.Sort}|{page}|{rank?.ToString() ?? "staff"}";
}

/// <summary>Drops every kept page once a save that adds, changes or removes a question, a tag link or a talk is committed.</summary>
public sealed class QuestionListChanges(QuestionListCache cache) : UserDataChanges<IReadOnlyList<QuestionListRow>>(cache)
{
    protected override string? UserOf(EntityEntry entry) => entry.Entity is Question or QuestionTagLink or Talks.Schedule.Talk ? Everyone : null;
}
