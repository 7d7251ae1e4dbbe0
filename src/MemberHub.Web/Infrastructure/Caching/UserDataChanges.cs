using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MemberHub.Web.Infrastructure.Caching;

/// <summary>
/// Announces which users' data a save changed, once it is committed, so a <see cref="PerUserCache{T}"/> drops their
/// copies: a feature names the rows that make up its cached value (<see cref="UserOf"/>) and every save through EF Core
/// is covered, whichever service made it. Bulk statements (<c>ExecuteUpdate</c>, raw SQL) bypass the change tracker:
/// code that writes those rows that way announces the change itself.
/// </summary>
public abstract class UserDataChanges<T>(KeyedCache<string, T> cache) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    /// <summary>What <see cref="UserOf"/> returns for a row every user's value depends on (a tier's rank, a role).</summary>
    protected const string Everyone = "*";

    private readonly ConditionalWeakTable<DbContext, HashSet<string>> pending = [];

    /// <summary>The user whose value depends on this row, <see cref="Everyone"/>, or null when the row is not ours.</summary>
    protected abstract string? UserOf(EntityEntry entry);

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => Saved(eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Ended(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Ended(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(eventData.Context);
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        HashSet<string>? users = null;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && UserOf(entry) is { } user)
            {
                users ??= pending.GetOrCreateValue(context);
                lock (users)
                {
                    users.Add(user);
                }
            }
        }
    }

    // Announced after the save and again when an enclosing transaction ends: a read between the two sees the old rows
    // and may keep them, and only the second announcement (after the commit) is sure to come later than that read.
    private void Saved(DbContext? context)
    {
        if (context is not null && pending.TryGetValue(context, out var users))
        {
            Announce(users);
            if (context.Database.CurrentTransaction is null)
            {
                pending.Remove(context);
            }
        }
    }

    private void Ended(DbContext? context)
    {
        if (context is not null && pending.TryGetValue(context, out var users))
        {
            pending.Remove(context);
            Announce(users);
        }
    }

    private void Announce(HashSet<string> users)
    {
        string[] changed;
        lock (users)
        {
            changed = [.. users];
        }
        if (changed.Contains(Everyone))
        {
            cache.ChangedForEveryone();
            return;
        }
        foreach (var user in changed)
        {
            cache.Changed(user);
        }
    }
}
