using MemberHub.Web.Data;
using MemberHub.Web.Features.Content.Import;
using MemberHub.Web.Features.Content.Tracks;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Questions.Tags;

public sealed class TagInput
{
    public int? Id { get; set; }
    public string Slug { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string NameZh { get; set; } = "";
}

/// <summary>The Owner's list of tags (read on every board page, so held in memory and refreshed on change) and each expert's followed tags.</summary>
public sealed class TagService(IDbContextFactory<AppDbContext> contexts, MemberAccess access, IStringLocalizer<QuestionsText> text)
    : Infrastructure.Caching.IResettableCache
{
    private readonly Infrastructure.Caching.CachedValue<IReadOnlyList<QuestionTag>> cached = new();

    public Task<IReadOnlyList<QuestionTag>> ListAsync(CancellationToken cancellationToken = default) =>
        cached.GetAsync(async () =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return (IReadOnlyList<QuestionTag>)await db.Set<QuestionTag>().AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.NameEn).ToListAsync(cancellationToken);
        });

    private void Invalidate() => cached.Invalidate();

    public void Reset() => Invalidate();

    public async Task<Outcome<int>> SaveAsync(string? ownerId, TagInput input, CancellationToken cancellationToken = default)
    {
        if (!(await access.OwnerOnlyAsync(ownerId, cancellationToken)).Allowed)
        {
            return Outcome<int>.Refused(text["Refused.OwnerOnly"]);
        }
        var nameEn = input.NameEn?.Trim() ?? "";
        var nameZh = input.NameZh?.Trim() ?? "";
        var slug = string.IsNullOrWhiteSpace(input.Slug) ? Slugs.From(nameEn, "") : input.Slug.Trim().ToLowerInvariant();
        if (nameEn.Length == 0 && nameZh.Length == 0)
        {
            return Outcome<int>.Refused(text["Tags.NameRequired"], "NameEn");
        }
        if (nameEn.Length > QuestionTag.NameMaxLength || nameZh.Length > QuestionTag.NameMaxLength)
        {
            return Outcome<int>.Refused(text["Tags.NameTooLong", QuestionTag.NameMaxLength], "NameEn");
        }
        if (!TrackFiles.IsSlug(slug))
        {
            return Outcome<int>.Refused(text["Tags.SlugInvalid"], "Slug");
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Set<QuestionTag>().AnyAsync(t => t.Slug == slug && t.Id != input.Id, cancellationToken))
        {
            return Outcome<int>.Refused(text["Tags.SlugTaken", slug], "Slug");
        }
        var tag = input.Id is { } id ? await db.Set<QuestionTag>().SingleOrDefaultAsync(t => t.Id == id, cancellationToken) : null;
        if (input.Id is not null && tag is null)
        {
            return Outcome<int>.Refused(text["Tags.Unknown"]);
        }
        if (tag is null)
        {
            tag = new QuestionTag { SortOrder = await db.Set<QuestionTag>().CountAsync(cancellationToken) };
            db.Add(tag);
        }
        tag.Slug = slug;
        tag.NameEn = nameEn;
        tag.NameZh = nameZh;
        await db.SaveChangesAsync(cancellationToken);
        Invalidate();
        return Outcome<int>.Ok(tag.Id);
    }

    /// <summary>Removes a tag from the list and from the questions filed under it (the questions stay).</summary>
    public async Task<Outcome> DeleteAsync(string? ownerId, int tagId, CancellationToken cancellationToken = default)
    {
        if (!(await access.OwnerOnlyAsync(ownerId, cancellationToken)).Allowed)
        {
            return Outcome.Refused(text["Refused.OwnerOnly"]);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Set<QuestionTag>().Where(t => t.Id == tagId).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            return Outcome.Refused(text["Tags.Unknown"]);
        }
        Invalidate();
        return Outcome.Ok;
    }

    public async Task<IReadOnlyList<int>> FollowedAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<ExpertTagFollow>().Where(f => f.UserId == userId).Select(f => f.TagId).ToListAsync(cancellationToken);
    }

    /// <summary>An expert chooses the tags they hear about (none: all of them).</summary>
    public async Task<Outcome> FollowAsync(string? userId, IReadOnlyCollection<int> tagIds, CancellationToken cancellationToken = default)
    {
        var viewer = await access.ViewerAsync(userId, cancellationToken);
        if (!Board.BoardActor.Of(viewer).IsExpert)
        {
            return Outcome.Refused(text["Refused.ExpertsOnly"]);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var known = await db.Set<QuestionTag>().Where(t => tagIds.Contains(t.Id)).Select(t => t.Id).ToListAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Set<ExpertTagFollow>().Where(f => f.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        db.AddRange(known.Select(id => new ExpertTagFollow { UserId = userId!, TagId = id }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Outcome.Ok;
    }
}
