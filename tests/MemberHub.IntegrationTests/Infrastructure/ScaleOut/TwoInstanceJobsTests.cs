using System.Net;
using MemberHub.IntegrationTests.Features.Community;
using MemberHub.IntegrationTests.Features.Memberships;
using MemberHub.IntegrationTests.Features.Memberships.FakeStripe;
using MemberHub.IntegrationTests.Features.Talks;
using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.IntegrationTests.Infrastructure.ScaleOut;

/// <summary>
/// What must happen once however many instances run: a Stripe event the load balancer hands to both instances at once,
/// and a talk reminder both instances' passes find due at the same moment.
/// </summary>
public class TwoInstanceJobsTests
{
    [Fact]
    public async Task A_webhook_delivered_to_both_instances_at_once_is_applied_once()
    {
        await using var a = new StripeFactory();
        await using var b = StripeFactory.SecondInstanceOf(a);
        var tier = await a.CreateTierAsync();
        var member = await a.CreateUserAsync();
        var customer = await a.StartCheckoutAsync(member.Id, tier);
        var subscriptionId = a.Stripe.NextId("sub");
        a.Stripe.AddSubscription(subscriptionId, customer, tier.StripeMonthlyPriceId!, "active", null,
            metadata: new Dictionary<string, string> { ["tier_id"] = tier.Id.ToString(), ["user_id"] = member.Id });
        var eventId = "evt_" + Guid.NewGuid().ToString("N");
        var invoiceId = "in_" + Guid.NewGuid().ToString("N")[..10];
        var payload = SignedEvents.Event("invoice.paid", StripeFixtures.Invoice(invoiceId, customer, subscriptionId, "paid", 1900, DateTime.UtcNow.AddMonths(1)),
            DateTime.UtcNow, eventId);

        var responses = await Task.WhenAll(new[] { a, b, a, b, a, b }.Select(async instance =>
        {
            using var client = instance.CreateClient();
            using var response = await client.SendAsync(SignedEvents.Delivery(payload, SignedEvents.Signature(payload, DateTimeOffset.UtcNow)));
            return response.StatusCode;
        }));

        Assert.All(responses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(1, await b.QueryAsync(db => db.Set<ProcessedStripeEvent>().CountAsync(e => e.EventId == eventId)));
        Assert.Equal(1, await b.QueryAsync(db => db.Set<MembershipInvoice>().CountAsync(i => i.StripeInvoiceId == invoiceId)));
        Assert.Equal(MembershipStatus.Active, (await b.MembershipOfAsync(member.Id))!.Status);
    }

    [Fact]
    public async Task A_reminder_due_on_both_instances_at_once_is_sent_once()
    {
        await using var a = new ClockedFactory();
        await using var b = ClockedFactory.SecondInstanceOf(a);
        var talk = await a.TalkAsync(TimeSpan.FromHours(30));
        var seated = await a.MemberAsync();
        await a.RsvpAsync(seated.Id, talk);
        a.Clock.Advance(TimeSpan.FromHours(6));

        await Task.WhenAll(Enumerable.Range(0, 3).SelectMany(_ => new[] { a.Reminders().ScanAsync(), b.Reminders().ScanAsync() }));

        var reminders = (await b.NotificationsOfAsync(seated.Id)).Where(n => n.Link == $"/talks/{talk}" && n.Kind == NotificationKinds.TalkTomorrow);
        Assert.Single(reminders);
    }
}
