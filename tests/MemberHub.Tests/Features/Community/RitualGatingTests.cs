using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Memberships.Billing;

namespace MemberHub.Tests.Features.Community;

/// <summary>The joining ritual as a table: rules accepted × introduction × the Owner's switch × where the post goes × role.</summary>
public class RitualGatingTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 12, 0, 0, DateTimeKind.Utc);
    private const int CurrentRules = 3;

    [Theory]
    //          rules accepted, introduced, required, place,                    staff, expected
    [InlineData(0, false, true, PostPlace.Introductions, false, AccessRefusal.AcceptRules)]
    [InlineData(0, false, true, PostPlace.Elsewhere, false, AccessRefusal.AcceptRules)]
    [InlineData(2, true, true, PostPlace.Elsewhere, false, AccessRefusal.AcceptRules)]
    [InlineData(2, true, false, PostPlace.Introductions, false, AccessRefusal.AcceptRules)]
    [InlineData(3, false, true, PostPlace.Introductions, false, AccessRefusal.None)]
    [InlineData(3, false, true, PostPlace.Elsewhere, false, AccessRefusal.IntroduceFirst)]
    [InlineData(3, false, false, PostPlace.Elsewhere, false, AccessRefusal.None)]
    [InlineData(3, true, true, PostPlace.Elsewhere, false, AccessRefusal.None)]
    [InlineData(3, true, true, PostPlace.Introductions, false, AccessRefusal.None)]
    [InlineData(4, true, true, PostPlace.Elsewhere, false, AccessRefusal.None)]
    [InlineData(0, false, true, PostPlace.Elsewhere, true, AccessRefusal.None)]
    [InlineData(2, false, true, PostPlace.Introductions, true, AccessRefusal.None)]
    public void Posting_follows_the_joining_ritual(int rulesAccepted, bool introduced, bool required, PostPlace place, bool staff, AccessRefusal expected)
    {
        var viewer = new Viewer("u", staff ? [AppRoles.Expert] : [], ActiveMembership(), 10,
            new Participation(rulesAccepted, introduced ? Now.AddDays(-1) : null, null, null));

        var decision = AccessRules.Post(viewer, place, 0, Now, TimeSpan.FromDays(7), new RitualRules(CurrentRules, required));

        Assert.Equal(expected, decision.Refusal);
    }

    [Theory]
    [InlineData(null, null, AccessRefusal.None, AccessRefusal.None)]
    [InlineData(1, null, AccessRefusal.None, AccessRefusal.Suspended)]
    [InlineData(-1, null, AccessRefusal.None, AccessRefusal.None)]
    [InlineData(null, 0, AccessRefusal.Banned, AccessRefusal.Banned)]
    [InlineData(5, 0, AccessRefusal.Banned, AccessRefusal.Banned)]
    public void Suspended_members_read_but_do_not_post_and_banned_members_do_neither(int? suspendedDays, int? bannedDaysAgo, AccessRefusal read, AccessRefusal post)
    {
        var standing = new Participation(CurrentRules, Now.AddDays(-30), suspendedDays is { } d ? Now.AddDays(d) : null, bannedDaysAgo is { } b ? Now.AddDays(-b) : null);
        var viewer = new Viewer("u", [], ActiveMembership(), 10, standing);

        Assert.Equal(read, AccessRules.MemberContent(viewer, 0, Now, TimeSpan.FromDays(7)).Refusal);
        Assert.Equal(post, AccessRules.Post(viewer, PostPlace.Elsewhere, 0, Now, TimeSpan.FromDays(7), new RitualRules(CurrentRules, true)).Refusal);
    }

    [Theory]
    //          suspended days, banned, membership, owner, expected
    [InlineData(null, false, false, false, AccessRefusal.None)]
    [InlineData(null, false, true, false, AccessRefusal.None)]
    [InlineData(2, false, true, false, AccessRefusal.Suspended)]
    [InlineData(-1, false, true, false, AccessRefusal.None)]
    [InlineData(null, true, true, false, AccessRefusal.Banned)]
    [InlineData(2, true, false, true, AccessRefusal.None)]
    public void A_profile_is_edited_in_good_standing_with_or_without_a_membership(int? suspendedDays, bool banned, bool member, bool owner, AccessRefusal expected)
    {
        var standing = new Participation(CurrentRules, null, suspendedDays is { } d ? Now.AddDays(d) : null, banned ? Now.AddDays(-1) : null);
        var viewer = new Viewer("u", owner ? [AppRoles.Owner] : [], member ? ActiveMembership() : null, 10, standing);

        Assert.Equal(expected, AccessRules.EditProfile(viewer, Now).Refusal);
        Assert.Equal(AccessRefusal.SignIn, AccessRules.EditProfile(Viewer.Anonymous, Now).Refusal);
    }

    [Fact]
    public void A_banned_moderator_is_refused_but_the_owner_cannot_be_locked_out()
    {
        var banned = new Participation(CurrentRules, Now, null, Now.AddDays(-1));
        Assert.Equal(AccessRefusal.Banned, AccessRules.MemberContent(new Viewer("m", [AppRoles.Moderator], null, 0, banned), 0, Now, TimeSpan.Zero).Refusal);
        Assert.True(AccessRules.MemberContent(new Viewer("o", [AppRoles.Owner], null, 0, banned), 0, Now, TimeSpan.Zero).Allowed);
    }

    private static Membership ActiveMembership() => new()
    {
        UserId = "u", Source = MembershipSource.Stripe, Status = MembershipStatus.Active, CurrentPeriodEndUtc = Now.AddDays(20),
    };
}
