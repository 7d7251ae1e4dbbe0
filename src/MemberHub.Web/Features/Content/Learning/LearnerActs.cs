using MemberHub.Web.Data;
using MemberHub.Web.Features.Content.Tracks;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Content.Learning;

/// <summary>What a learner has done in the community, as far as lessons' act rules ask.</summary>
public sealed record LearnerActs(bool Introduced, int QuestionsAsked, int AnswersAccepted, IReadOnlySet<int> AttendedSeries, bool AttendedAnyTalk, int DaysActive)
{
    public static readonly LearnerActs None = new(false, 0, 0, new HashSet<int>(), false, 0);

    public bool Meets(ActRule rule) => rule.Act switch
    {
        CommunityAct.Introduced => Introduced,
        CommunityAct.AskedQuestion => QuestionsAsked > 0,
        CommunityAct.AnswerAccepted => AnswersAccepted > 0,
        CommunityAct.AttendedTalk => rule.Number is { } series ? AttendedSeries.Contains(series) : AttendedAnyTalk,
        CommunityAct.DaysActive => DaysActive >= (rule.Number ?? 1),
        _ => false,
    };

    /// <summary>What two sources know together: each feature answers for its own acts.</summary>
    public LearnerActs With(LearnerActs other) => new(Introduced || other.Introduced, QuestionsAsked + other.QuestionsAsked,
        AnswersAccepted + other.AnswersAccepted, AttendedSeries.Union(other.AttendedSeries).ToHashSet(), AttendedAnyTalk || other.AttendedAnyTalk,
        Math.Max(DaysActive, other.DaysActive));
}

/// <summary>
/// A feature that records community acts says what one learner has done (the board: questions asked and answers
/// accepted; talks: talks attended). Learning comes before those features, so they answer through this.
/// </summary>
public interface ILearnerActSource
{
    Task<LearnerActs> ReadAsync(AppDbContext db, string userId, CancellationToken cancellationToken);

    /// <summary>Talk series a rule may name (id → title); only the talks feature has any.</summary>
    Task<IReadOnlyDictionary<int, string>> SeriesAsync(AppDbContext db, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<int, string>>(new Dictionary<int, string>());
}

/// <summary>The acts this feature sees itself: an introduction posted (Community) and the days taken part (Memberships).</summary>
public sealed class RitualActs : ILearnerActSource
{
    public async Task<LearnerActs> ReadAsync(AppDbContext db, string userId, CancellationToken cancellationToken) =>
        LearnerActs.None with
        {
            Introduced = await db.Set<Community.Introductions.Introduction>().AnyAsync(i => i.AuthorId == userId && !i.IsHidden, cancellationToken),
            DaysActive = await Memberships.TakingPart.ActiveDay.CountAsync(db, userId, cancellationToken),
        };
}

/// <summary>Reads a learner's acts from every source, only when a lesson on the page asks for one.</summary>
public sealed class LearnerActsReader(IDbContextFactory<AppDbContext> contexts, IEnumerable<ILearnerActSource> sources)
{
    public async Task<LearnerActs> ReadAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        var acts = LearnerActs.None;
        foreach (var source in sources)
        {
            acts = acts.With(await source.ReadAsync(db, userId, cancellationToken));
        }
        return acts;
    }

    /// <summary>Every talk series a rule may name, id → title.</summary>
    public async Task<IReadOnlyDictionary<int, string>> SeriesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var all = new Dictionary<int, string>();
        foreach (var source in sources)
        {
            foreach (var (id, title) in await source.SeriesAsync(db, cancellationToken))
            {
                all[id] = title;
            }
        }
        return all;
    }

    public static bool AsksForActs(IEnumerable<Track> tracks) => tracks.Any(t => t.Lessons.Any(l => l.IsPublished && l.Prerequisites.Any(p => p.RequiredAct is not null)));
}
