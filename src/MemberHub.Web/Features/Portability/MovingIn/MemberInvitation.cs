using MemberHub.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Portability.MovingIn;

/// <summary>
/// An imported member's invitation to choose a password, queued with the import and sent by <see cref="InvitationSender"/>:
/// an import of thousands of members finishes at once instead of waiting on the mail server for each of them.
/// </summary>
public sealed class MemberInvitation
{
    public const int MaxAttempts = 5;
    public const int ErrorMaxLength = 500;

    public int Id { get; set; }
    public string UserId { get; set; } = "";
    public DateTime QueuedAtUtc { get; set; }
    public DateTime? SentAtUtc { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }

    /// <summary>Not sent yet, and not given up on.</summary>
    public static readonly System.Linq.Expressions.Expression<Func<MemberInvitation, bool>> IsWaiting =
        i => i.SentAtUtc == null && i.Attempts < MaxAttempts;
}

internal sealed class MemberInvitationConfiguration : IEntityTypeConfiguration<MemberInvitation>
{
    public void Configure(EntityTypeBuilder<MemberInvitation> invitation)
    {
        invitation.ToTable("MemberInvitations");
        // The sender reads what still waits, oldest first.
        invitation.HasIndex(i => new { i.SentAtUtc, i.Id });
        invitation.HasIndex(i => i.UserId);
        invitation.Property(i => i.LastError).HasMaxLength(MemberInvitation.ErrorMaxLength);
        invitation.HasOne<ApplicationUser>().WithMany().HasForeignKey(i => i.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
