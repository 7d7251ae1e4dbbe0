using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Features.Memberships.Owner;
using MemberHub.Web.Features.Memberships.TestMode;
using MemberHub.Web.Features.Memberships.Tiers;
using MemberHub.Web.Features.Memberships.Webhooks;
using MemberHub.Web.Infrastructure.Configuration;
using Microsoft.Extensions.Options;


namespace MemberHub.Web.Features.Memberships;

public static class MembershipsSetup
{
    public static WebApplicationBuilder AddMemberships(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddValidatedOptions<MembershipOptions>(MembershipOptions.Section);
        services.AddValidatedOptions<StripeOptions>(StripeOptions.Section);
        services.AddSingleton<IValidateOptions<StripeOptions>, StripeModeValidator>();

        services.AddSingleton<Stripe.IStripeClient>(sp =>
        {
            var stripe = sp.GetRequiredService<IOptions<StripeOptions>>().Value;
            return new Stripe.StripeClient(stripe.SecretKey, apiBase: string.IsNullOrWhiteSpace(stripe.ApiBase) ? null : stripe.ApiBase);
        });
        services.AddSingleton<StripeBillingGateway>();
        services.AddSingleton<TestModeBillingGateway>();
        // No secret key: local test mode plays Stripe, through the same event processor.
        services.AddSingleton<IBillingGateway>(sp => sp.GetRequiredService<IOptions<StripeOptions>>().Value.IsTestMode
            ? sp.GetRequiredService<TestModeBillingGateway>()
            : sp.GetRequiredService<StripeBillingGateway>());

        services.AddSingleton<MembershipEvents>();
        services.AddSingleton<MemberAccess>();
        services.AddSingleton<Infrastructure.Caching.PerUserCache<Viewer>>();
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, ViewerChanges>();
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, RevenueChanges>();
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, TakingPart.ParticipationLog>();
        services.AddAccessPolicies();
        services.AddSingleton<TierPriceDirectory>();
        services.AddSingleton<StripeEventProcessor>();
        services.AddSingleton<TierService>();
        services.AddSingleton<CheckoutService>();
        services.AddSingleton<Passes.PassService>();
        services.AddSingleton<Referrals.ReferralService>();
        services.AddSingleton<Referrals.ReferralRewards>();
        services.AddHostedService<Referrals.ReferralRewardService>();
        services.AddSingleton<Passes.PassReminders>();
        services.AddHostedService<Passes.PassReminderService>();
        services.AddSingleton<BillingService>();
        services.AddSingleton<MembershipAdminService>();
        services.AddSingleton<MembershipReconciler>();
        services.AddSingleton<Health.SignatureFailures>();
        services.AddSingleton<Health.StripeEventLog>();
        services.AddSingleton<Health.BillingReconciliation>();
        services.AddSingleton<MemberHub.Web.Features.Accounts.IPersonalDataSource, MembershipPersonalData>();
        services.AddHostedService(sp => sp.GetRequiredService<MembershipReconciler>());
        return builder;
    }

    public static WebApplication MapMemberships(this WebApplication app)
    {
        app.MapStripeWebhook();
        // A member's invite link: the pricing page with the code, which the joining funnel keeps as where the visitor came from.
        app.MapGet("/r/{code}", async (string code, Referrals.ReferralService referrals, CancellationToken cancellationToken) =>
            code.Length == Referrals.Referrer.CodeLength && code.All(char.IsAsciiLetterOrDigit) && await referrals.IsCodeAsync(code.ToLowerInvariant(), cancellationToken)
                ? Results.Redirect("/pricing?ref=" + code.ToLowerInvariant())
                : Results.NotFound("This invite link is not (or no longer) valid."));
        return app;
    }
}
