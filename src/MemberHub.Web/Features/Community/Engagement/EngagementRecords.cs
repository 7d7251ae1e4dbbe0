using MemberHub.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Community.Engagement;

/// <summary>The things that earn points. Each feature reports its own as it lands.</summary>
public static class PointKinds
{
    public const string Introduced = "Introduced";
    public const string Welcomed = "Welcomed";
    public const string Replied = "Replied";
    public const string AnswerPosted = "AnswerPosted";
    public const string AnswerAccepted = "AnswerAccepted";
    public const string UpvoteReceived = "UpvoteReceived";
    public const string TalkAttended = "TalkAttended";
    public const string LessonFinished = "LessonFinished";

    public static readonly IReadOnlyDictionary<string, int> DefaultWeights = new Dictionary<string, int>
    {
        [Introduced] = 5, [Welcomed] = 1, [Replied] = 1, [AnswerPosted] = 5, [AnswerAccepted] = 15,
        [UpvoteReceived] = 2, [TalkAttended] = 3, [LessonFinished] = 2,
    };
}

/// <summary>One award of points; <see cref="SourceKey"/> makes each award happen once (e.g. "welcome:12").</summary>
public sealed class PointAward
{
    public int Id { get; set; }
    public string UserId { get; set; } = "";
    public string Kind { get; set; } = "";
    public string SourceKey { get; set; } = "";
    public int Points { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}

/// <summary>Owner-tunable points per kind.</summary>
public sealed class PointWeight
{
    public string Kind { get; set; } = "";
    public int Points { get; set; }
}

/// <summary>An engagement level: reached at <see cref="MinimumPoints"/>, named in both languages.</summary>
public sealed class EngagementLevel
{
    public int Id { get; set; }
    public int MinimumPoints { get; set; }
    public string NameEn { get; set; } = "";
    public string NameZh { get; set; } = "";

    public string Name(bool chinese) => chinese && NameZh.Length > 0 ? NameZh : NameEn;
}

internal sealed class PointAwardConfiguration : IEntityTypeConfiguration<PointAward>
{
    public void Configure(EntityTypeBuilder<PointAward> award)
    {
        award.ToTable("PointAwards");
        award.HasIndex(a => new { a.UserId, a.Kind, a.SourceKey }).IsUnique();
        award.Property(a => a.Kind).HasMaxLength(40);
        award.Property(a => a.SourceKey).HasMaxLength(120);
        award.HasOne<ApplicationUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PointWeightConfiguration : IEntityTypeConfiguration<PointWeight>
{
    public void Configure(EntityTypeBuilder<PointWeight> weight)
    {
        weight.ToTable("PointWeights");
        weight.HasKey(w => w.Kind);
        weight.Property(w => w.Kind).HasMaxLength(40);
    }
}

internal sealed class EngagementLevelConfiguration : IEntityTypeConfiguration<EngagementLevel>
{
    public void Configure(EntityTypeBuilder<EngagementLevel> level)
    {
        level.ToTable("EngagementLevels");
        level.Property(l => l.NameEn).HasMaxLength(40);
        level.Property(l => l.NameZh).HasMaxLength(40);
    }
}
