using MemberHub.Web.Data;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Talks.SpeakerQuestions;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Talks;

/// <summary>The questions the member sent speakers, in their personal-data download.</summary>
internal sealed class TalksPersonalData(IDbContextFactory<AppDbContext> contexts) : IPersonalDataSource
{
    public string Name => "Talks";

    public async Task<object?> ExportAsync(string userId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var speakerQuestions = await db.Set<SpeakerQuestion>().AsNoTracking().Where(q => q.AuthorId == userId).OrderBy(q => q.Id)
            .Select(q => new { q.Id, q.TalkId, q.Text, q.CreatedAtUtc, q.IsAnswered }).ToListAsync(cancellationToken);
        return new { speakerQuestions };
    }
}
