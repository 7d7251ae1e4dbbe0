using MemberHub.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Content.Tracks;

/// <summary>A member's progress on a lesson.</summary>
public sealed class LessonProgress
{
    public string UserId { get; set; } = "";
    public int LessonId { get; set; }
    public DateTime LastOpenedAtUtc { get; set; }
    public DateTime? CompletedAtUtc { get; set; }
}

internal sealed class LessonProgressConfiguration : IEntityTypeConfiguration<LessonProgress>
{
    public void Configure(EntityTypeBuilder<LessonProgress> progress)
    {
        progress.ToTable("LessonProgress");
        progress.HasKey(p => new { p.UserId, p.LessonId });
        progress.HasIndex(p => new { p.UserId, p.LastOpenedAtUtc });
        progress.HasOne<ApplicationUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        progress.HasOne<Lesson>().WithMany().HasForeignKey(p => p.LessonId).OnDelete(DeleteBehavior.Cascade);
    }
}
