using MemberHub.Web.Data;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Community.Engagement;
using MemberHub.Web.Features.Community.Profiles;
using MemberHub.Web.Features.Community.Seasons;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Notifications;
using MemberHub.Web.Infrastructure;
using MemberHub.Web.Infrastructure.Markdown;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Community.Introductions;

public sealed record ReplyView(int Id, string AuthorId, string AuthorName, string BodyHtml, DateTime CreatedAtUtc, bool IsHidden);

public sealed record IntroductionView(
    int Id, string AuthorId, string AuthorName, string Headline, string BodyHtml, DateTime CreatedAtUtc, bool IsHidden,
    int WelcomeCount, bool WelcomedByViewer, IReadOnlyList<ReplyView> Replies);

/// <summary>The Introductions space: members introduce themselves, others welcome them and reply.</summary>
public sealed class IntroductionService(
    IDbContextFactory<AppDbContext> contexts, PostingGuard guard, MemberAccess access, MarkdownRenderer markdown, PointsService points,
    NotificationCenter notifications, IntroductionEvents events, TimeProvider clock, IStringLocalizer<CommunityText> text, Accounts.Funnel.JoiningFunnel funnel,
    Seasons.SeasonArchive archive)
{
    public const int PageSize = 20;

    public async Task<IReadOnlyList<IntroductionView>> FeedAsync(string? viewerId, int page = 0, int? onlyId = null, CancellationToken cancellationToken = default)
    {
        var viewer = await access.ViewerAsync(viewerId, cancellationToken);
        var seesHidden = AccessRules.Moderate(viewer).Allowed;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Set<Introduction>().AsNoTracking().Where(i => seesHidden || !i.IsHidden);
        if (onlyId is { } id)
        {
            query = query.Where(i => i.Id == id);
        }
        // Archives the Owner keeps for their own season's members are left out for everyone else.
        query = query.OutsideSeasons(await archive.ClosedToAsync(viewer, cancellationToken), i => i.CreatedAtUtc);
        var page0 = await query.OrderByDescending(i => i.Id).Skip(page * PageSize).Take(PageSize)
            .Select(i => new
            {
                i.Id, i.AuthorId, i.BodyHtml, i.CreatedAtUtc, i.IsHidden,
                Welcomes = i.Welcomes.Count,
                Welcomed = i.Welcomes.Any(w => w.UserId == viewerId),
                Replies = i.Replies.Where(r => seesHidden || !r.IsHidden).OrderBy(r => r.Id)
                    .Select(r => new { r.Id, r.AuthorId, r.BodyHtml, r.CreatedAtUtc, r.IsHidden }).ToList(),
            })
            .ToListAsync(cancellationToken);
        var authorIds = page0.SelectMany(i => i.Replies.Select(r => r.AuthorId).Append(i.AuthorId)).Distinct().ToList();
        var authors = await DisplayNames.OfAsync(db, authorIds, cancellationToken);
        var headlines = await db.Set<MemberProfile>().AsNoTracking().Where(p => authorIds.Contains(p.UserId))
            .ToDictionaryAsync(p => p.UserId, p => p.Headline, cancellationToken);
        return page0.Select(i => new IntroductionView(i.Id, i.AuthorId, authors.GetValueOrDefault(i.AuthorId, "?"), headlines.GetValueOrDefault(i.AuthorId, ""),
                i.BodyHtml, i.CreatedAtUtc, i.IsHidden, i.Welcomes, i.Welcomed,
                i.Replies.Select(r => new ReplyView(r.Id, r.AuthorId, authors.GetValueOrDefault(r.AuthorId, "?"), r.BodyHtml, r.CreatedAtUtc, r.IsHidden)).ToList()))
            .ToList();
    }

    /// <summary>Posts (or edits) the member's introduction, which completes the joining ritual.</summary>
    public async Task<Outcome<int>> IntroduceAsync(string? userId, string body, CancellationToken cancellationToken = default)
    {
        body = body?.Trim() ?? "";
        if (body.Length < Introduction.BodyMinLength || body.Length > Introduction.BodyMaxLength)
        {
            return Outcome<int>.Refused(text["Introductions.Length", Introduction.BodyMinLength, Introduction.BodyMaxLength], "Body");
        }
        var allowed = await guard.CheckAsync(userId, PostPlace.Introductions, body, cancellationToken: cancellationToken);
        if (!allowed.Succeeded)
        {
            return Outcome<int>.Refused(allowed.Error!, allowed.Field);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var introduction = await db.Set<Introduction>().Where(i => i.AuthorId == userId).OrderByDescending(i => i.Id).FirstOrDefaultAsync(cancellationToken);
        var profile = await ProfileService.EnsureProfileAsync(db, userId!, cancellationToken);
        if (introduction is null)
        {
            introduction = new Introduction { AuthorId = userId!, CreatedAtUtc = now };
            db.Add(introduction);
            profile.PostCount++;
        }
        introduction.BodyMarkdown = body;
        introduction.BodyHtml = markdown.ToSafeHtml(body);
        introduction.UpdatedAtUtc = now;
        profile.IntroducedAtUtc ??= now;
        await db.SaveChangesAsync(cancellationToken);
        await funnel.RecordAsync(db, userId!, Accounts.Funnel.JoiningStep.Introduced, cancellationToken: cancellationToken);
        await points.AwardAsync(userId!, PointKinds.Introduced, $"introduction:{introduction.Id}", cancellationToken);
        events.Raise(introduction.Id);
        return Outcome<int>.Ok(introduction.Id);
    }

    public async Task<Outcome<int>> ReplyAsync(string? userId, int introductionId, string body, CancellationToken cancellationToken = default)
    {
        body = body?.Trim() ?? "";
        if (body.Length == 0 || body.Length > IntroductionReply.BodyMaxLength)
        {
            return Outcome<int>.Refused(text["Introductions.ReplyLength", IntroductionReply.BodyMaxLength], "Body");
        }
        var allowed = await guard.CheckAsync(userId, PostPlace.Elsewhere, body, cancellationToken: cancellationToken);
        if (!allowed.Succeeded)
        {
            return Outcome<int>.Refused(allowed.Error!, allowed.Field);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var introduction = await db.Set<Introduction>().SingleOrDefaultAsync(i => i.Id == introductionId && !i.IsHidden, cancellationToken);
        if (introduction is null)
        {
            return Outcome<int>.Refused(text["Introductions.Unknown"]);
        }
        if (await archive.WriteRefusalAsync(introduction.CreatedAtUtc, cancellationToken) is { } archived)
        {
            return Outcome<int>.Refused(archived.Error!);
        }
        var reply = new IntroductionReply
        {
            IntroductionId = introductionId, AuthorId = userId!, BodyMarkdown = body, BodyHtml = markdown.ToSafeHtml(body), CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(reply);
        (await ProfileService.EnsureProfileAsync(db, userId!, cancellationToken)).PostCount++;
        var replier = await DisplayNames.OfAsync(db, userId!, cancellationToken);
        if (introduction.AuthorId != userId)
        {
            notifications.Add(db, NotificationKinds.IntroductionReply, introduction.AuthorId, $"/introductions/{introductionId}", replier, Excerpt(body));
        }
        await db.SaveChangesAsync(cancellationToken);
        await points.AwardAsync(userId!, PointKinds.Replied, $"reply:{reply.Id}", cancellationToken);
        notifications.Announce(introduction.AuthorId);
        events.Raise(introductionId);
        return Outcome<int>.Ok(reply.Id);
    }

    /// <summary>The "welcome!" reaction; once per member per introduction, not on one's own.</summary>
    public async Task<Outcome> WelcomeAsync(string? userId, int introductionId, CancellationToken cancellationToken = default)
    {
        var allowed = await guard.CheckAsync(userId, ContentWrite.Reaction, PostPlace.Introductions, null, cancellationToken: cancellationToken);
        if (!allowed.Succeeded)
        {
            return allowed;
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var introduction = await db.Set<Introduction>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == introductionId && !i.IsHidden, cancellationToken);
        if (introduction is null)
        {
            return Outcome.Refused(text["Introductions.Unknown"]);
        }
        if (introduction.AuthorId == userId)
        {
            return Outcome.Refused(text["Introductions.WelcomeSelf"]);
        }
        if (await archive.WriteRefusalAsync(introduction.CreatedAtUtc, cancellationToken) is { } archived)
        {
            return archived;
        }
        if (await db.Set<IntroductionWelcome>().AnyAsync(w => w.IntroductionId == introductionId && w.UserId == userId, cancellationToken))
        {
            return Outcome.Refused(text["Introductions.AlreadyWelcomed"]);
        }
        db.Add(new IntroductionWelcome { IntroductionId = introductionId, UserId = userId!, CreatedAtUtc = clock.GetUtcNow().UtcDateTime });
        var welcomer = await DisplayNames.OfAsync(db, userId!, cancellationToken);
        notifications.Add(db, NotificationKinds.Welcomed, introduction.AuthorId, $"/introductions/{introductionId}", welcomer);
        await db.SaveChangesAsync(cancellationToken);
        await points.AwardAsync(userId!, PointKinds.Welcomed, $"welcome:{introductionId}", cancellationToken);
        notifications.Announce(introduction.AuthorId);
        events.Raise(introductionId);
        return Outcome.Ok;
    }

    // Notification titles and e-mail subjects are plain text, so the Markdown goes first.
    internal static string Excerpt(string markdown)
    {
        var text = Markdig.Markdown.ToPlainText(markdown).Replace('\n', ' ').Trim();
        return text.Length <= 120 ? text : text[..119] + "…";
    }
}
