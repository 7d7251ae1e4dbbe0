namespace MemberHub.Web.Features.Memberships.Referrals;

/// <summary>What becomes of a referral when the invited member first pays.</summary>
/// <param name="Credit">The balance credit (major units) when the programme rewards in credit; <paramref name="Days"/> stand in for a referrer without a subscription.</param>
public sealed record RewardDecision(RewardState State, string? Reason, int Days, string? Campaign, decimal? Credit = null);

/// <summary>The referral rules as pure functions (table-tested): who may be rewarded, how much, and when it is earned.</summary>
public static class ReferralRules
{
    public const string Self = "self";
    public const string SameCard = "card";
    public const string SameDomain = "domain";
    public const string Cap = "cap";
    public const string Refund = "refund";
    public const string Chargeback = "chargeback";

    public static RewardDecision Decide(
        string referrerId, string? referrerEmail, string invitedId, string? invitedEmail, ReferralProgram program,
        IEnumerable<ReferralCampaign> campaigns, int referrerRewardsThisMonth, DateTime paidAtUtc, bool sameCard = false)
    {
        var campaign = campaigns.Where(c => c.StartsAtUtc <= paidAtUtc && paidAtUtc < c.EndsAtUtc).OrderByDescending(c => c.RewardDays).FirstOrDefault();
        var days = campaign?.RewardDays ?? program.RewardDays;
        string? refusal =
            referrerId == invitedId ? Self
            : sameCard ? SameCard
            : program.RefuseSameEmailDomain && Domain(referrerEmail) is { } domain && domain == Domain(invitedEmail) && !PublicDomains.Contains(domain) ? SameDomain
            : referrerRewardsThisMonth >= program.MonthlyCap ? Cap
            : null;
        decimal? credit = program.RewardKind == RewardKind.Credit ? campaign?.RewardCredit ?? program.RewardCredit : null;
        return new RewardDecision(refusal is null ? RewardState.Pending : RewardState.Refused, refusal, days, campaign?.Name, credit > 0 ? credit : null);
    }

    /// <summary>The calendar month (UTC) a payment counts against for the cap.</summary>
    public static (DateTime Start, DateTime End) MonthOf(DateTime atUtc)
    {
        var start = new DateTime(atUtc.Year, atUtc.Month, 1, 0, 0, 0, DateTimeKind.Utc);
        return (start, start.AddMonths(1));
    }

    /// <summary>Mail services anyone can sign up to: two strangers on them share nothing, so the domain rule leaves them alone.</summary>
    public static readonly IReadOnlySet<string> PublicDomains = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com", "icloud.com", "me.com",
        "aol.com", "proton.me", "protonmail.com", "gmx.de", "gmx.net", "web.de", "mail.ru", "yandex.ru",
        "qq.com", "foxmail.com", "163.com", "126.com", "yeah.net", "sina.com", "sina.cn", "sohu.com", "139.com", "aliyun.com",
    };

    public static string? Domain(string? email) =>
        email?.LastIndexOf('@') is int at and > 0 && at < email.Length - 1 ? email[(at + 1)..].Trim().ToLowerInvariant() : null;

    /// <summary>The code a funnel source names ("ref:" and the code), if any.</summary>
    public static string? CodeOf(string? funnelSource) =>
        funnelSource is { } source && source.StartsWith("ref:", StringComparison.Ordinal) && source.Length > 4 ? source[4..] : null;

    /// <summary>A new code: lower-case letters and digits a person can read aloud (no 0/o, 1/l).</summary>
    public static string NewCode()
    {
        const string alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
        return string.Create(Referrer.CodeLength, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = alphabet[System.Security.Cryptography.RandomNumberGenerator.GetInt32(alphabet.Length)];
            }
        });
    }
}
