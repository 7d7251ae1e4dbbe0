using MemberHub.IntegrationTests.Features.Memberships.FakeStripe;

namespace MemberHub.IntegrationTests.Features.Memberships;

/// <summary>MemberHub with a Stripe key, talking to <see cref="FakeStripeServer"/> instead of api.stripe.com.</summary>
public sealed class StripeFactory : MemberHubFactory
{
    public FakeStripeServer Stripe { get; } = new();

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Stripe:SecretKey"] = "sk_test_memberhub_fake",
        ["Stripe:WebhookSecret"] = SignedEvents.Secret,
        ["Stripe:ApiBase"] = Stripe.Url,
    };

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Stripe.DisposeAsync();
    }
}
