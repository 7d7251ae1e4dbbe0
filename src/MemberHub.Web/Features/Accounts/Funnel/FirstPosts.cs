using MemberHub.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MemberHub.Web.Features.Accounts.Funnel;

/// <summary>Something a member writes for others to read (a question, an answer, a comment, a reply, a question for a speaker).</summary>
public interface IAuthoredPost
{
    string AuthorId { get; }
}

/// <summary>
/// The joining funnel's last step, "first post", whichever feature saved it: a save that adds an <see cref="IAuthoredPost"/>
/// records the step for its author in the same unit of work (a person who already reached it is skipped).
/// </summary>
public sealed class FirstPosts(TimeProvider clock) : SaveChangesInterceptor
{
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, List<string>> authors = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is AppDbContext db && authors.TryGetValue(db, out var written))
        {
            authors.Remove(db);
            foreach (var author in written.Distinct())
            {
                await JoiningFunnel.RecordAsync(db, author, JoiningStep.FirstPost, clock.GetUtcNow().UtcDateTime, null, cancellationToken);
            }
        }
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is AppDbContext db && authors.TryGetValue(db, out var written))
        {
            authors.Remove(db);
            foreach (var author in written.Distinct())
            {
                JoiningFunnel.Record(db, author, JoiningStep.FirstPost, clock.GetUtcNow().UtcDateTime, null);
            }
        }
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } context)
        {
            authors.Remove(context);
        }
    }

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        var added = context.ChangeTracker.Entries<IAuthoredPost>().Where(e => e.State == EntityState.Added && e.Entity.AuthorId.Length > 0)
            .Select(e => e.Entity.AuthorId).ToList();
        if (added.Count > 0)
        {
            authors.AddOrUpdate(context, added);
        }
    }
}
