using MemberHub.Web.Data;
using MemberHub.Web.Features.Community.Moderation;
using MemberHub.Web.Features.Talks.Schedule;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Talks.SpeakerQuestions;

/// <summary>Speaker questions are posts like any other: reported, hidden and restored through the community's one moderation queue.</summary>
internal sealed class SpeakerQuestionModeration(TalkEvents events) : IModeratedContent
{
    public const string KindName = "speaker-question";

    public string Kind => KindName;

    public async Task<ModeratedItem?> FindAsync(AppDbContext db, int id, CancellationToken cancellationToken) =>
        await db.Set<SpeakerQuestion>().AsNoTracking().Where(q => q.Id == id)
            .Select(q => new ModeratedItem(KindName, q.Id, q.AuthorId, "<p>" + System.Net.WebUtility.HtmlEncode(q.Text) + "</p>", "/talks/" + q.TalkId, q.IsHidden))
            .SingleOrDefaultAsync(cancellationToken);

    public async Task<bool> SetHiddenAsync(AppDbContext db, int id, bool hidden, CancellationToken cancellationToken)
    {
        var question = await db.Set<SpeakerQuestion>().SingleOrDefaultAsync(q => q.Id == id, cancellationToken);
        if (question is null)
        {
            return false;
        }
        question.IsHidden = hidden;
        events.Raise(question.TalkId);
        return true;
    }
}
