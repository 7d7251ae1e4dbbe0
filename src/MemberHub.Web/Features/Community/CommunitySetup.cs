using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Community.Engagement;
using MemberHub.Web.Features.Community.Introductions;
using MemberHub.Web.Features.Community.Moderation;
using MemberHub.Web.Features.Community.Profiles;
using MemberHub.Web.Features.Community.Ritual;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Infrastructure.Caching;
using MemberHub.Web.Infrastructure.Configuration;
using MemberHub.Web.Infrastructure.Live;
using MemberHub.Web.Infrastructure.Localization;

namespace MemberHub.Web.Features.Community;

public static class CommunitySetup
{
    public static WebApplicationBuilder AddCommunity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddValidatedOptions<CommunityOptions>(CommunityOptions.Section);
        services.AddSingleton<CommunitySettingsService>();
        services.EvictPublicPagesOnChangeOf<CommunitySettingsService>((community, evict) =>
        {
            community.Changed += evict;
            return new Subscription(() => community.Changed -= evict);
        });
        services.AddSingleton<ICommunityDefaults>(sp => sp.GetRequiredService<CommunitySettingsService>());
        services.AddSingleton<IParticipationRecords, CommunityParticipation>();
        services.AddSingleton(new ViewerRows(CommunityParticipation.MemberOf));
        services.AddSingleton<PostingGuard>();
        services.AddSingleton<Seasons.SeasonArchive>();
        services.AddSingleton<Seasons.SeasonService>();
        services.AddSingleton<Seasons.SeasonInvitations>();
        services.AddHostedService<Seasons.SeasonInvitationService>();
        services.AddSingleton<PointsService>();
        services.AddSingleton<CommunityBadges>();
        services.AddSingleton<ProfileService>();
        services.AddSingleton<JoiningRitual>();
        services.AddSingleton<IntroductionEvents>();
        services.AddSingleton<IntroductionService>();
        services.AddSingleton<IModeratedContent, IntroductionModeration>();
        services.AddSingleton<IModeratedContent, IntroductionReplyModeration>();
        services.AddSingleton<ModeratedContentRegistry>();
        services.AddSingleton<ReportService>();
        services.AddSingleton<ModerationService>();
        services.AddSingleton<PostModerationActs>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<IPersonalDataSource, CommunityPersonalData>();
        return builder;
    }
}

public static class CommunityPolicies
{
    public const string Moderators = "Moderators";
}
