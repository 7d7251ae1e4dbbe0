using MemberHub.Web.Data;
using MemberHub.Web.Features.Community.Moderation;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Community.Introductions;

internal sealed class IntroductionModeration : IModeratedContent
{
    public const string KindName = "introduction";

    public string Kind => KindName;

    public async Task<ModeratedItem?> FindAsync(AppDbContext db, int id, CancellationToken cancellationToken) =>
        await db.Set<Introduction>().AsNoTracking().Where(i => i.Id == id)
            .Select(i => new ModeratedItem(KindName, i.Id, i.AuthorId, i.BodyHtml, "/introductions/" + i.Id, i.IsHidden))
            .SingleOrDefaultAsync(cancellationToken);

    public async Task<bool> SetHiddenAsync(AppDbContext db, int id, bool hidden, CancellationToken cancellationToken)
    {
        var introduction = await db.Set<Introduction>().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (introduction is null)
        {
            return false;
        }
        introduction.IsHidden = hidden;
        return true;
    }
}

internal sealed class IntroductionReplyModeration : IModeratedContent
{
    public const string KindName = "introduction-reply";

    public string Kind => KindName;

    public async Task<ModeratedItem?> FindAsync(AppDbContext db, int id, CancellationToken cancellationToken) =>
        await db.Set<IntroductionReply>().AsNoTracking().Where(r => r.Id == id)
            .Select(r => new ModeratedItem(KindName, r.Id, r.AuthorId, r.BodyHtml, "/introductions/" + r.IntroductionId, r.IsHidden))
            .SingleOrDefaultAsync(cancellationToken);

    public async Task<bool> SetHiddenAsync(AppDbContext db, int id, bool hidden, CancellationToken cancellationToken)
    {
        var reply = await db.Set<IntroductionReply>().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (reply is null)
        {
            return false;
        }
        reply.IsHidden = hidden;
        return true;
    }
}
