using MemberHub.Web.Data;
using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Community.Seasons;

/// <summary>
/// When a season ends and the next one is set, everyone who was a member during it is invited to renew into the next
/// (a notification, e-mailed like the others): once per season, claimed in the database so a restart or a second pass
/// does not send it again. A season that ends before the Owner has set the next waits until they do.
/// </summary>
public sealed class SeasonInvitations(
    IDbContextFactory<AppDbContext> contexts, SeasonArchive archive, NotificationCenter notifications, TimeProvider clock)
{
    public async Task<int> ScanAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var seasons = await archive.AllAsync(cancellationToken);
        var told = 0;
        foreach (var season in seasons.Where(s => s.HasEnded(now) && s.InvitationsSentAtUtc is null))
        {
            if (SeasonRules.Next(seasons, season) is not { } next)
            {
                continue;
            }
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (await db.Set<Season>().Where(s => s.Id == season.Id && s.InvitationsSentAtUtc == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.InvitationsSentAtUtc, now), cancellationToken) == 0)
            {
                continue;
            }
            // Members during the season: joined before it ended and had not left before it began (and are still here to renew).
            var members = await db.Set<Membership>().AsNoTracking()
                .Where(m => m.StartedAtUtc < season.EndsAtUtc && (m.EndedAtUtc == null || m.EndedAtUtc > season.StartsAtUtc))
                .Select(m => m.UserId).ToListAsync(cancellationToken);
            foreach (var userId in members)
            {
                // The sentence is read in each member's language, the name is stored once: both names when they differ.
                notifications.Add(db, NotificationKinds.NextSeason, userId, "/billing", "",
                    next.NameZh.Length == 0 || next.NameZh == next.NameEn ? next.NameEn : $"{next.NameEn} / {next.NameZh}");
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            archive.Changed();
            members.ForEach(notifications.Announce);
            told += members.Count;
        }
        return told;
    }
}

/// <summary>Looks for ended seasons every hour (on the app's clock), and once at start-up.</summary>
public sealed class SeasonInvitationService(SeasonInvitations invitations, Infrastructure.Jobs.JobLeases leases, TimeProvider clock, ILogger<SeasonInvitationService> logger) : Infrastructure.PeriodicPass(leases, clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override Task<int> PassAsync(CancellationToken cancellationToken) => invitations.ScanAsync(cancellationToken);
}
