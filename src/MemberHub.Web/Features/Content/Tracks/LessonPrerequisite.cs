using MemberHub.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Content.Tracks;

/// <summary>Something to do first: finish a whole stage or one lesson, or take part in the community (<see cref="Act"/>).</summary>
public sealed class LessonPrerequisite
{
    public int Id { get; set; }
    public int LessonId { get; set; }
    public int? RequiredStageId { get; set; }
    public int? RequiredLessonId { get; set; }
    public CommunityAct? RequiredAct { get; set; }

    /// <summary>The act's number: a talk series' id, or a count of days.</summary>
    public int? ActNumber { get; set; }

    public ActRule? Act => RequiredAct is { } act ? new ActRule(act, ActNumber) : null;

    public static LessonPrerequisite For(ActRule rule) => new() { RequiredAct = rule.Act, ActNumber = rule.Number };
}

internal sealed class LessonPrerequisiteConfiguration : IEntityTypeConfiguration<LessonPrerequisite>
{
    public void Configure(EntityTypeBuilder<LessonPrerequisite> prerequisite)
    {
        prerequisite.ToTable("LessonPrerequisites");
        prerequisite.Property(p => p.RequiredAct).HasConversion<string>().HasMaxLength(24);
        prerequisite.HasOne<Stage>().WithMany().HasForeignKey(p => p.RequiredStageId).OnDelete(DeleteBehavior.Cascade);
        prerequisite.HasOne<Lesson>().WithMany().HasForeignKey(p => p.RequiredLessonId).OnDelete(DeleteBehavior.Cascade);
    }
}
