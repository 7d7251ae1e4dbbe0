using MemberHub.Web.Features.Questions.Board;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Portability.MovingIn.Threads;

/// <summary>A question that came from another platform's file, by its key there, so the same file imported again adds nothing.</summary>
public sealed class ImportedThread
{
    public const int KeyMaxLength = 200;

    public int Id { get; set; }
    public string Key { get; set; } = "";
    public int QuestionId { get; set; }
    public DateTime ImportedAtUtc { get; set; }
}

internal sealed class ImportedThreadConfiguration : IEntityTypeConfiguration<ImportedThread>
{
    public void Configure(EntityTypeBuilder<ImportedThread> thread)
    {
        thread.ToTable("ImportedThreads");
        thread.Property(t => t.Key).HasMaxLength(ImportedThread.KeyMaxLength);
        thread.HasIndex(t => t.Key).IsUnique();
        thread.HasOne<Question>().WithMany().HasForeignKey(t => t.QuestionId).OnDelete(DeleteBehavior.Cascade);
    }
}
