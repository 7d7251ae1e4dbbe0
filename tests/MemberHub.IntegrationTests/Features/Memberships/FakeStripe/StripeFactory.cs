using MemberHub.IntegrationTests.Features.Memberships.FakeStripe;

namespace MemberHub.IntegrationTests.Features.Memberships;

/// <summary>MemberHub with a Stripe key, talking to <see cref="FakeStripeServer"/> instead of api.stripe.com.</summary>
public sealed class StripeFactory : MemberHubFactory
{
    private readonly StripeFactory? first;

    public StripeFactory()
    {
        Stripe = new();
    }

    // Private: a class fixture may have one public constructor.
    private StripeFactory(StripeFactory first)
    {
        this.first = first;
        Stripe = first.Stripe;
    }

    /// <summary>A second instance of the app on <paramref name="first"/>'s database, talking to the same fake Stripe.</summary>
    public static StripeFactory SecondInstanceOf(StripeFactory first) => new(first);

    public FakeStripeServer Stripe { get; }

    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = first is null ? [] : SameDatabaseAs(first);
            settings["Stripe:SecretKey"] = "sk_test_memberhub_fake";
            settings["Stripe:WebhookSecret"] = SignedEvents.Secret;
            settings["Stripe:ApiBase"] = Stripe.Url;
            return settings;
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (first is null)
        {
            await Stripe.DisposeAsync();
        }
    }
}
