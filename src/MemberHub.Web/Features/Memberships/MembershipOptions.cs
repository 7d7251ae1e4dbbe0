using System.ComponentModel.DataAnnotations;

namespace MemberHub.Web.Features.Memberships;

public sealed class MembershipOptions
{
    public const string Section = "Membership";

    /// <summary>Days a past-due member keeps access while Stripe retries the payment.</summary>
    [Range(0, 60, ErrorMessage = "must be between 0 and 60 days")]
    public int PastDueGraceDays { get; set; } = 7;

    /// <summary>How often memberships that look stale (missed webhooks) are re-read from Stripe.</summary>
    [Range(1, 1440, ErrorMessage = "must be between 1 and 1440 minutes")]
    public int ReconcileIntervalMinutes { get; set; } = 60;

    public TimeSpan Grace => TimeSpan.FromDays(PastDueGraceDays);
}

public sealed class StripeOptions : IValidatableObject
{
    public const string Section = "Stripe";

    public static readonly string[] KnownPaymentMethodTypes = ["card", "alipay", "wechat_pay", "link", "paypal", "sepa_debit"];

    /// <summary>Secret API key (sk_live_…, sk_test_… or a restricted rk_… key). Empty means local test mode.</summary>
    public string? SecretKey { get; set; }

    /// <summary>Signing secret of the webhook endpoint (whsec_…); required with a secret key.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Stripe's API address; only tests point it elsewhere.</summary>
    public string? ApiBase { get; set; }

    /// <summary>Payment methods offered at checkout; the Stripe account must support each one.</summary>
    public string[] PaymentMethodTypes { get; set; } = ["card"];

    /// <summary>
    /// Outside Development an empty key is a mistake unless the Owner opts in: true runs local test mode (anyone can
    /// "pay" on the local checkout page, so it must never be the accident of a forgotten key).
    /// </summary>
    public bool TestMode { get; set; }

    public bool IsTestMode => string.IsNullOrWhiteSpace(SecretKey);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsTestMode && !(SecretKey!.StartsWith("sk_", StringComparison.Ordinal) || SecretKey.StartsWith("rk_", StringComparison.Ordinal)))
        {
            yield return new ValidationResult("must be a Stripe secret key starting with sk_ or rk_ (or be left empty for test mode)", [nameof(SecretKey)]);
        }
        if (!IsTestMode && TestMode)
        {
            yield return new ValidationResult("cannot be true while Stripe:SecretKey is set (remove the key for local test mode, or TestMode for real payments)", [nameof(TestMode)]);
        }
        if (!IsTestMode && string.IsNullOrWhiteSpace(WebhookSecret))
        {
            yield return new ValidationResult("is required when Stripe:SecretKey is set (the whsec_… secret of the webhook endpoint)", [nameof(WebhookSecret)]);
        }
        if (!string.IsNullOrWhiteSpace(ApiBase) && !Uri.TryCreate(ApiBase, UriKind.Absolute, out _))
        {
            yield return new ValidationResult("must be an absolute URL", [nameof(ApiBase)]);
        }
        if (PaymentMethodTypes.Length == 0 || PaymentMethodTypes.Any(t => !KnownPaymentMethodTypes.Contains(t)))
        {
            yield return new ValidationResult($"must list one or more of: {string.Join(", ", KnownPaymentMethodTypes)}", [nameof(PaymentMethodTypes)]);
        }
    }
}

/// <summary>Outside Development, a site with no Stripe key would hand out free memberships: refuse to start unless the Owner opted in.</summary>
internal sealed class StripeModeValidator(IHostEnvironment environment) : Microsoft.Extensions.Options.IValidateOptions<StripeOptions>
{
    public const string Message =
        "Stripe:SecretKey and Stripe:WebhookSecret are required outside Development (or set Stripe:TestMode=true to run local test mode, where no money moves and anyone can join)";

    public Microsoft.Extensions.Options.ValidateOptionsResult Validate(string? name, StripeOptions options) =>
        options.IsTestMode && !options.TestMode && !environment.IsDevelopment()
            ? Microsoft.Extensions.Options.ValidateOptionsResult.Fail(Message)
            : Microsoft.Extensions.Options.ValidateOptionsResult.Success;
}
