using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Community.Seasons;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Memberships.Billing;

namespace MemberHub.Tests.Features.Community;

public class SeasonRulesTests
{
    private static readonly DateTime Jan = new(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static Season Season(int id, DateTime starts, int days, bool open = true) =>
        new() { Id = id, NameEn = $"S{id}", StartsAtUtc = starts, EndsAtUtc = starts.AddDays(days), ArchiveOpenToLaterMembers = open };

    private static Viewer Member(DateTime joined, params string[] roles) =>
        new("u", roles, new Membership { UserId = "u", StartedAtUtc = joined, Status = MembershipStatus.Active }, 10);

    [Fact]
    public void A_post_belongs_to_the_archive_of_the_ended_season_it_was_written_in()
    {
        var spring = Season(1, Jan, 90);
        var summer = Season(2, Jan.AddDays(90), 90);
        var now = Jan.AddDays(100);

        Assert.Same(spring, SeasonRules.ArchiveHolding([spring, summer], Jan.AddDays(10), now));
        Assert.Null(SeasonRules.ArchiveHolding([spring, summer], Jan.AddDays(95), now)); // summer is still running
        Assert.Null(SeasonRules.ArchiveHolding([spring, summer], Jan.AddDays(-5), now)); // before any season
        Assert.Same(spring, SeasonRules.ArchiveHolding([spring], Jan.AddDays(90).AddTicks(-1), now));
        Assert.Null(SeasonRules.ArchiveHolding([spring], Jan.AddDays(90), now)); // the end day belongs to what follows
    }

    [Fact]
    public void An_archive_kept_for_its_members_is_read_by_them_and_staff_only()
    {
        var closed = Season(1, Jan, 90, open: false);
        var open = Season(2, Jan.AddDays(90), 90);

        Assert.True(SeasonRules.MayRead(closed, Member(Jan.AddDays(-30))));
        Assert.True(SeasonRules.MayRead(closed, Member(Jan.AddDays(60))));
        Assert.False(SeasonRules.MayRead(closed, Member(Jan.AddDays(91))));
        Assert.True(SeasonRules.MayRead(closed, Member(Jan.AddDays(91), AppRoles.Expert)));
        Assert.True(SeasonRules.MayRead(open, Member(Jan.AddDays(400))));
        Assert.Equal([closed], SeasonRules.ClosedTo([closed, open], Member(Jan.AddDays(200)), Jan.AddDays(200)));
    }

    [Theory]
    [InlineData(0, 30, SeasonRefusal.None)]
    [InlineData(10, 10, SeasonRefusal.EndBeforeStart)]
    [InlineData(-10, 5, SeasonRefusal.Overlaps)]
    [InlineData(89, 120, SeasonRefusal.Overlaps)]
    [InlineData(0, 90, SeasonRefusal.None)]
    public void Seasons_may_not_overlap_and_must_end_after_they_start(int startDay, int endDay, SeasonRefusal expected)
    {
        var spring = Season(1, Jan.AddDays(-90), 90);
        var summer = Season(2, Jan.AddDays(90), 90);
        var start = Jan.AddDays(startDay);
        Assert.Equal(expected, SeasonRules.Check(null, start, Jan.AddDays(endDay), [spring, summer], Jan.AddDays(-100)));
    }

    [Fact]
    public void An_ended_season_keeps_its_dates_and_a_season_does_not_overlap_itself()
    {
        var spring = Season(1, Jan, 90);
        Assert.Equal(SeasonRefusal.Ended, SeasonRules.Check(spring, Jan, Jan.AddDays(120), [spring], Jan.AddDays(100)));
        Assert.Equal(SeasonRefusal.None, SeasonRules.Check(spring, Jan, Jan.AddDays(90), [spring], Jan.AddDays(100)));
        Assert.Equal(SeasonRefusal.None, SeasonRules.Check(spring, Jan, Jan.AddDays(120), [spring], Jan.AddDays(10)));
    }

    [Fact]
    public void The_next_season_is_the_first_to_start_after_the_end()
    {
        var spring = Season(1, Jan, 90);
        var autumn = Season(3, Jan.AddDays(200), 90);
        var summer = Season(2, Jan.AddDays(100), 90);
        Assert.Same(summer, SeasonRules.Next([spring, autumn, summer], spring));
        Assert.Null(SeasonRules.Next([spring, autumn, summer], autumn));
    }
}
