using MemberHub.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace MemberHub.Web.Features.Accounts.Funnel;

/// <summary>Something a member writes for others to read (a question, an answer, a comment, a reply, a question for a speaker).</summary>
public interface IAuthoredPost
{
    string AuthorId { get; }
}

/// <summary>
/// The joining funnel's last step, "first post", whichever feature saved it: once a save that adds an
/// <see cref="IAuthoredPost"/> succeeds, the step is recorded for its author (a person who already reached it is skipped).
/// </summary>
public sealed class FirstPosts(TimeProvider clock) : AfterSave<string>
{
    protected override IEnumerable<string> Note(ChangeTracker changes) =>
        changes.Entries<IAuthoredPost>().Where(e => e.State == EntityState.Added && e.Entity.AuthorId.Length > 0).Select(e => e.Entity.AuthorId);

    protected override async Task AfterAsync(AppDbContext db, IReadOnlyList<string> authors, CancellationToken cancellationToken)
    {
        foreach (var author in authors.Distinct())
        {
            await JoiningFunnel.RecordAsync(db, author, JoiningStep.FirstPost, clock.GetUtcNow().UtcDateTime, null, cancellationToken);
        }
    }
}
