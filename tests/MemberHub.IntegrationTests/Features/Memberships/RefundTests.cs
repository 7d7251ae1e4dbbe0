using System.Net;
using MemberHub.IntegrationTests.Features.Memberships.FakeStripe;
using MemberHub.Web.Features.Dashboard;
using MemberHub.Web.Features.Dashboard.Revenue;
using MemberHub.Web.Features.Memberships.Billing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Memberships;

/// <summary>charge.refunded: the total refunded on each charge, kept once per charge, and shown on the Owner's dashboard.</summary>
public class RefundTests(StripeFactory factory) : IClassFixture<StripeFactory>
{
    private async Task DeliverAsync(string payload)
    {
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(SignedEvents.Delivery(payload, SignedEvents.Signature(payload, DateTimeOffset.UtcNow)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_refund_is_kept_per_charge_a_larger_total_replaces_it_and_an_older_event_changes_nothing()
    {
        var tier = await factory.CreateTierAsync();
        var member = await factory.CreateUserAsync();
        var customer = await factory.StartCheckoutAsync(member.Id, tier);
        var chargeId = "ch_" + Guid.NewGuid().ToString("N")[..12];
        var now = DateTime.UtcNow;

        await DeliverAsync(SignedEvents.Event("charge.refunded", StripeFixtures.RefundedCharge(chargeId, customer, 1900, 500), now.AddMinutes(-2)));
        await DeliverAsync(SignedEvents.Event("charge.refunded", StripeFixtures.RefundedCharge(chargeId, customer, 1900, 1900), now.AddMinutes(-1)));
        await DeliverAsync(SignedEvents.Event("charge.refunded", StripeFixtures.RefundedCharge(chargeId, customer, 1900, 500), now.AddMinutes(-3)));

        var refund = Assert.Single(await factory.QueryAsync(db => db.Set<MembershipRefund>().Where(r => r.StripeChargeId == chargeId).ToListAsync()));
        Assert.Equal((member.Id, "usd", 1900L), (refund.UserId, refund.Currency, refund.AmountRefundedMinor));

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var report = (await factory.Services.GetRequiredService<RevenueReport>().ReadAsync((await factory.OwnerAsync()).Id, ReportRange.Default(today))).Value!;
        var bucket = Assert.Single(report.Refunds, r => r.Currency == "usd" && r.Start <= today && today <= r.End);
        Assert.Equal((1, 1900L), (bucket.Charges, bucket.Minor));
    }
}
