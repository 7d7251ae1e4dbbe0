using MemberHub.Web.Infrastructure.Localization;

namespace MemberHub.Web.Features.Community;

/// <summary>What the Owner edits on the settings page.</summary>
public sealed class CommunitySettingsInput
{
    [LocalizedRequired]
    [LocalizedStringLength(CommunitySettings.NameMaxLength)]
    public string Name { get; set; } = "";

    [LocalizedStringLength(CommunitySettings.TaglineMaxLength)]
    public string? Tagline { get; set; }

    [LocalizedStringLength(CommunitySettings.MarkdownMaxLength)]
    public string? DescriptionMarkdown { get; set; }

    [LocalizedStringLength(CommunitySettings.MarkdownMaxLength)]
    public string? RulesMarkdown { get; set; }

    [LocalizedStringLength(CommunitySettings.WelcomeMaxLength)]
    public string? WelcomeMessage { get; set; }

    [LocalizedStringLength(CommunitySettings.NameMaxLength)]
    public string? NameZh { get; set; }

    [LocalizedStringLength(CommunitySettings.TaglineMaxLength)]
    public string? TaglineZh { get; set; }

    [LocalizedStringLength(CommunitySettings.MarkdownMaxLength)]
    public string? DescriptionMarkdownZh { get; set; }

    [LocalizedStringLength(CommunitySettings.MarkdownMaxLength)]
    public string? RulesMarkdownZh { get; set; }

    [LocalizedStringLength(CommunitySettings.WelcomeMaxLength)]
    public string? WelcomeMessageZh { get; set; }

    [LocalizedRequired]
    public string DefaultLanguage { get; set; } = Cultures.English;

    [LocalizedRequired]
    public string DefaultTimeZone { get; set; } = "UTC";

    public bool RequireIntroduction { get; set; } = true;

    [LocalizedRange(0, 365)]
    public int LinkRestrictionDays { get; set; } = 7;

    [LocalizedRange(0, 1000)]
    public int LinkRestrictionPosts { get; set; } = 3;

    [LocalizedRange(0, 720)]
    public int ExpertAlertHours { get; set; } = 24;

    public static CommunitySettingsInput From(CommunitySettings settings) => new()
    {
        Name = settings.Name,
        Tagline = settings.Tagline,
        DescriptionMarkdown = settings.DescriptionMarkdown,
        RulesMarkdown = settings.RulesMarkdown,
        WelcomeMessage = settings.WelcomeMessage,
        NameZh = settings.NameZh,
        TaglineZh = settings.TaglineZh,
        DescriptionMarkdownZh = settings.DescriptionMarkdownZh,
        RulesMarkdownZh = settings.RulesMarkdownZh,
        WelcomeMessageZh = settings.WelcomeMessageZh,
        DefaultLanguage = settings.DefaultLanguage,
        DefaultTimeZone = settings.DefaultTimeZone,
        RequireIntroduction = settings.RequireIntroduction,
        LinkRestrictionDays = settings.LinkRestrictionDays,
        LinkRestrictionPosts = settings.LinkRestrictionPosts,
        ExpertAlertHours = settings.ExpertAlertHours,
    };
}
