using MemberHub.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Community.Moderation;

/// <summary>The audit log: who did what to whom, when and why.</summary>
public sealed class ModerationAction
{
    public int Id { get; set; }
    public string ActorId { get; set; } = "";
    public ModerationActionKind Action { get; set; }
    public string? TargetUserId { get; set; }
    public string? ContentKind { get; set; }
    public int? ContentId { get; set; }
    public int? ReportId { get; set; }
    public string Reason { get; set; } = "";
    public int? Days { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}

internal sealed class ModerationActionConfiguration : IEntityTypeConfiguration<ModerationAction>
{
    public void Configure(EntityTypeBuilder<ModerationAction> action)
    {
        action.ToTable("ModerationActions");
        action.HasIndex(a => a.CreatedAtUtc);
        action.HasIndex(a => a.TargetUserId);
        action.Property(a => a.Action).HasConversion<string>().HasMaxLength(20);
        action.Property(a => a.ContentKind).HasMaxLength(40);
        action.Property(a => a.Reason).HasMaxLength(2_000);
    }
}
