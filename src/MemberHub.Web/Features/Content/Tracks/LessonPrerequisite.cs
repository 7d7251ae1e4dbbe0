using MemberHub.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Content.Tracks;

/// <summary>Something to finish first: a whole stage, or one lesson.</summary>
public sealed class LessonPrerequisite
{
    public int Id { get; set; }
    public int LessonId { get; set; }
    public int? RequiredStageId { get; set; }
    public int? RequiredLessonId { get; set; }
}

internal sealed class LessonPrerequisiteConfiguration : IEntityTypeConfiguration<LessonPrerequisite>
{
    public void Configure(EntityTypeBuilder<LessonPrerequisite> prerequisite)
    {
        prerequisite.ToTable("LessonPrerequisites");
        prerequisite.HasOne<Stage>().WithMany().HasForeignKey(p => p.RequiredStageId).OnDelete(DeleteBehavior.Cascade);
        prerequisite.HasOne<Lesson>().WithMany().HasForeignKey(p => p.RequiredLessonId).OnDelete(DeleteBehavior.Cascade);
    }
}
