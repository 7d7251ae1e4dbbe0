using MemberHub.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Community.Introductions;

/// <summary>A "welcome!" reaction: one per member per introduction.</summary>
public sealed class IntroductionWelcome
{
    public int IntroductionId { get; set; }
    public string UserId { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
}

internal sealed class IntroductionWelcomeConfiguration : IEntityTypeConfiguration<IntroductionWelcome>
{
    public void Configure(EntityTypeBuilder<IntroductionWelcome> welcome)
    {
        welcome.ToTable("IntroductionWelcomes");
        welcome.HasKey(w => new { w.IntroductionId, w.UserId });
        welcome.HasOne<ApplicationUser>().WithMany().HasForeignKey(w => w.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
