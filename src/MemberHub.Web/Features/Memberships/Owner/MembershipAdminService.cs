using MemberHub.Web.Data;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Features.Memberships.TestMode;
using MemberHub.Web.Features.Memberships.Tiers;
using MemberHub.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Stripe;
using MembershipRecord = MemberHub.Web.Features.Memberships.Billing.Membership;

namespace MemberHub.Web.Features.Memberships.Owner;

public sealed record MemberRow(string UserId, string DisplayName, string Email, MembershipRecord? Membership, MembershipPhase Phase);

public sealed record MemberBilling(MemberRow Member, IReadOnlyList<MembershipInvoice> Invoices);

/// <summary>The Owner's side of memberships: who holds what, billing history, complimentary grants, revoking, and the test-mode panel.</summary>
public sealed class MembershipAdminService(
    IDbContextFactory<AppDbContext> contexts, IBillingGateway gateway, MemberAccess access, TimeProvider clock,
    IStringLocalizer<MembershipText> text, ILogger<MembershipAdminService> logger)
{
    public async Task<IReadOnlyList<MemberRow>> MembersAsync(string? search, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim().ToUpperInvariant();
            users = users.Where(u => u.NormalizedEmail!.Contains(term) || u.DisplayName.ToUpper().Contains(term));
        }
        var rows = await users
            .GroupJoin(db.Set<MembershipRecord>().Include(m => m.Tier), u => u.Id, m => m.UserId, (u, ms) => new { u, ms })
            .SelectMany(x => x.ms.DefaultIfEmpty(), (x, m) => new { x.u.Id, x.u.DisplayName, x.u.Email, Membership = m })
            .OrderBy(x => x.DisplayName).Take(200)
            .ToListAsync(cancellationToken);
        return rows.Select(r => new MemberRow(r.Id, r.DisplayName, r.Email ?? "", r.Membership, access.PhaseOf(r.Membership))).ToList();
    }

    public async Task<MemberBilling?> MemberAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return null;
        }
        var membership = await db.Set<MembershipRecord>().AsNoTracking().Include(m => m.Tier).SingleOrDefaultAsync(m => m.UserId == userId, cancellationToken);
        var invoices = await db.Set<MembershipInvoice>().AsNoTracking().Where(i => i.UserId == userId).OrderByDescending(i => i.CreatedUtc).ToListAsync(cancellationToken);
        return new MemberBilling(new MemberRow(user.Id, user.NameForDisplay, user.Email ?? "", membership, access.PhaseOf(membership)), invoices);
    }

    /// <summary>A membership without Stripe (a speaker, a partner, a scholarship) until <paramref name="untilUtc"/>.</summary>
    public async Task<Outcome> GrantComplimentaryAsync(string? actorUserId, string userId, int tierId, DateTime untilUtc, CancellationToken cancellationToken = default)
    {
        if (!(await access.OwnerOnlyAsync(actorUserId, cancellationToken)).Allowed)
        {
            return Outcome.Refused(text["Tiers.OwnerOnly"]);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (untilUtc <= now)
        {
            return Outcome.Refused(text["Comp.EndInPast"], "Until");
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Users.AnyAsync(u => u.Id == userId, cancellationToken))
        {
            return Outcome.Refused(text["Members.Unknown"]);
        }
        if (!await db.Set<Tier>().AnyAsync(t => t.Id == tierId, cancellationToken))
        {
            return Outcome.Refused(text["Tiers.Unknown"], "Tier");
        }
        var membership = await db.Set<MembershipRecord>().SingleOrDefaultAsync(m => m.UserId == userId, cancellationToken);
        if (membership is { Source: MembershipSource.Stripe } && access.PhaseOf(membership).GivesAccess())
        {
            return Outcome.Refused(text["Comp.PaidSubscription"]);
        }
        if (membership is null)
        {
            membership = new MembershipRecord { UserId = userId, StartedAtUtc = now };
            db.Add(membership);
        }
        membership.GrantComplimentary(tierId, untilUtc, now);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("{Actor} granted {User} a complimentary membership (tier {Tier}) until {Until}", actorUserId, userId, tierId, untilUtc);
        return Outcome.Ok;
    }

    /// <summary>Ends a membership now; a Stripe subscription is canceled at once (no further charges).</summary>
    public async Task<Outcome> RevokeAsync(string? actorUserId, string userId, CancellationToken cancellationToken = default)
    {
        if (!(await access.OwnerOnlyAsync(actorUserId, cancellationToken)).Allowed)
        {
            return Outcome.Refused(text["Tiers.OwnerOnly"]);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var membership = await db.Set<MembershipRecord>().SingleOrDefaultAsync(m => m.UserId == userId, cancellationToken);
        if (membership is null || membership.Status == MembershipStatus.Ended)
        {
            return Outcome.Refused(text["Members.NothingToRevoke"]);
        }
        if (membership.Source == MembershipSource.Stripe && membership.StripeSubscriptionId is { } subscriptionId)
        {
            try
            {
                await gateway.CancelNowAsync(subscriptionId, cancellationToken);
            }
            catch (StripeException e) when (e.HttpStatusCode != System.Net.HttpStatusCode.NotFound)
            {
                return Outcome.Refused(text["Billing.StripeFailed", e.StripeError?.Message ?? e.Message]);
            }
            await db.Entry(membership).ReloadAsync(cancellationToken);
        }
        membership.End(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("{Actor} revoked the membership of {User}", actorUserId, userId);
        return Outcome.Ok;
    }

    public Task<Outcome> TestAdvanceAsync(string? actorUserId, string userId, CancellationToken cancellationToken = default) =>
        TestPanelAsync(actorUserId, userId, (g, id) => g.AdvanceToPeriodEndAsync(id, cancellationToken), cancellationToken);

    public Task<Outcome> TestFailPaymentAsync(string? actorUserId, string userId, CancellationToken cancellationToken = default) =>
        TestPanelAsync(actorUserId, userId, (g, id) => g.FailPaymentAsync(id, cancellationToken), cancellationToken);

    public Task<Outcome> TestCancelAsync(string? actorUserId, string userId, CancellationToken cancellationToken = default) =>
        TestPanelAsync(actorUserId, userId, (g, id) => g.CancelNowAsync(id, cancellationToken), cancellationToken);

    /// <summary>Test panel: the newest pass payment not yet refunded is refunded in full (as the Owner would in Stripe's dashboard).</summary>
    public async Task<Outcome> TestRefundPassAsync(string? actorUserId, string userId, CancellationToken cancellationToken = default)
    {
        if (gateway is not TestModeBillingGateway testMode)
        {
            return Outcome.Refused(text["TestPanel.Off"]);
        }
        if (!(await access.OwnerOnlyAsync(actorUserId, cancellationToken)).Allowed)
        {
            return Outcome.Refused(text["Tiers.OwnerOnly"]);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var purchaseId = await db.Set<Passes.PassPurchase>().Where(p => p.UserId == userId && p.RefundedAtUtc == null)
            .OrderByDescending(p => p.PaidAtUtc).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
        if (purchaseId is null)
        {
            return Outcome.Refused(text["Pass.NothingToRefund"]);
        }
        await testMode.RefundPassAsync(purchaseId.Value, cancellationToken);
        return Outcome.Ok;
    }

    private async Task<Outcome> TestPanelAsync(string? actorUserId, string userId, Func<TestModeBillingGateway, string, Task> action, CancellationToken cancellationToken)
    {
        if (gateway is not TestModeBillingGateway testMode)
        {
            return Outcome.Refused(text["TestPanel.Off"]);
        }
        if (!(await access.OwnerOnlyAsync(actorUserId, cancellationToken)).Allowed)
        {
            return Outcome.Refused(text["Tiers.OwnerOnly"]);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var subscriptionId = await db.Set<MembershipRecord>().Where(m => m.UserId == userId && m.Source == MembershipSource.Stripe)
            .Select(m => m.StripeSubscriptionId).FirstOrDefaultAsync(cancellationToken);
        if (subscriptionId is null)
        {
            return Outcome.Refused(text["Billing.NoSubscription"]);
        }
        try
        {
            await action(testMode, subscriptionId);
            return Outcome.Ok;
        }
        catch (StripeException e)
        {
            return Outcome.Refused(e.Message);
        }
    }
}
