using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Community;

/// <summary>The one row that describes the community: what visitors read on the home page and the defaults members inherit.</summary>
public sealed class CommunitySettings
{
    public const int SingletonId = 1;
    public const int NameMaxLength = 80;
    public const int TaglineMaxLength = 160;
    public const int MarkdownMaxLength = 20_000;
    public const int WelcomeMaxLength = 2_000;

    public int Id { get; set; } = SingletonId;
    public string Name { get; set; } = "MemberHub";
    public string Tagline { get; set; } = "";
    public string DescriptionMarkdown { get; set; } = "";
    public string DescriptionHtml { get; set; } = "";
    public string RulesMarkdown { get; set; } = "";
    public string RulesHtml { get; set; } = "";

    /// <summary>Goes up by one each time the rules text changes, so members can be asked to accept again.</summary>
    public int RulesVersion { get; set; } = 1;

    public string WelcomeMessage { get; set; } = "";

    // The same texts in Chinese, like a tier's names: empty means "show the English one".
    public string NameZh { get; set; } = "";
    public string TaglineZh { get; set; } = "";
    public string DescriptionMarkdownZh { get; set; } = "";
    public string DescriptionHtmlZh { get; set; } = "";
    public string RulesMarkdownZh { get; set; } = "";
    public string RulesHtmlZh { get; set; } = "";
    public string WelcomeMessageZh { get; set; } = "";

    public string NameIn(bool chinese) => Pick(chinese, Name, NameZh);
    public string TaglineIn(bool chinese) => Pick(chinese, Tagline, TaglineZh);
    public string DescriptionHtmlIn(bool chinese) => Pick(chinese, DescriptionHtml, DescriptionHtmlZh);
    public string RulesHtmlIn(bool chinese) => Pick(chinese, RulesHtml, RulesHtmlZh);
    public string WelcomeMessageIn(bool chinese) => Pick(chinese, WelcomeMessage, WelcomeMessageZh);

    private static string Pick(bool chinese, string english, string zh) =>
        chinese && !string.IsNullOrWhiteSpace(zh) ? zh : string.IsNullOrWhiteSpace(english) ? zh : english;

    /// <summary>Members must post their introduction before they may post anywhere else.</summary>
    public bool RequireIntroduction { get; set; } = true;

    /// <summary>Anti-advertising: no external links for members in their first this many days...</summary>
    public int LinkRestrictionDays { get; set; } = 7;

    /// <summary>...or with fewer than this many posts.</summary>
    public int LinkRestrictionPosts { get; set; } = 3;

    /// <summary>A question waiting this many hours for an expert's first answer alerts the experts and the Owner; 0: never.</summary>
    public int ExpertAlertHours { get; set; } = 24;

    public string DefaultLanguage { get; set; } = "en";
    public string DefaultTimeZone { get; set; } = "UTC";
    public DateTime UpdatedAtUtc { get; set; }
}

internal sealed class CommunitySettingsConfiguration : IEntityTypeConfiguration<CommunitySettings>
{
    public void Configure(EntityTypeBuilder<CommunitySettings> settings)
    {
        settings.ToTable("CommunitySettings");
        settings.Property(s => s.Id).ValueGeneratedNever();
        settings.Property(s => s.Name).HasMaxLength(CommunitySettings.NameMaxLength);
        settings.Property(s => s.Tagline).HasMaxLength(CommunitySettings.TaglineMaxLength);
        settings.Property(s => s.DescriptionMarkdown).HasMaxLength(CommunitySettings.MarkdownMaxLength);
        settings.Property(s => s.RulesMarkdown).HasMaxLength(CommunitySettings.MarkdownMaxLength);
        settings.Property(s => s.WelcomeMessage).HasMaxLength(CommunitySettings.WelcomeMaxLength);
        settings.Property(s => s.NameZh).HasMaxLength(CommunitySettings.NameMaxLength).HasDefaultValue("");
        settings.Property(s => s.TaglineZh).HasMaxLength(CommunitySettings.TaglineMaxLength).HasDefaultValue("");
        settings.Property(s => s.DescriptionMarkdownZh).HasMaxLength(CommunitySettings.MarkdownMaxLength).HasDefaultValue("");
        settings.Property(s => s.DescriptionHtmlZh).HasDefaultValue("");
        settings.Property(s => s.RulesMarkdownZh).HasMaxLength(CommunitySettings.MarkdownMaxLength).HasDefaultValue("");
        settings.Property(s => s.RulesHtmlZh).HasDefaultValue("");
        settings.Property(s => s.WelcomeMessageZh).HasMaxLength(CommunitySettings.WelcomeMaxLength).HasDefaultValue("");
        settings.Property(s => s.DefaultLanguage).HasMaxLength(16);
        settings.Property(s => s.DefaultTimeZone).HasMaxLength(64);
    }
}
