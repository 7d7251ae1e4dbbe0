using MemberHub.Web.Data;
using MemberHub.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Memberships.Billing;

/// <summary>The membership, invoices and card payments in a member's personal-data download.</summary>
internal sealed class MembershipPersonalData(IDbContextFactory<AppDbContext> contexts) : IPersonalDataSource
{
    public string Name => "Membership";

    public async Task<object?> ExportAsync(string userId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var membership = await db.Set<Membership>().AsNoTracking().Include(m => m.Tier).Where(m => m.UserId == userId)
            .Select(m => new { Tier = m.Tier!.NameEn, Status = m.Status.ToString(), Source = m.Source.ToString(), m.StartedAtUtc, m.CurrentPeriodEndUtc, m.CancelAtPeriodEnd })
            .SingleOrDefaultAsync(cancellationToken);
        var invoices = await db.Set<MembershipInvoice>().AsNoTracking().Where(i => i.UserId == userId)
            .Select(i => new { i.StripeInvoiceId, i.AmountPaid, i.AmountDue, i.Currency, i.Status, i.CreatedUtc })
            .ToListAsync(cancellationToken);
        var charges = await db.Set<PaymentCharge>().AsNoTracking().Where(c => c.UserId == userId)
            .Select(c => new { c.StripeChargeId, c.CardFingerprint, c.PaidAtUtc, c.DisputedAtUtc })
            .ToListAsync(cancellationToken);
        return new { membership, invoices, charges };
    }
}
