using MemberHub.Web.Data;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Community;
using MemberHub.Web.Features.Community.Profiles;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Questions.Board;
using MemberHub.Web.Features.Questions.Search;
using MemberHub.Web.Features.Questions.Tags;
using MemberHub.Web.Infrastructure;
using MemberHub.Web.Infrastructure.Markdown;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Portability.MovingIn.Threads;

/// <param name="UnknownAuthors">Distinct e-mails in the file without an account here (the first few).</param>
public sealed record ThreadImportPreview(string Format, int Threads, int Answers, int AcceptedAnswers, int UnknownAuthorCount, IReadOnlyList<string> UnknownAuthors,
    IReadOnlyList<SkippedPost> Skipped);

public sealed record ThreadImportReport(int Questions, int Answers, int Resolved, IReadOnlyList<SkippedPost> Skipped, IReadOnlyList<string> UnknownTags);

/// <summary>
/// Q&amp;A threads moving in from a Discourse export or a thread JSON/CSV: authors matched by e-mail (or, if the Owner
/// says so, posted under the Owner's name), dates and accepted answers kept, all threads written in one transaction,
/// indexed for search, and remembered by their key so a second import of the same file adds nothing.
/// </summary>
public sealed class ThreadImport(
    IDbContextFactory<AppDbContext> contexts, MemberAccess access, MarkdownRenderer markdown, IQuestionSearch search, CommunitySettingsService community,
    StaffDirectory staff, TimeProvider clock, IStringLocalizer<PortabilityText> text)
{
    public async Task<Outcome<ThreadImportPreview>> PreviewAsync(string? actorUserId, byte[] file, bool unknownAsMe, CancellationToken cancellationToken = default)
    {
        if (!(await access.OwnerOnlyAsync(actorUserId, cancellationToken)).Allowed)
        {
            return Outcome<ThreadImportPreview>.Refused(text["MovingIn.OwnerOnly"]);
        }
        var read = ThreadFile.Read(file);
        if (!read.Succeeded)
        {
            return Outcome<ThreadImportPreview>.Refused(Refusal(read));
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var context = await ContextAsync(db, read, unknownAsMe ? actorUserId : null, cancellationToken);
        var (accepted, skipped) = ThreadCheck.Run(read.Threads, context);
        var unknown = Posts(read).Select(p => p.AuthorEmail?.Trim()).OfType<string>().Where(e => e.Length > 0 && !context.Authors.ContainsKey(e.ToUpperInvariant()))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return Outcome<ThreadImportPreview>.Ok(new ThreadImportPreview(read.Format, accepted.Count, accepted.Sum(t => t.Answers.Count),
            accepted.Count(t => t.Answers.Any(a => a.Accepted)), unknown.Count, unknown.Take(20).ToList(), skipped));
    }

    public async Task<Outcome<ThreadImportReport>> ImportAsync(string? actorUserId, byte[] file, bool unknownAsMe, CancellationToken cancellationToken = default)
    {
        if (!(await access.OwnerOnlyAsync(actorUserId, cancellationToken)).Allowed)
        {
            return Outcome<ThreadImportReport>.Refused(text["MovingIn.OwnerOnly"]);
        }
        var read = ThreadFile.Read(file);
        if (!read.Succeeded)
        {
            return Outcome<ThreadImportReport>.Refused(Refusal(read));
        }
        // Who answers as an expert on the board: the experts and the Owner (BoardActor's rule).
        HashSet<string> experts = [.. (await staff.InRoleAsync(AppRoles.Expert, cancellationToken)).Concat(await staff.InRoleAsync(AppRoles.Owner, cancellationToken))
            .Select(s => s.UserId)];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Checked inside the transaction: a second import running at the same time waits, then finds these threads imported.
        var (accepted, skipped) = ThreadCheck.Run(read.Threads, await ContextAsync(db, read, unknownAsMe ? actorUserId : null, cancellationToken));
        var tags = await db.Set<QuestionTag>().ToListAsync(cancellationToken);
        var unknownTags = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        var created = new List<(CheckedThread Thread, Question Question)>();
        foreach (var thread in accepted)
        {
            var question = new Question
            {
                AuthorId = thread.Question.AuthorId, Title = thread.Title, BodyMarkdown = thread.Question.Body, BodyHtml = markdown.ToSafeHtml(thread.Question.Body),
                Stage = QuestionStage.Beginner, State = QuestionState.Open, CreatedAtUtc = thread.Question.CreatedAtUtc, LastActivityAtUtc = thread.Question.CreatedAtUtc,
                Tags = TagLinks(thread.Tags, tags, unknownTags),
            };
            foreach (var answer in thread.Answers)
            {
                question.AddAnswer(answer.AuthorId, answer.Body, markdown.ToSafeHtml(answer.Body), experts.Contains(answer.AuthorId), answer.CreatedAtUtc);
            }
            db.Add(question);
            created.Add((thread, question));
        }
        await db.SaveChangesAsync(cancellationToken);

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (thread, question) in created)
        {
            var acceptedAt = thread.Answers.ToList().FindIndex(a => a.Accepted);
            if (acceptedAt >= 0)
            {
                // The answer was accepted at some time after it was written; the file does not say when, so at its own date.
                var answer = question.Answers[acceptedAt];
                var lastActivity = question.LastActivityAtUtc;
                question.Accept(answer, answer.CreatedAtUtc);
                question.LastActivityAtUtc = lastActivity;
            }
            db.Add(new ImportedThread { Key = thread.Key, QuestionId = question.Id, ImportedAtUtc = now });
            await search.IndexAsync(db, question.ToSearchDocument(), cancellationToken);
            foreach (var answer in question.Answers)
            {
                await search.IndexAsync(db, answer.ToSearchDocument(), cancellationToken);
            }
        }
        foreach (var author in created.SelectMany(c => c.Question.Answers.Select(a => a.AuthorId).Prepend(c.Question.AuthorId)).GroupBy(id => id))
        {
            (await ProfileService.EnsureProfileAsync(db, author.Key, cancellationToken)).PostCount += author.Count();
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Outcome<ThreadImportReport>.Ok(new ThreadImportReport(created.Count, created.Sum(c => c.Question.Answers.Count),
            created.Count(c => c.Question.AcceptedAnswerId is not null), skipped, [.. unknownTags]));
    }

    private async Task<ThreadCheckContext> ContextAsync(AppDbContext db, ThreadFile read, string? standIn, CancellationToken cancellationToken)
    {
        var authors = await ExistingAccounts.ByEmailAsync(db, Posts(read).Select(p => p.AuthorEmail), cancellationToken);
        var keys = read.Threads.Select(t => t.Key).Distinct().ToList();
        var imported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in keys.Chunk(500))
        {
            imported.UnionWith(await db.Set<ImportedThread>().Where(t => chunk.Contains(t.Key)).Select(t => t.Key).ToListAsync(cancellationToken));
        }
        var zone = (await community.GetAsync()).DefaultTimeZone;
        return new ThreadCheckContext(authors, standIn, imported, zone, clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>The file's tags that name a tag here (by name in either language, or by slug); the others are reported.</summary>
    private static List<QuestionTagLink> TagLinks(IEnumerable<string> names, List<QuestionTag> tags, ISet<string> unknown)
    {
        var links = new List<QuestionTagLink>();
        foreach (var name in names)
        {
            var tag = tags.FirstOrDefault(t => string.Equals(t.NameEn, name, StringComparison.OrdinalIgnoreCase) || t.NameZh == name
                || string.Equals(t.Slug, name, StringComparison.OrdinalIgnoreCase));
            if (tag is null)
            {
                unknown.Add(name);
            }
            else if (links.All(l => l.TagId != tag.Id))
            {
                links.Add(new QuestionTagLink { TagId = tag.Id });
            }
        }
        return links;
    }

    private static IEnumerable<IncomingPost> Posts(ThreadFile read) => read.Threads.SelectMany(t => t.Answers.Prepend(t.Question));

    private string Refusal(ThreadFile read) => read.Refusal switch
    {
        ThreadFileRefusal.TooLarge => text["MovingIn.Csv.TooLarge", MemberCsv.MaxBytes / 1048576],
        ThreadFileRefusal.Empty => text["MovingIn.Csv.Empty"],
        ThreadFileRefusal.Malformed => text["MovingIn.Threads.Malformed", read.Detail ?? "?"],
        _ => text["MovingIn.Threads.UnknownFormat", read.Detail ?? ""],
    };
}
