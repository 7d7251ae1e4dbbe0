using System.ComponentModel.DataAnnotations;
using MemberHub.Web.Data;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Accounts.Funnel;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Infrastructure;
using MemberHub.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace MemberHub.Web.Features.Memberships.Referrals;

public sealed record RewardView(
    string InvitedName, RewardState State, string? Reason, int Days, string? Credit, string? Campaign, DateTime PaidAtUtc, DateTime EarnsAtUtc, DateTime? AppliedAtUtc,
    DateTime? TakenBackAtUtc);

/// <summary>A member's invite link and what it brought: people who came, signed up and paid, and the rewards with their state.</summary>
public sealed record ReferralOverview(string Code, string Link, int Visits, int SignUps, int Paid, IReadOnlyList<RewardView> Rewards);

/// <summary>What the Owner edits: the reward, the hold, the cap, the e-mail domain rule and the welcome offer.</summary>
public sealed class ReferralProgramInput
{
    public bool Enabled { get; set; } = true;

    [LocalizedRange(1, 365)]
    public int RewardDays { get; set; } = 30;

    public RewardKind RewardKind { get; set; }

    /// <summary>Checked by the service when <see cref="RewardKind"/> is credit.</summary>
    public decimal RewardCredit { get; set; }

    [LocalizedRange(0, 120)]
    public int HoldDays { get; set; } = 14;

    [LocalizedRange(0, 1000)]
    public int MonthlyCap { get; set; } = 5;

    public bool RefuseSameEmailDomain { get; set; }

    [LocalizedStringLength(255)]
    public string? WelcomeCouponId { get; set; }
}

/// <summary>Referrals: a member's code and link, what they brought; the Owner's programme and campaigns.</summary>
public sealed class ReferralService(
    IDbContextFactory<AppDbContext> contexts, MemberAccess access, IOptions<AppOptions> app, TimeProvider clock, IStringLocalizer<MembershipText> text)
{
    public async Task<Outcome<ReferralOverview>> MineAsync(string? userId, CancellationToken cancellationToken = default)
    {
        var viewer = await access.ViewerAsync(userId, cancellationToken);
        var decision = access.MemberContent(viewer);
        if (!decision.Allowed)
        {
            return Outcome<ReferralOverview>.Refused(text["Referrals.MembersOnly"]);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var code = await CodeOfAsync(db, userId!, cancellationToken);
        var source = "ref:" + code;
        var steps = await db.Set<FunnelStep>().Where(s => s.Source == source).GroupBy(s => s.Step).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var rewards = await db.Set<ReferralReward>().AsNoTracking().Where(r => r.ReferrerId == userId).OrderByDescending(r => r.PaidAtUtc).Take(200).ToListAsync(cancellationToken);
        var names = await DisplayNames.OfAsync(db, rewards.Select(r => r.InvitedUserId), cancellationToken);
        return Outcome<ReferralOverview>.Ok(new ReferralOverview(code, app.Value.Link("/r/" + code),
            steps.GetValueOrDefault(JoiningStep.Visited), steps.GetValueOrDefault(JoiningStep.SignedUp), steps.GetValueOrDefault(JoiningStep.Paid),
            rewards.Select(r => new RewardView(names.GetValueOrDefault(r.InvitedUserId, "?"), r.State, r.Reason, r.Days,
                r is { CreditMinor: { } credit, Currency: { } currency } ? Tiers.Money.Format(credit, currency) : null,
                r.Campaign, r.PaidAtUtc, r.EarnsAtUtc, r.AppliedAtUtc, r.TakenBackAtUtc)).ToList()));
    }

    /// <summary>Whether <paramref name="code"/> is a member's invite code (the <c>/r/</c> link answers 404 otherwise).</summary>
    public async Task<bool> IsCodeAsync(string code, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<Referrer>().AnyAsync(r => r.Code == code, cancellationToken);
    }

    public async Task<(ReferralProgram Program, IReadOnlyList<ReferralCampaign> Campaigns)> ProgramAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var program = await db.Set<ReferralProgram>().AsNoTracking().FirstOrDefaultAsync(cancellationToken) ?? new ReferralProgram();
        return (program, await db.Set<ReferralCampaign>().AsNoTracking().OrderByDescending(c => c.StartsAtUtc).ToListAsync(cancellationToken));
    }

    public async Task<Outcome> SaveProgramAsync(string? actorUserId, ReferralProgramInput input, CancellationToken cancellationToken = default)
    {
        if (!(await access.OwnerOnlyAsync(actorUserId, cancellationToken)).Allowed)
        {
            return Outcome.Refused(text["Referrals.OwnerOnly"]);
        }
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true))
        {
            return Outcome.Refused(results[0].ErrorMessage!, results[0].MemberNames.FirstOrDefault());
        }
        if (input.RewardKind == RewardKind.Credit && !IsCredit(input.RewardCredit))
        {
            return Outcome.Refused(text["Referrals.BadCredit"], nameof(ReferralProgramInput.RewardCredit));
        }
        var coupon = string.IsNullOrWhiteSpace(input.WelcomeCouponId) ? null : input.WelcomeCouponId.Trim();
        if (coupon is not null && !coupon.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
        {
            return Outcome.Refused(text["Referrals.BadCoupon"], nameof(ReferralProgramInput.WelcomeCouponId));
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var program = await db.Set<ReferralProgram>().FirstOrDefaultAsync(cancellationToken);
        if (program is null)
        {
            program = new ReferralProgram();
            db.Add(program);
        }
        program.Enabled = input.Enabled;
        program.RewardDays = input.RewardDays;
        program.RewardKind = input.RewardKind;
        program.RewardCredit = input.RewardKind == RewardKind.Credit ? input.RewardCredit : program.RewardCredit;
        program.HoldDays = input.HoldDays;
        program.MonthlyCap = input.MonthlyCap;
        program.RefuseSameEmailDomain = input.RefuseSameEmailDomain;
        program.WelcomeCouponId = coupon;
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Ok;
    }

    public async Task<Outcome> AddCampaignAsync(
        string? actorUserId, string name, DateTime startsOn, DateTime endsOn, int rewardDays, decimal? rewardCredit = null, CancellationToken cancellationToken = default)
    {
        if (!(await access.OwnerOnlyAsync(actorUserId, cancellationToken)).Allowed)
        {
            return Outcome.Refused(text["Referrals.OwnerOnly"]);
        }
        name = name?.Trim() ?? "";
        if (name.Length is 0 or > ReferralCampaign.NameMaxLength)
        {
            return Outcome.Refused(text["Referrals.CampaignName", ReferralCampaign.NameMaxLength], "Name");
        }
        if (endsOn.Date <= startsOn.Date)
        {
            return Outcome.Refused(text["Referrals.CampaignDates"], "EndsOn");
        }
        if (rewardDays is < 1 or > 365)
        {
            return Outcome.Refused(text["Referrals.CampaignDays"], "RewardDays");
        }
        if (rewardCredit is { } credit && !IsCredit(credit))
        {
            return Outcome.Refused(text["Referrals.BadCredit"], "RewardCredit");
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Add(new ReferralCampaign
        {
            Name = name, RewardDays = rewardDays, RewardCredit = rewardCredit,
            StartsAtUtc = DateTime.SpecifyKind(startsOn.Date, DateTimeKind.Utc), EndsAtUtc = DateTime.SpecifyKind(endsOn.Date, DateTimeKind.Utc),
        });
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Ok;
    }

    public async Task<Outcome> RemoveCampaignAsync(string? actorUserId, int campaignId, CancellationToken cancellationToken = default)
    {
        if (!(await access.OwnerOnlyAsync(actorUserId, cancellationToken)).Allowed)
        {
            return Outcome.Refused(text["Referrals.OwnerOnly"]);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<ReferralCampaign>().Where(c => c.Id == campaignId).ExecuteDeleteAsync(cancellationToken) == 1
            ? Outcome.Ok
            : Outcome.Refused(text["Referrals.NoCampaign"]);
    }

    private static bool IsCredit(decimal amount) => amount is > 0 and <= 10_000;

    // One code per member, made on first use; a clash with another member's (1 in 32^8) just draws again.
    private async Task<string> CodeOfAsync(AppDbContext db, string userId, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (await db.Set<Referrer>().Where(r => r.UserId == userId).Select(r => r.Code).FirstOrDefaultAsync(cancellationToken) is { } code)
            {
                return code;
            }
            db.Add(new Referrer { UserId = userId, Code = ReferralRules.NewCode(), CreatedAtUtc = clock.GetUtcNow().UtcDateTime });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
