using MemberHub.Web.Features.Talks.Reminders;
using MemberHub.Web.Features.Talks.Schedule;

namespace MemberHub.Tests.Features.Talks;

public class TalkRulesTests
{
    private static readonly DateTime Start = new(2026, 12, 3, 12, 0, 0, DateTimeKind.Utc);

    private static Talk Talk(bool canceled = false) =>
        new() { StartsAtUtc = Start, EndsAtUtc = Start.AddHours(1), CanceledAtUtc = canceled ? Start.AddDays(-1) : null };

    [Theory]
    [InlineData(-16, true, false, TalkRefusal.NotYet)]
    [InlineData(-15, true, false, TalkRefusal.None)]
    [InlineData(30, true, false, TalkRefusal.None)]
    [InlineData(59, true, false, TalkRefusal.None)]
    [InlineData(60, true, false, TalkRefusal.Over)]
    [InlineData(0, false, false, TalkRefusal.NotGoing)]
    [InlineData(0, true, true, TalkRefusal.Canceled)]
    public void The_join_link_is_for_members_with_a_seat_from_15_minutes_before_until_the_end(int minutesFromStart, bool hasSeat, bool canceled, TalkRefusal expected)
    {
        var now = Start.AddMinutes(minutesFromStart);
        Assert.Equal(expected, TalkRules.Join(Talk(canceled), hasSeat, now));
        Assert.Equal(expected == TalkRefusal.None, TalkRules.JoinWindowOpen(Talk(canceled), now) && hasSeat);
    }

    [Theory]
    [InlineData(-600, false, TalkRefusal.None)]
    [InlineData(10, false, TalkRefusal.None)]
    [InlineData(61, false, TalkRefusal.Over)]
    [InlineData(-600, true, TalkRefusal.Canceled)]
    public void Rsvps_are_taken_until_the_talk_ends_unless_it_was_canceled(int minutesFromStart, bool canceled, TalkRefusal expected) =>
        Assert.Equal(expected, TalkRules.Rsvp(Talk(canceled), Start.AddMinutes(minutesFromStart)));

    [Theory]
    [InlineData(-25 * 60, null)]
    [InlineData(-24 * 60, TalkReminders.DayBefore)]
    [InlineData(-90, TalkReminders.DayBefore)]
    [InlineData(-60, TalkReminders.HourBefore)]
    [InlineData(-1, TalkReminders.HourBefore)]
    [InlineData(0, null)]
    [InlineData(30, null)]
    public void Which_reminder_is_due_and_none_once_the_talk_has_started(int minutesFromStart, string? expected) =>
        Assert.Equal(expected, TalkReminders.Due(Start, Start.AddMinutes(minutesFromStart)));

    [Theory]
    [InlineData(-1, TalkState.Scheduled)]
    [InlineData(0, TalkState.Live)]
    [InlineData(60, TalkState.Ended)]
    public void A_talks_state_follows_the_clock(int minutesFromStart, TalkState expected) =>
        Assert.Equal(expected, Talk().StateAt(Start.AddMinutes(minutesFromStart)));
}
