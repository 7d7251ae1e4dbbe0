using MemberHub.Web.Features.Talks.Rsvps;
using MemberHub.Web.Features.Talks.Schedule;
using MemberHub.Web.Features.Talks.SpeakerQuestions;
using MemberHub.Web.Infrastructure.Time;

namespace MemberHub.Web.Features.Demo;

/// <summary>The demo's talks: next Thursday's (with RSVPs and a question for the speaker) and last month's, with its replay.</summary>
public sealed class DemoTalks(TalkService talks, RsvpService rsvps, SpeakerQuestionService questions, TimeProvider clock, ILogger<DemoTalks> logger)
{
    public async Task SeedAsync(IReadOnlyDictionary<string, string> ids)
    {
        string owner = ids["owner@demo.memberhub.local"], chen = ids["expert@demo.memberhub.local"];
        var today = DateOnly.FromDateTime(TimeZones.ToLocal(clock.GetUtcNow().UtcDateTime, "Asia/Shanghai"));
        var thursday = today.AddDays(((int)DayOfWeek.Thursday - (int)today.DayOfWeek + 7) % 7 + 7);
        var upcoming = await talks.SaveAsync(owner, null, new TalkInput
        {
            Title = "从 0 到 300 人：一个付费写作社群的第一年 / Year one of a paid writing circle",
            Abstract = "Our guest grew a paid writing circle from zero to 300 members. She shares **what she charged**, how she ran the joining ritual, and the week she almost quit.\n\n嘉宾分享她的定价、入群仪式，以及差点放弃的那一周。",
            SpeakerName = "Zhou Min 周敏", SpeakerBio = "Runs a 300-member paid writing circle; former magazine editor.",
            HostId = chen, LocalStart = thursday.ToDateTime(new TimeOnly(20, 0)), LocalEnd = thursday.ToDateTime(new TimeOnly(21, 0)),
            TimeZoneId = "Asia/Shanghai", Capacity = 100, JoinUrl = "https://meet.example.com/memberhub-demo",
        });
        if (upcoming.Succeeded)
        {
            await rsvps.RsvpAsync(ids["member@demo.memberhub.local"], upcoming.Value);
            await rsvps.RsvpAsync(ids["member2@demo.memberhub.local"], upcoming.Value);
            await questions.AskAsync(ids["member@demo.memberhub.local"], upcoming.Value, "第一批付费成员是怎么找到的？");
        }
        var lastMonth = today.AddDays(-28);
        var past = await talks.SaveAsync(owner, null, new TalkInput
        {
            Title = "Office hours: pricing your first tier", Abstract = "Open questions on pricing, trials and yearly plans.",
            SpeakerName = "Maya Patel", HostId = ids["expert2@demo.memberhub.local"],
            LocalStart = lastMonth.ToDateTime(new TimeOnly(19, 0)), LocalEnd = lastMonth.ToDateTime(new TimeOnly(20, 0)),
            TimeZoneId = "Europe/London", JoinUrl = "https://meet.example.com/office-hours",
        });
        if (past.Succeeded)
        {
            await talks.PublishReplayAsync(owner, past.Value, "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                "- Price the year at about ten months\n- Trials of 7–14 days convert best for small circles\n- Give founding members a lasting discount");
        }
        if (!upcoming.Succeeded || !past.Succeeded)
        {
            logger.LogWarning("Some demo talks were not seeded: {Error}", upcoming.Error ?? past.Error);
        }
    }
}
