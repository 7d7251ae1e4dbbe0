using MemberHub.Web.Data;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Questions.Board;
using MemberHub.Web.Features.Questions.Tags;
using MemberHub.Web.Infrastructure.Caching;
using MemberHub.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Questions.Faq;

/// <summary>An entry as the FAQ shows it; <see cref="TagId"/> is the group it is listed under (its question's first tag).</summary>
public sealed record FaqItem(int Id, int QuestionId, int AnswerId, string Title, string AnswerHtml, string AnswerMarkdown, int Position, int? TagId);

/// <summary>The entries listed under one tag (or, for <see cref="Tag"/> null, under no tag), in the curators' order.</summary>
public sealed record FaqGroup(TagView? Tag, IReadOnlyList<FaqItem> Entries);

/// <summary>
/// The FAQ for one reader: members only (it is the community's best content), and only entries whose thread is still
/// listed and open to the reader's tier (a thread from a tiered talk keeps its tier here too).
/// </summary>
public sealed class FaqReader(IDbContextFactory<AppDbContext> contexts, MemberAccess access, QuestionReader questions, TagService tags, FaqCache cache)
{
    /// <summary>Every entry the reader may read, in the FAQ's order; null when they may not read the FAQ at all.</summary>
    public async Task<IReadOnlyList<FaqItem>?> EntriesAsync(string? viewerId, CancellationToken cancellationToken = default)
    {
        if (!(await access.MemberContentAsync(viewerId, cancellationToken: cancellationToken)).Allowed)
        {
            return null;
        }
        var all = await cache.GetAsync(ReadAllAsync, cancellationToken);
        var listed = all.Where(r => r.Listed).ToList();
        var open = await questions.OpenAsync(viewerId, listed.Select(r => r.Item.QuestionId).ToList(), cancellationToken);
        var order = new FaqTagOrder(await tags.ListAsync(cancellationToken));
        return listed.Where(r => open.Contains(r.Item.QuestionId)).Select(r => r.Item with { TagId = order.GroupOf(r.TagIds) }).ToList();
    }

    public async Task<IReadOnlyList<FaqGroup>?> GroupsAsync(string? viewerId, CancellationToken cancellationToken = default)
    {
        var entries = await EntriesAsync(viewerId, cancellationToken);
        if (entries is null)
        {
            return null;
        }
        var allTags = await tags.ListAsync(cancellationToken);
        return Grouped(entries, allTags).Select(g => new FaqGroup(
                g.Key is { } id && allTags.FirstOrDefault(t => t.Id == id) is { } tag ? new TagView(tag.Id, tag.Slug, tag.Name(Cultures.IsChinese)) : null,
                g.ToList()))
            .ToList();
    }

    /// <summary>Entries matching every word typed, best first (title matches before answer matches).</summary>
    public async Task<IReadOnlyList<FaqItem>?> SearchAsync(string? viewerId, string query, int take, CancellationToken cancellationToken = default) =>
        await EntriesAsync(viewerId, cancellationToken) is { } entries ? FaqMatching.Rank(entries, query, every: true, take) : null;

    /// <summary>Entries a question being typed may already be answered by (any word in common), best first.</summary>
    public async Task<IReadOnlyList<FaqItem>> MatchingAsync(string? viewerId, string title, int take, CancellationToken cancellationToken = default) =>
        await EntriesAsync(viewerId, cancellationToken) is { } entries ? FaqMatching.Rank(entries, title, every: false, take) : [];

    /// <summary>Groups in the tags' own order (entries without a tag last), each in the curators' order.</summary>
    public static IEnumerable<IGrouping<int?, FaqItem>> Grouped(IEnumerable<FaqItem> entries, IReadOnlyList<QuestionTag> allTags)
    {
        var order = new FaqTagOrder(allTags);
        return entries.OrderBy(e => e.Position).ThenBy(e => e.Id).GroupBy(e => e.TagId).OrderBy(g => order.PlaceOf(g.Key));
    }

    private async Task<IReadOnlyList<FaqCache.Row>> ReadAllAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await (
                from e in db.Set<FaqEntry>().AsNoTracking()
                join q in db.Set<Question>() on e.QuestionId equals q.Id
                join a in db.Set<Answer>() on e.AnswerId equals a.Id
                orderby e.Position, e.Id
                select new
                {
                    Entry = e,
                    Listed = !q.IsHidden && !q.IsDeleted && !a.IsHidden && !a.IsDeleted,
                    TagIds = db.Set<QuestionTagLink>().Where(t => t.QuestionId == q.Id).Select(t => t.TagId).ToList(),
                })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new FaqCache.Row(
                new FaqItem(r.Entry.Id, r.Entry.QuestionId, r.Entry.AnswerId, r.Entry.Title, r.Entry.AnswerHtml, r.Entry.AnswerMarkdown, r.Entry.Position, null),
                r.TagIds, r.Listed))
            .ToList();
    }
}

/// <summary>
/// Every FAQ entry, kept until the FAQ changes or one of its threads does (hidden, restored, deleted, retagged: the board
/// raises <see cref="QuestionEvents"/> for each). The FAQ is read by every member who searches it or asks a question.
/// </summary>
public sealed class FaqCache : IResettableCache
{
    /// <summary>An entry with what decides whether and where it is listed.</summary>
    public sealed record Row(FaqItem Item, IReadOnlyList<int> TagIds, bool Listed);

    private readonly CachedValue<IReadOnlyList<Row>> rows = new();
    private volatile HashSet<int> questionIds = [];

    public FaqCache(QuestionEvents events) =>
        events.Subscribe(id => questionIds.Contains(id), _ => Changed());

    public async Task<IReadOnlyList<Row>> GetAsync(Func<CancellationToken, Task<IReadOnlyList<Row>>> read, CancellationToken cancellationToken)
    {
        var all = await rows.GetAsync(() => read(cancellationToken));
        questionIds = all.Select(r => r.Item.QuestionId).ToHashSet();
        return all;
    }

    public void Changed() => rows.Invalidate();

    public void Reset() => Changed();
}
