using MemberHub.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Community.Introductions;

/// <summary>A member's introduction in the Introductions space: who they are and what they do.</summary>
public sealed class Introduction : Memberships.TakingPart.ITakingPart
{
    string Memberships.TakingPart.ITakingPart.ParticipantId => AuthorId;

    public const int BodyMaxLength = 5_000;
    public const int BodyMinLength = 20;

    public int Id { get; set; }
    public string AuthorId { get; set; } = "";
    public string BodyMarkdown { get; set; } = "";
    public string BodyHtml { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    /// <summary>Hidden by a moderator: kept for appeal, shown to nobody but staff.</summary>
    public bool IsHidden { get; set; }

    public List<IntroductionReply> Replies { get; set; } = [];
    public List<IntroductionWelcome> Welcomes { get; set; } = [];
}

internal sealed class IntroductionConfiguration : IEntityTypeConfiguration<Introduction>
{
    public void Configure(EntityTypeBuilder<Introduction> introduction)
    {
        // The dashboard counts who took part in a window of time: a range read, not a scan of every row.
        introduction.HasIndex(x => x.CreatedAtUtc);
        introduction.ToTable("Introductions");
        introduction.HasIndex(i => i.AuthorId);
        introduction.Property(i => i.BodyMarkdown).HasMaxLength(Introduction.BodyMaxLength);
        introduction.HasOne<ApplicationUser>().WithMany().HasForeignKey(i => i.AuthorId).OnDelete(DeleteBehavior.Cascade);
        introduction.HasMany(i => i.Replies).WithOne().HasForeignKey(r => r.IntroductionId).OnDelete(DeleteBehavior.Cascade);
        introduction.HasMany(i => i.Welcomes).WithOne().HasForeignKey(w => w.IntroductionId).OnDelete(DeleteBehavior.Cascade);
    }
}
