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

/// <summary>What a command does to community content; each kind meets the rules that fit it.</summary>
public enum ContentWrite
{
    /// <summary>A new post (introduction, reply, question, answer, comment, summary, speaker question): every rule.</summary>
    Post,
    /// <summary>Changing an existing post: the same rules as posting, so an edit cannot carry what a post could not.</summary>
    Edit,
    /// <summary>A vote, an accept, a "welcome", marking resolved: standing and ritual, no rate or link rule.</summary>
    Reaction,
}

/// <summary>
/// "May this person change community content now?" — asked by every command that writes content, at the moment
/// of writing: the access policy (membership, standing, joining ritual), the posting rate, and the anti-advertising
/// rule (new members may not post external links, in posts, edits or profiles).
/// </summary>
public sealed class PostingGuard(
    MemberAccess access, IDbContextFactory<AppDbContext> contexts, CommunitySettingsService community, MarkdownRenderer markdown,
    IOptions<CommunityOptions> options, TimeProvider clock, IStringLocalizer<CommunityText> text)
{
    private readonly ConcurrentDictionary<string, Queue<DateTime>> recentPosts = new();

    public Task<Outcome> CheckAsync(string? userId, PostPlace place, string body, int requiredRank = 0, CancellationToken cancellationToken = default) =>
        CheckAsync(userId, ContentWrite.Post, place, body, requiredRank, cancellationToken);

    public async Task<Outcome> CheckAsync(string? userId, ContentWrite write, PostPlace place, string? body, int requiredRank = 0, CancellationToken cancellationToken = default) =>
        await CheckAsync(await access.ViewerAsync(userId, cancellationToken), write, place, body, requiredRank, cancellationToken);

    /// <summary>The same, for a command that has read its acting member already (it reads them once and passes them on).</summary>
    /// <param name="body">The Markdown being written (for the link rule); null for reactions.</param>
    public async Task<Outcome> CheckAsync(Viewer viewer, ContentWrite write, PostPlace place, string? body, int requiredRank = 0, CancellationToken cancellationToken = default)
    {
        var decision = await access.PostAsync(viewer, place, requiredRank, cancellationToken);
        if (!decision.Allowed)
        {
            return Outcome.Refused(RefusalText(decision.Refusal));
        }
        if (write is ContentWrite.Post or ContentWrite.Edit && !TakeRateSlot(viewer.UserId!))
        {
            return Outcome.Refused(text["Posting.TooFast"], "Body");
        }
        return markdown.HasExternalLinks(body) ? await LinksAllowedAsync(viewer, "Body", cancellationToken) : Outcome.Ok;
    }

    /// <summary>
    /// Changing the public face (<see cref="AccessRules.EditProfile"/>); links and an avatar address only after the
    /// link-free period (<paramref name="addsLinks"/>: it adds ones it did not have).
    /// </summary>
    public async Task<Outcome> CheckProfileAsync(string? userId, bool addsLinks, string linkField, CancellationToken cancellationToken = default)
    {
        var viewer = await access.ViewerAsync(userId, cancellationToken);
        var decision = AccessRules.EditProfile(viewer, clock.GetUtcNow().UtcDateTime);
        if (!decision.Allowed)
        {
            return Outcome.Refused(RefusalText(decision.Refusal));
        }
        return addsLinks ? await LinksAllowedAsync(viewer, linkField, cancellationToken) : Outcome.Ok;
    }

    public string RefusalText(AccessRefusal refusal) => text[$"Posting.Refused.{refusal}"];

    private async Task<Outcome> LinksAllowedAsync(Viewer viewer, string field, CancellationToken cancellationToken)
    {
        if (await MayPostLinksAsync(viewer, cancellationToken))
        {
            return Outcome.Ok;
        }
        var settings = await community.GetAsync(cancellationToken);
        return Outcome.Refused(text["Posting.NoLinksYet", settings.LinkRestrictionDays, settings.LinkRestrictionPosts], field);
    }

    // Staff may always link; members once they have been around long enough and written enough.
    private async Task<bool> MayPostLinksAsync(Viewer viewer, CancellationToken cancellationToken)
    {
        var userId = viewer.UserId!;
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
