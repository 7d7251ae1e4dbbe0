using MemberHub.Web.Data;
using MemberHub.Web.Features.Content.Learning;
using MemberHub.Web.Features.Talks.Schedule;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Talks.Rsvps;

/// <summary>For lessons that ask for a talk attended: which series' talks a learner joined (through the join link), and the series there are.</summary>
public sealed class TalkActs : ILearnerActSource
{
    public async Task<LearnerActs> ReadAsync(AppDbContext db, string userId, CancellationToken cancellationToken)
    {
        var attended = await (
                from a in db.Set<TalkAttendance>()
                join t in db.Set<Talk>() on a.TalkId equals t.Id
                where a.UserId == userId
                select t.SeriesId)
            .ToListAsync(cancellationToken);
        return LearnerActs.None with { AttendedAnyTalk = attended.Count > 0, AttendedSeries = attended.OfType<int>().ToHashSet() };
    }

    public async Task<IReadOnlyDictionary<int, string>> SeriesAsync(AppDbContext db, CancellationToken cancellationToken) =>
        await db.Set<TalkSeries>().AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Title, cancellationToken);
}
