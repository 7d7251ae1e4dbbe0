using MemberHub.Web.Infrastructure.Caching;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace MemberHub.Web.Features.Notifications;

/// <summary>A notification saved for a member drops their cached unread count (the bell on every page reads it).</summary>
public sealed class UnreadChanges(PerUserCache<UnreadCount> counts) : UserDataChanges<UnreadCount>(counts)
{
    protected override string? UserOf(EntityEntry entry) => entry.Entity is Notification notification ? notification.RecipientId : null;
}

/// <summary>How many of a member's notifications are unread, as the bell shows it.</summary>
public readonly record struct UnreadCount(int Value);
