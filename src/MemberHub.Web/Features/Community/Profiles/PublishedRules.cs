using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Community.Profiles;

/// <summary>
/// The rules as they read in one version, kept when the Owner changes them: a member accepted version 3, and what
/// version 3 said is still there when a report or an appeal turns on it.
/// </summary>
public sealed class PublishedRules
{
    public int Version { get; set; }
    public string RulesMarkdown { get; set; } = "";
    public string RulesMarkdownZh { get; set; } = "";
    public DateTime PublishedAtUtc { get; set; }
}

internal sealed class PublishedRulesConfiguration : IEntityTypeConfiguration<PublishedRules>
{
    public void Configure(EntityTypeBuilder<PublishedRules> rules)
    {
        rules.ToTable("RulesVersions");
        rules.HasKey(r => r.Version);
        rules.Property(r => r.Version).ValueGeneratedNever();
        rules.Property(r => r.RulesMarkdown).HasMaxLength(CommunitySettings.MarkdownMaxLength);
        rules.Property(r => r.RulesMarkdownZh).HasMaxLength(CommunitySettings.MarkdownMaxLength);
    }
}
