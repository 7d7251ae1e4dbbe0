using MemberHub.Web.Infrastructure.Caching;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace MemberHub.Web.Features.Talks.Schedule;

/// <summary>One listed talk and its taken seats, as everyone sees them.</summary>
public sealed record TalkListRow(Talk Talk, int Seats);

/// <summary>
/// The upcoming and past lists as everyone sees them (what a reader may attend is worked out per request), dropped
/// whenever a talk or a seat is saved or a talk announces a change. A talk that ends moves to the past list within
/// the cache's short lifetime; its state on the row is worked out on each request.
/// </summary>
public sealed class TalkListCache : KeyedCache<string, IReadOnlyList<TalkListRow>>
{
    public TalkListCache(TimeProvider clock, TalkEvents events) : base(clock) => events.Subscribe(_ => true, _ => ChangedForEveryone());
}

/// <summary>Each reader's seats among a listed page of talks (talk id → waiting), dropped on the same changes as the lists.</summary>
public sealed class ListedSeats : KeyedCache<string, IReadOnlyDictionary<int, bool>>
{
    public ListedSeats(TimeProvider clock, TalkEvents events) : base(clock) => events.Subscribe(_ => true, _ => ChangedForEveryone());
}

/// <summary>Drops the kept lists once a save that adds, changes or removes a talk or a seat is committed.</summary>
public sealed class TalkListChanges(TalkListCache cache) : UserDataChanges<IReadOnlyList<TalkListRow>>(cache)
{
    protected override string? UserOf(EntityEntry entry) => entry.Entity is Talk or Rsvps.TalkRsvp ? Everyone : null;
}

/// <summary>Drops the kept seats of listed pages once a save that adds, changes or removes a talk or a seat is committed.</summary>
public sealed class ListedSeatChanges(ListedSeats cache) : UserDataChanges<IReadOnlyDictionary<int, bool>>(cache)
{
    protected override string? UserOf(EntityEntry entry) => entry.Entity is Talk or Rsvps.TalkRsvp ? Everyone : null;
}
