using MemberHub.Web.Data;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Notifications;

namespace MemberHub.Web.Features.Questions.Board;

/// <summary>Who hears about a board post (never its own author), and telling open pages and bells once it is saved.</summary>
public sealed class BoardNotifications(NotificationCenter notifications, QuestionEvents events)
{
    /// <summary>Adds the notifications in the caller's unit of work; returns the recipients to <see cref="Announce"/> after the commit.</summary>
    public async Task<List<string>> NotifyAsync(AppDbContext db, string kind, IEnumerable<string> recipients, string actorId, Question question, string excerpt, CancellationToken cancellationToken)
    {
        var targets = recipients.Where(r => r != actorId).Distinct().ToList();
        if (targets.Count > 0)
        {
            var actor = await DisplayNames.OfAsync(db, actorId, cancellationToken);
            foreach (var recipient in targets)
            {
                // Titles and e-mail subjects are plain text: the excerpt of a post loses its Markdown (no "**" in a subject).
                notifications.Add(db, kind, recipient, $"/questions/{question.Id}", actor,
                    PostText.Excerpt(kind is NotificationKinds.QuestionAnswered or NotificationKinds.QuestionCommented ? PostText.Plain(excerpt).ReplaceLineEndings(" ").Trim() : question.Title));
            }
        }
        return targets;
    }

    public void Announce(List<string> notified, int questionId)
    {
        notified.ForEach(notifications.Announce);
        events.Raise(questionId);
    }
}
