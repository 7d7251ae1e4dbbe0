using MemberHub.Web.Features.Memberships.Tiers;

namespace MemberHub.Web.Features.Memberships.Passes;

/// <summary>
/// The arithmetic of a fixed-term pass: a renewal extends from the old end while that is still ahead (never losing a
/// day), or from the payment when the pass has run out; a refund takes its days back off the end.
/// </summary>
public static class PassTerm
{
    public const string FourteenDays = "14d";
    public const string ThreeDays = "3d";

    /// <summary>The end after paying for <paramref name="days"/> more, given where access ends now (if it still runs).</summary>
    public static DateTime Extend(DateTime? currentEndUtc, DateTime nowUtc, int days) =>
        (currentEndUtc > nowUtc ? currentEndUtc.Value : nowUtc).AddDays(days);

    /// <summary>Whether a member whose access ends at <paramref name="currentEndUtc"/> pays the early-renewal price now.</summary>
    public static bool IsEarlyRenewal(Tier tier, DateTime? currentEndUtc, DateTime nowUtc) =>
        tier.PassRenewalAmount is not null && currentEndUtc is { } end && end > nowUtc
        && end - nowUtc <= TimeSpan.FromDays(tier.PassRenewalWindowDays);

    public static long Price(Tier tier, DateTime? currentEndUtc, DateTime nowUtc) =>
        IsEarlyRenewal(tier, currentEndUtc, nowUtc) ? tier.PassRenewalAmount!.Value : tier.PassAmount ?? 0;

    /// <summary>The reminder due for a pass ending at <paramref name="endUtc"/>: 14 days before, then 3 days before; none once it has ended.</summary>
    public static string? ReminderDue(DateTime endUtc, DateTime nowUtc) =>
        nowUtc >= endUtc ? null
        : endUtc - nowUtc <= TimeSpan.FromDays(3) ? ThreeDays
        : endUtc - nowUtc <= TimeSpan.FromDays(14) ? FourteenDays
        : null;

    /// <summary>The end once a refunded payment's <paramref name="days"/> are taken back; null when nothing is left.</summary>
    public static DateTime? AfterRefund(DateTime endUtc, int days, DateTime nowUtc) =>
        endUtc.AddDays(-days) is var back && back > nowUtc ? back : null;
}
