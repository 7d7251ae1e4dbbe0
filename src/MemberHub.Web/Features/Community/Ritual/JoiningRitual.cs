using MemberHub.Web.Data;
using MemberHub.Web.Features.Community.Profiles;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Community.Ritual;

public sealed record RitualStatus(int RulesVersion, bool RulesAccepted, bool ProfileFilled, bool Introduced, bool RequireIntroduction)
{
    public bool Complete => RulesAccepted && ProfileFilled && (Introduced || !RequireIntroduction);
}

/// <summary>The joining ritual after the first payment: accept the rules, fill in the profile, introduce yourself.</summary>
public sealed class JoiningRitual(
    IDbContextFactory<AppDbContext> contexts, CommunitySettingsService community, MemberAccess access, TimeProvider clock, IStringLocalizer<CommunityText> text,
    Accounts.Funnel.JoiningFunnel funnel)
{
    public async Task<RitualStatus> StatusAsync(string userId, CancellationToken cancellationToken = default)
    {
        var settings = await community.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var profile = await db.Set<MemberProfile>().AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        return new RitualStatus(settings.RulesVersion, (profile?.RulesAcceptedVersion ?? 0) >= settings.RulesVersion,
            !string.IsNullOrWhiteSpace(profile?.Headline), profile?.IntroducedAtUtc is not null, settings.RequireIntroduction);
    }

    /// <summary>Records that the member accepted <paramref name="version"/> of the rules — the version they were shown.</summary>
    public async Task<Outcome> AcceptRulesAsync(string? userId, int version, CancellationToken cancellationToken = default)
    {
        var decision = await access.MemberContentAsync(userId, cancellationToken: cancellationToken);
        if (!decision.Allowed)
        {
            return Outcome.Refused(text[$"Posting.Refused.{decision.Refusal}"]);
        }
        var settings = await community.GetAsync(cancellationToken);
        if (version != settings.RulesVersion)
        {
            return Outcome.Refused(text["Ritual.RulesChanged"]);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var profile = await ProfileService.EnsureProfileAsync(db, userId!, cancellationToken);
        profile.RulesAcceptedVersion = version;
        profile.RulesAcceptedAtUtc = now;
        db.Add(new RulesAcceptance { UserId = userId!, Version = version, AcceptedAtUtc = now });
        await db.SaveChangesAsync(cancellationToken);
        await funnel.RecordAsync(db, userId!, Accounts.Funnel.JoiningStep.RulesAccepted, cancellationToken: cancellationToken);
        return Outcome.Ok;
    }
}
