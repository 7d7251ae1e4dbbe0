using MemberHub.Web.Data;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Community.Engagement;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Infrastructure;
using MemberHub.Web.Infrastructure.Localization;
using MemberHub.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Community.Profiles;

public sealed class ProfileInput
{
    [LocalizedRequired]
    [LocalizedStringLength(ApplicationUser.DisplayNameMaxLength)]
    public string DisplayName { get; set; } = "";

    [LocalizedUrl]
    [LocalizedStringLength(500)]
    public string? AvatarUrl { get; set; }

    [LocalizedStringLength(MemberProfile.HeadlineMaxLength)]
    public string? Headline { get; set; }

    [LocalizedStringLength(MemberProfile.CityMaxLength)]
    public string? City { get; set; }

    /// <summary>One link per line.</summary>
    public string? Links { get; set; }

    public string? TimeZoneId { get; set; }
    public string? Language { get; set; }
}

public sealed record MemberCard(
    string UserId, string DisplayName, string? AvatarUrl, string Headline, string City, IReadOnlyList<string> Links,
    int Points, EngagementLevel Level, IReadOnlyList<string> Roles, DateTime? IntroducedAtUtc, int? IntroductionId);

/// <summary>Members' profiles: editing one's own, reading anyone's, and the searchable directory.</summary>
public sealed class ProfileService(
    IDbContextFactory<AppDbContext> contexts, PointsService points, StaffDirectory staff, DisplayNames names, PostingGuard guard, MemberAccess access, TimeProvider clock,
    IStringLocalizer<CommunityText> text)
{
    public const int DirectoryPageSize = 30;

    public async Task<ProfileInput> InputForAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == userId, cancellationToken);
        var profile = await db.Set<MemberProfile>().AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        return new ProfileInput
        {
            DisplayName = user.DisplayName,
            AvatarUrl = profile?.AvatarUrl,
            Headline = profile?.Headline,
            City = profile?.City,
            Links = profile?.Links,
            TimeZoneId = user.TimeZoneId,
            Language = user.Language,
        };
    }

    public async Task<Outcome> SaveAsync(string? userId, ProfileInput input, CancellationToken cancellationToken = default)
    {
        if (userId is null)
        {
            return Outcome.Refused(text["Profile.SignIn"]);
        }
        var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        if (!System.ComponentModel.DataAnnotations.Validator.TryValidateObject(input, new(input), results, validateAllProperties: true))
        {
            return Outcome.Refused(results[0].ErrorMessage!, results[0].MemberNames.FirstOrDefault());
        }
        var links = (input.Links ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (links.Length > MemberProfile.MaxLinks)
        {
            return Outcome.Refused(text["Profile.TooManyLinks", MemberProfile.MaxLinks], nameof(ProfileInput.Links));
        }
        if (links.FirstOrDefault(l => !IsWebLink(l)) is { } bad)
        {
            return Outcome.Refused(text["Profile.BadLink", bad], nameof(ProfileInput.Links));
        }
        if (!string.IsNullOrEmpty(input.TimeZoneId) && !TimeZones.IsKnown(input.TimeZoneId))
        {
            return Outcome.Refused(text["Settings.UnknownTimeZone"], nameof(ProfileInput.TimeZoneId));
        }
        if (!string.IsNullOrEmpty(input.Language) && Cultures.Normalize(input.Language) is null)
        {
            return Outcome.Refused(text["Settings.UnknownLanguage"], nameof(ProfileInput.Language));
        }

        var (name, nameError) = await names.CheckAsync(userId, input.DisplayName, cancellationToken);
        if (name is null)
        {
            return Outcome.Refused(nameError!, nameof(ProfileInput.DisplayName));
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.SingleAsync(u => u.Id == userId, cancellationToken);
        var stored = await db.Set<MemberProfile>().AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        var avatar = string.IsNullOrWhiteSpace(input.AvatarUrl) ? null : input.AvatarUrl.Trim();
        var publicChanged = name != user.DisplayName || avatar != stored?.AvatarUrl || (input.Headline?.Trim() ?? "") != (stored?.Headline ?? "")
                            || (input.City?.Trim() ?? "") != (stored?.City ?? "") || string.Join('\n', links) != (stored?.Links ?? "");
        if (publicChanged)
        {
            var oldLinks = (stored?.LinkList ?? []).Append(stored?.AvatarUrl).ToHashSet();
            var addsLinks = links.Append(avatar).Any(l => l is not null && !oldLinks.Contains(l));
            var allowed = await guard.CheckProfileAsync(userId, addsLinks, links.Any(l => !oldLinks.Contains(l)) ? nameof(ProfileInput.Links) : nameof(ProfileInput.AvatarUrl), cancellationToken);
            if (!allowed.Succeeded)
            {
                return allowed;
            }
        }
        user.DisplayName = name;
        user.TimeZoneId = string.IsNullOrEmpty(input.TimeZoneId) ? null : input.TimeZoneId;
        user.Language = Cultures.Normalize(input.Language);
        var profile = await EnsureProfileAsync(db, userId, cancellationToken);
        profile.AvatarUrl = avatar;
        profile.Headline = input.Headline?.Trim() ?? "";
        profile.City = input.City?.Trim() ?? "";
        profile.Links = string.Join('\n', links);
        profile.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Ok;
    }

    /// <summary>A member's profile as <paramref name="viewerId"/> may see it: a banned member's only to moderators (who may lift the ban).</summary>
    public async Task<MemberCard?> CardForAsync(string? viewerId, string userId, CancellationToken cancellationToken = default)
    {
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var banned = await db.Set<Moderation.MemberStanding>().AnyAsync(s => s.UserId == userId && s.BannedAtUtc != null, cancellationToken);
            if (banned && !AccessRules.Moderate(await access.ViewerAsync(viewerId, cancellationToken)).Allowed)
            {
                return null;
            }
        }
        return await CardAsync(userId, cancellationToken);
    }

    public async Task<MemberCard?> CardAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cards = await ToCardsAsync(db, [userId], cancellationToken);
        return cards.Count == 0 ? null : cards[0];
    }

    /// <summary>Members (people with a membership, a staff role or an introduction), searched by name, headline and city.</summary>
    public async Task<IReadOnlyList<MemberCard>> DirectoryAsync(string? search, int page = 0, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var profiles = db.Set<MemberProfile>();
        var users = db.Users.AsNoTracking()
            .Where(u => db.Set<Memberships.Billing.Membership>().Any(m => m.UserId == u.Id && m.Status != Memberships.Billing.MembershipStatus.Ended)
                        || db.UserRoles.Any(r => r.UserId == u.Id)
                        || profiles.Any(p => p.UserId == u.Id && p.IntroducedAtUtc != null))
            .Where(u => !db.Set<Moderation.MemberStanding>().Any(s => s.UserId == u.Id && s.BannedAtUtc != null));
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim().ToUpper();
            users = users.Where(u => u.DisplayName.ToUpper().Contains(term)
                                     || profiles.Any(p => p.UserId == u.Id && (p.Headline.ToUpper().Contains(term) || p.City.ToUpper().Contains(term))));
        }
        var ids = await users
            .OrderByDescending(u => profiles.Where(p => p.UserId == u.Id).Select(p => p.Points).FirstOrDefault())
            .ThenBy(u => u.DisplayName)
            .Skip(page * DirectoryPageSize).Take(DirectoryPageSize)
            .Select(u => u.Id).ToListAsync(cancellationToken);
        return await ToCardsAsync(db, ids, cancellationToken);
    }

    internal static async Task<MemberProfile> EnsureProfileAsync(AppDbContext db, string userId, CancellationToken cancellationToken)
    {
        var profile = db.Set<MemberProfile>().Local.FirstOrDefault(p => p.UserId == userId)
                      ?? await db.Set<MemberProfile>().SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        if (profile is null)
        {
            profile = new MemberProfile { UserId = userId };
            db.Add(profile);
        }
        return profile;
    }

    private static bool IsWebLink(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    // Cards in the order of userIds.
    private async Task<IReadOnlyList<MemberCard>> ToCardsAsync(AppDbContext db, IReadOnlyList<string> userIds, CancellationToken cancellationToken)
    {
        var levels = await points.LevelsAsync(cancellationToken);
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, cancellationToken);
        var profiles = await db.Set<MemberProfile>().AsNoTracking().Where(p => userIds.Contains(p.UserId)).ToDictionaryAsync(p => p.UserId, cancellationToken);
        var introductions = await db.Set<Introductions.Introduction>().AsNoTracking().Where(i => userIds.Contains(i.AuthorId) && !i.IsHidden)
            .GroupBy(i => i.AuthorId).Select(g => new { AuthorId = g.Key, Id = g.Max(i => i.Id) }).ToDictionaryAsync(x => x.AuthorId, x => x.Id, cancellationToken);
        var cards = new List<MemberCard>(userIds.Count);
        foreach (var id in userIds.Where(users.ContainsKey))
        {
            var user = users[id];
            var profile = profiles.GetValueOrDefault(id);
            var roles = await staff.RolesOfAsync(id, cancellationToken);
            var total = profile?.Points ?? 0;
            cards.Add(new MemberCard(id, user.NameForDisplay, profile?.AvatarUrl, profile?.Headline ?? "", profile?.City ?? "",
                profile?.LinkList ?? [], total, PointsService.LevelOf(levels, total), roles, profile?.IntroducedAtUtc,
                introductions.TryGetValue(id, out var introId) ? introId : null));
        }
        return cards;
    }
}
