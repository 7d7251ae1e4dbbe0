using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MemberHub.Web.Data;

/// <summary>
/// Work that follows a save once it has succeeded, whichever feature saved: what the save added is noted before it runs
/// (afterwards every entry is unchanged) and handed over after it, so a failed save leaves nothing behind.
/// </summary>
public abstract class AfterSave<TItem> : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, List<TItem>> pending = [];

    /// <summary>What the entries about to be saved mean to this interceptor (usually drawn from the added ones).</summary>
    protected abstract IEnumerable<TItem> Note(ChangeTracker changes);

    protected abstract Task AfterAsync(AppDbContext db, IReadOnlyList<TItem> items, CancellationToken cancellationToken);

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
        if (eventData.Context is AppDbContext db && pending.TryGetValue(db, out var items))
        {
            pending.Remove(db);
            await AfterAsync(db, items, cancellationToken);
        }
        return result;
    }

    // SQLite answers synchronously underneath, so the synchronous path waits for the same work.
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is AppDbContext db && pending.TryGetValue(db, out var items))
        {
            pending.Remove(db);
            AfterAsync(db, items, CancellationToken.None).GetAwaiter().GetResult();
        }
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } context)
        {
            pending.Remove(context);
        }
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        var items = Note(context.ChangeTracker).ToList();
        if (items.Count > 0)
        {
            pending.AddOrUpdate(context, items);
        }
    }
}
