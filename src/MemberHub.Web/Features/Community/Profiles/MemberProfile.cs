using MemberHub.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Community.Profiles;

/// <summary>What a member tells the community about themselves, and where they stand in the joining ritual.</summary>
public sealed class MemberProfile
{
    public const int HeadlineMaxLength = 120;
    public const int CityMaxLength = 80;
    public const int MaxLinks = 5;

    public string UserId { get; set; } = "";
    public string? AvatarUrl { get; set; }

    /// <summary>"What I do", in one line: why nobody here needs to advertise.</summary>
    public string Headline { get; set; } = "";
    public string City { get; set; } = "";

    /// <summary>Up to <see cref="MaxLinks"/> http(s) links, one per line.</summary>
    public string Links { get; set; } = "";

    /// <summary>The rules version last accepted (0: never).</summary>
    public int RulesAcceptedVersion { get; set; }
    public DateTime? RulesAcceptedAtUtc { get; set; }
    public DateTime? IntroducedAtUtc { get; set; }

    /// <summary>Engagement points, kept in step with the points ledger for cheap display.</summary>
    public int Points { get; set; }

    /// <summary>Posts written anywhere in the community (introductions, replies, questions, answers...).</summary>
    public int PostCount { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public IReadOnlyList<string> LinkList => Links.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

internal sealed class MemberProfileConfiguration : IEntityTypeConfiguration<MemberProfile>
{
    public void Configure(EntityTypeBuilder<MemberProfile> profile)
    {
        profile.ToTable("MemberProfiles");
        profile.HasKey(p => p.UserId);
        profile.Property(p => p.AvatarUrl).HasMaxLength(500);
        profile.Property(p => p.Headline).HasMaxLength(MemberProfile.HeadlineMaxLength);
        profile.Property(p => p.City).HasMaxLength(MemberProfile.CityMaxLength);
        profile.Property(p => p.Links).HasMaxLength(2_600);
        profile.HasOne<ApplicationUser>().WithOne().HasForeignKey<MemberProfile>(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
