using MemberHub.Web.Data;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Features.Memberships.Tiers;
using MemberHub.Web.Features.Memberships.Webhooks;
using MemberHub.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Memberships.Health;

/// <summary>Where a membership and its Stripe subscription disagree; a null Stripe side means Stripe has no such subscription.</summary>
public sealed record BillingDifference(
    int MembershipId, string UserId, string Name, string SubscriptionId,
    MembershipStatus LocalStatus, MembershipStatus? StripeStatus, int LocalTierId, int? StripeTierId, DateTime? LocalPeriodEndUtc, DateTime? StripePeriodEndUtc)
{
    public bool StatusDiffers => StripeStatus != LocalStatus;
    public bool TierDiffers => StripeTierId is { } tier && tier != LocalTierId;
    public bool PeriodEndDiffers => StripeStatus is not null && !SameSecond(LocalPeriodEndUtc, StripePeriodEndUtc);

    internal static bool SameSecond(DateTime? a, DateTime? b) =>
        a is null || b is null ? a == b : Math.Abs((a.Value - b.Value).TotalSeconds) < 1;
}

/// <summary>One comparison of every live Stripe membership with Stripe, in the background; the page follows its progress.</summary>
public sealed class ReconciliationRun(DateTime startedAtUtc, int total)
{
    private readonly List<BillingDifference> differences = [];
    private int checkedCount;

    public DateTime StartedAtUtc { get; } = startedAtUtc;
    public int Total { get; } = total;
    public int Checked => Volatile.Read(ref checkedCount);
    public DateTime? FinishedAtUtc { get; internal set; }
    public string? Error { get; internal set; }
    public Task Completion { get; internal set; } = Task.CompletedTask;

    public IReadOnlyList<BillingDifference> Differences
    {
        get
        {
            lock (differences)
            {
                return differences.ToList();
            }
        }
    }

    internal void Found(BillingDifference difference)
    {
        lock (differences)
        {
            differences.Add(difference);
        }
    }

    internal void Repaired(int membershipId)
    {
        lock (differences)
        {
            differences.RemoveAll(d => d.MembershipId == membershipId);
        }
    }

    internal void CheckedOne() => Interlocked.Increment(ref checkedCount);
}

/// <summary>
/// Lists every difference between Stripe's subscriptions and the local memberships (status, tier, period end), and
/// repairs one from Stripe's state as read at the moment of repair. Memberships are read a page at a time; in test
/// mode the local test subscriptions play Stripe.
/// </summary>
public sealed class BillingReconciliation(
    IDbContextFactory<AppDbContext> contexts, IBillingGateway gateway, TierPriceDirectory prices, MemberAccess access, MembershipEvents events,
    TimeProvider clock, IStringLocalizer<MembershipText> text, ILogger<BillingReconciliation> logger)
{
    private const int Page = 200;
    private static readonly TimeSpan RecentlyEnded = TimeSpan.FromDays(35);
    private readonly Lock gate = new();

    public ReconciliationRun? Latest { get; private set; }

    /// <summary>Starts a run, or returns the one still running.</summary>
    public async Task<Outcome<ReconciliationRun>> StartAsync(string? userId, CancellationToken cancellationToken = default)
    {
        if (!(await access.OwnerOnlyAsync(userId, cancellationToken)).Allowed)
        {
            return Outcome<ReconciliationRun>.Refused(text["Health.OwnerOnly"]);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        int total;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            total = await Compared(db, now).CountAsync(cancellationToken);
        }
        lock (gate)
        {
            if (Latest is { FinishedAtUtc: null } running)
            {
                return Outcome<ReconciliationRun>.Ok(running);
            }
            var run = new ReconciliationRun(now, total);
            run.Completion = Task.Run(() => RunAsync(run, now));
            Latest = run;
            return Outcome<ReconciliationRun>.Ok(run);
        }
    }

    /// <summary>Sets the membership to what Stripe says now; refused when the membership is not Stripe's.</summary>
    public async Task<Outcome> RepairAsync(string? userId, int membershipId, CancellationToken cancellationToken = default)
    {
        if (!(await access.OwnerOnlyAsync(userId, cancellationToken)).Allowed)
        {
            return Outcome.Refused(text["Health.OwnerOnly"]);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var membership = await db.Set<Membership>().FirstOrDefaultAsync(m => m.Id == membershipId, cancellationToken);
        if (membership is not { Source: MembershipSource.Stripe, StripeSubscriptionId: not null })
        {
            return Outcome.Refused(text["Health.NotStripes"]);
        }
        var before = $"{membership.Status}, tier {membership.TierId}, until {membership.CurrentPeriodEndUtc:u}";
        await MembershipReconciler.FollowStripeAsync(db, membership, gateway, prices, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        events.Raise(membership.UserId);
        Latest?.Repaired(membershipId);
        logger.LogWarning("The Owner repaired the membership of {User} from Stripe: {Before} -> {Status}, tier {Tier}, until {End:u}",
            membership.UserId, before, membership.Status, membership.TierId, membership.CurrentPeriodEndUtc);
        return Outcome.Ok;
    }

    // Live Stripe memberships, and those ended lately (Stripe may still bill one that ended here).
    private static IQueryable<Membership> Compared(AppDbContext db, DateTime now) =>
        db.Set<Membership>().AsNoTracking()
            .Where(m => m.Source == MembershipSource.Stripe && m.StripeSubscriptionId != null)
            .Where(m => m.Status != MembershipStatus.Ended || m.EndedAtUtc >= now - RecentlyEnded);

    private async Task RunAsync(ReconciliationRun run, DateTime now)
    {
        try
        {
            var afterId = 0;
            while (true)
            {
                await using var db = await contexts.CreateDbContextAsync();
                var page = await Compared(db, now).Where(m => m.Id > afterId).OrderBy(m => m.Id).Take(Page).ToListAsync();
                if (page.Count == 0)
                {
                    break;
                }
                afterId = page[^1].Id;
                var found = new List<BillingDifference>();
                foreach (var membership in page)
                {
                    if (await CompareAsync(db, membership) is { } difference)
                    {
                        found.Add(difference);
                    }
                    run.CheckedOne();
                }
                var names = await DisplayNames.OfAsync(db, found.Select(d => d.UserId));
                found.ForEach(d => run.Found(d with { Name = names.GetValueOrDefault(d.UserId, "?") }));
            }
        }
        catch (Exception e)
        {
            logger.LogError(e, "A reconciliation run stopped");
            run.Error = e.Message;
        }
        finally
        {
            run.FinishedAtUtc = clock.GetUtcNow().UtcDateTime;
        }
    }

    private async Task<BillingDifference?> CompareAsync(AppDbContext db, Membership membership)
    {
        var subscription = await gateway.GetSubscriptionAsync(membership.StripeSubscriptionId!);
        var stripeTier = subscription?.PriceId is { } priceId ? await prices.TierOfPriceAsync(db, priceId, CancellationToken.None) : null;
        var difference = new BillingDifference(membership.Id, membership.UserId, "", membership.StripeSubscriptionId!,
            membership.Status, subscription is null ? null : Membership.MapStatus(subscription.Status), membership.TierId, stripeTier,
            membership.CurrentPeriodEndUtc, subscription?.CurrentPeriodEndUtc ?? membership.CurrentPeriodEndUtc);
        var missingAndLive = subscription is null && membership.Status != MembershipStatus.Ended;
        return missingAndLive || (subscription is not null && (difference.StatusDiffers || difference.TierDiffers || difference.PeriodEndDiffers))
            ? difference
            : null;
    }
}
