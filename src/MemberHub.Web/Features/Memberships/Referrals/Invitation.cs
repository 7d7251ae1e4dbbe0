using MemberHub.Web.Data;
using MemberHub.Web.Features.Accounts.Funnel;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Memberships.Referrals;

/// <summary>The invite a member joined through (another member's code, as the joining funnel kept it) and the Owner's welcome coupon.</summary>
public sealed record Invitation(string Code, string? WelcomeCouponId)
{
    public const string CodeKey = "referral_code";

    public static async Task<Invitation?> OfAsync(AppDbContext db, string userId, CancellationToken cancellationToken)
    {
        if (await CodeOfAsync(db, userId, cancellationToken) is not { } code
            || !await db.Set<Referrer>().AnyAsync(r => r.Code == code && r.UserId != userId, cancellationToken))
        {
            return null;
        }
        var program = await db.Set<ReferralProgram>().AsNoTracking().FirstOrDefaultAsync(cancellationToken) ?? new ReferralProgram();
        return program.Enabled ? new Invitation(code, program.WelcomeCouponId) : null;
    }

    /// <summary>The invite code in the member's first funnel step, if they came through one.</summary>
    public static async Task<string?> CodeOfAsync(AppDbContext db, string userId, CancellationToken cancellationToken) =>
        ReferralRules.CodeOf(await db.Set<FunnelStep>().Where(s => s.PersonKey == userId).OrderBy(s => s.AtUtc).Select(s => s.Source).FirstOrDefaultAsync(cancellationToken));
}
