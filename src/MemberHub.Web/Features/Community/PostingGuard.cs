using System.Collections.Concurrent;
using MemberHub.Web.Data;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Community.Profiles;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Infrastructure;
using MemberHub.Web.Infrastructure.Markdown;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace MemberHub.Web.Features.Community;

/// <summary>
/// Every feature asks this before saving a post: the access policy (membership, standing, joining ritual), the
/// posting rate, and the anti-advertising rule (new members may not post external links).
/// </summary>
public sealed class PostingGuard(
    MemberAccess access, IDbContextFactory<AppDbContext> contexts, CommunitySettingsService community, MarkdownRenderer markdown,
    IOptions<CommunityOptions> options, TimeProvider clock, IStringLocalizer<CommunityText> text)
{
    private readonly ConcurrentDictionary<string, Queue<DateTime>> recentPosts = new();

    public async Task<Outcome> CheckAsync(string? userId, PostPlace place, string body, int requiredRank = 0, CancellationToken cancellationToken = default)
    {
        var decision = await access.PostAsync(userId, place, requiredRank, cancellationToken);
        if (!decision.Allowed)
        {
            return Outcome.Refused(RefusalText(decision.Refusal));
        }
        if (!TakeRateSlot(userId!))
        {
            return Outcome.Refused(text["Posting.TooFast"], "Body");
        }
        if (markdown.HasExternalLinks(body) && !await MayPostLinksAsync(userId!, cancellationToken))
        {
            var settings = await community.GetAsync(cancellationToken);
            return Outcome.Refused(text["Posting.NoLinksYet", settings.LinkRestrictionDays, settings.LinkRestrictionPosts], "Body");
        }
        return Outcome.Ok;
    }

    public string RefusalText(AccessRefusal refusal) => text[$"Posting.Refused.{refusal}"];

    // Staff may always link; members once they have been around long enough and written enough.
    private async Task<bool> MayPostLinksAsync(string userId, CancellationToken cancellationToken)
    {
        var viewer = await access.ViewerAsync(userId, cancellationToken);
        if (viewer.IsStaff)
        {
            return true;
        }
        var settings = await community.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var posts = await db.Set<MemberProfile>().Where(p => p.UserId == userId).Select(p => p.PostCount).FirstOrDefaultAsync(cancellationToken);
        var joined = viewer.Membership?.StartedAtUtc
                     ?? await db.Users.Where(u => u.Id == userId).Select(u => u.CreatedAtUtc).FirstOrDefaultAsync(cancellationToken);
        return posts >= settings.LinkRestrictionPosts && clock.GetUtcNow().UtcDateTime - joined >= TimeSpan.FromDays(settings.LinkRestrictionDays);
    }

    private bool TakeRateSlot(string userId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var times = recentPosts.GetOrAdd(userId, _ => new Queue<DateTime>());
        lock (times)
        {
            while (times.Count > 0 && now - times.Peek() >= TimeSpan.FromMinutes(1))
            {
                times.Dequeue();
            }
            if (times.Count >= options.Value.PostsPerMinute)
            {
                return false;
            }
            times.Enqueue(now);
            return true;
        }
    }
}
