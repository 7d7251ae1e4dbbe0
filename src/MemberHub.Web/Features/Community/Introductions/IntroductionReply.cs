using MemberHub.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Community.Introductions;

public sealed class IntroductionReply : Accounts.Funnel.IAuthoredPost, Memberships.TakingPart.ITakingPart
{
    string Memberships.TakingPart.ITakingPart.ParticipantId => AuthorId;

    public const int BodyMaxLength = 5_000;

    public int Id { get; set; }
    public int IntroductionId { get; set; }
    public string AuthorId { get; set; } = "";
    public string BodyMarkdown { get; set; } = "";
    public string BodyHtml { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
    public bool IsHidden { get; set; }
}

internal sealed class IntroductionReplyConfiguration : IEntityTypeConfiguration<IntroductionReply>
{
    public void Configure(EntityTypeBuilder<IntroductionReply> reply)
    {
        // The dashboard counts who took part in a window of time: a range read, not a scan of every row.
        reply.HasIndex(x => x.CreatedAtUtc);
        reply.ToTable("IntroductionReplies");
        reply.Property(r => r.BodyMarkdown).HasMaxLength(IntroductionReply.BodyMaxLength);
        reply.HasIndex(r => r.AuthorId);
        reply.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.AuthorId).OnDelete(DeleteBehavior.Cascade);
    }
}
