using System.Globalization;
using System.Net.Mail;
using MemberHub.Web.Data;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Community;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Features.Memberships.Tiers;
using MemberHub.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Portability.MovingIn;

/// <summary>What the Owner sees before importing: the file as read, a few rows, and the columns MemberHub guessed.</summary>
public sealed record MemberCsvPreview(string Encoding, IReadOnlyList<string> Headers, IReadOnlyList<string[]> Sample, int Rows, MemberColumns? Suggested);

/// <param name="TierId">The tier of the complimentary period; with <paramref name="ComplimentaryDays"/> 0, no membership is given.</param>
public sealed record MemberImportPlan(MemberColumns Columns, int? TierId = null, int ComplimentaryDays = 0);

/// <summary>A row left out, by its line in the file, and why (a <c>MovingIn.Skip.*</c> key).</summary>
public sealed record SkippedRow(int Line, string? Email, string Reason);

/// <summary>Imported members' invitations: still to send, sent, and given up after <see cref="MemberInvitation.MaxAttempts"/> failed sends.</summary>
public sealed record InvitationCounts(int Waiting, int Sent, int Failed);

public sealed record MemberImportReport(int Created, int Complimentary, IReadOnlyList<SkippedRow> Skipped);

/// <summary>
/// Members moving in from another platform's export: rows checked first (e-mail present and valid, once in the file, not
/// already a member), then every account created in one transaction — all or nothing —, a complimentary period on the
/// Owner's tier for those who paid elsewhere, and an invitation to choose a password queued for <see cref="InvitationSender"/>.
/// </summary>
public sealed class MemberImport(
    IServiceScopeFactory scopes, MemberAccess access, CommunitySettingsService community, TimeProvider clock,
    IStringLocalizer<PortabilityText> text)
{
    public const string NoEmail = "NoEmail";
    public const string BadEmail = "BadEmail";
    public const string Duplicate = "Duplicate";
    public const string Exists = "Exists";
    public const int MaxComplimentaryDays = 3650;

    public async Task<Outcome<MemberCsvPreview>> PreviewAsync(string? actorUserId, byte[] file, CancellationToken cancellationToken = default)
    {
        if (!(await access.OwnerOnlyAsync(actorUserId, cancellationToken)).Allowed)
        {
            return Outcome<MemberCsvPreview>.Refused(text["MovingIn.OwnerOnly"]);
        }
        var csv = MemberCsv.Read(file);
        return csv.Succeeded
            ? Outcome<MemberCsvPreview>.Ok(new MemberCsvPreview(csv.Encoding, csv.Headers, csv.Rows.Take(5).ToList(), csv.Rows.Count, MemberColumns.Suggest(csv.Headers)))
            : Outcome<MemberCsvPreview>.Refused(Refusal(csv));
    }

    public async Task<Outcome<MemberImportReport>> ImportAsync(string? actorUserId, byte[] file, MemberImportPlan plan, CancellationToken cancellationToken = default)
    {
        if (!(await access.OwnerOnlyAsync(actorUserId, cancellationToken)).Allowed)
        {
            return Outcome<MemberImportReport>.Refused(text["MovingIn.OwnerOnly"]);
        }
        var csv = MemberCsv.Read(file);
        if (!csv.Succeeded)
        {
            return Outcome<MemberImportReport>.Refused(Refusal(csv));
        }
        if (plan.Columns.Email < 0 || plan.Columns.Email >= csv.Headers.Count)
        {
            return Outcome<MemberImportReport>.Refused(text["MovingIn.ChooseEmail"], "Email");
        }
        if (plan.ComplimentaryDays is < 0 or > MaxComplimentaryDays)
        {
            return Outcome<MemberImportReport>.Refused(text["MovingIn.DaysRange", MaxComplimentaryDays], "Days");
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (plan.ComplimentaryDays > 0 && (plan.TierId is not { } tierId || !await db.Set<Tier>().AnyAsync(t => t.Id == tierId, cancellationToken)))
        {
            return Outcome<MemberImportReport>.Refused(text["MovingIn.ChooseTier"], "Tier");
        }

        var (accepted, skipped) = await CheckAsync(db, csv, plan.Columns, cancellationToken);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var now = clock.GetUtcNow().UtcDateTime;
        var zone = (await community.GetAsync(cancellationToken)).DefaultTimeZone;
        var created = new List<ApplicationUser>();
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            foreach (var (line, email, row) in accepted)
            {
                // A member since long ago on the old platform is one here too: lessons released by days of membership count from then.
                var joined = plan.Columns.JoinedIn(row, zone) is { } date && date <= now ? date : now;
                var user = new ApplicationUser
                {
                    UserName = email, Email = email, EmailConfirmed = true, CreatedAtUtc = joined,
                    DisplayName = Truncate(plan.Columns.NameIn(row) ?? "", ApplicationUser.DisplayNameMaxLength),
                };
                var result = await users.CreateAsync(user);
                if (!result.Succeeded)
                {
                    // One account the store refuses stops them all: nothing is half imported.
                    await transaction.RollbackAsync(cancellationToken);
                    return Outcome<MemberImportReport>.Refused(text["MovingIn.RowRefused", line, string.Join(" ", result.Errors.Select(e => e.Description))]);
                }
                created.Add(user);
                db.Add(new MemberInvitation { UserId = user.Id, QueuedAtUtc = now });
                if (plan.ComplimentaryDays > 0)
                {
                    var membership = new Membership { UserId = user.Id, StartedAtUtc = now };
                    membership.GrantComplimentary(plan.TierId!.Value, now.AddDays(plan.ComplimentaryDays), now);
                    membership.StartedAtUtc = joined;
                    db.Add(membership);
                }
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        return Outcome<MemberImportReport>.Ok(new MemberImportReport(created.Count, plan.ComplimentaryDays > 0 ? created.Count : 0, skipped));
    }

    private static async Task<(List<(int Line, string Email, string[] Row)> Accepted, List<SkippedRow> Skipped)> CheckAsync(
        AppDbContext db, MemberCsv csv, MemberColumns columns, CancellationToken cancellationToken)
    {
        var accepted = new List<(int, string, string[])>();
        var skipped = new List<SkippedRow>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var existing = await ExistingAccounts.ByEmailAsync(db, csv.Rows.Select(r => columns.Email < r.Length ? r[columns.Email] : null), cancellationToken);
        for (var i = 0; i < csv.Rows.Count; i++)
        {
            var (line, row) = (csv.LineOf(i), csv.Rows[i]);
            var email = columns.Email < row.Length ? row[columns.Email].Trim() : "";
            string? reason = email.Length == 0 ? NoEmail
                : !IsEmail(email) ? BadEmail
                : !seen.Add(email) ? Duplicate
                : existing.ContainsKey(email) ? Exists
                : null;
            if (reason is null)
            {
                accepted.Add((line, email, row));
            }
            else
            {
                skipped.Add(new SkippedRow(line, email.Length == 0 ? null : email, reason));
            }
        }
        return (accepted, skipped);
    }

    /// <summary>How the imported members' invitations stand, for the Owner; null for anyone else.</summary>
    public async Task<InvitationCounts?> InvitationsAsync(string? actorUserId, CancellationToken cancellationToken = default)
    {
        if (!(await access.OwnerOnlyAsync(actorUserId, cancellationToken)).Allowed)
        {
            return null;
        }
        await using var scope = scopes.CreateAsyncScope();
        var invitations = scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<MemberInvitation>();
        return new InvitationCounts(
            await invitations.CountAsync(MemberInvitation.IsWaiting, cancellationToken),
            await invitations.CountAsync(i => i.SentAtUtc != null, cancellationToken),
            await invitations.CountAsync(i => i.SentAtUtc == null && i.Attempts >= MemberInvitation.MaxAttempts, cancellationToken));
    }

    private string Refusal(MemberCsv csv) =>
        csv.Line is { } line ? text[$"MovingIn.Csv.{csv.Refusal}", line] : text[$"MovingIn.Csv.{csv.Refusal}", MemberCsv.MaxBytes / 1048576];

    private static bool IsEmail(string value) =>
        value.Length <= 256 && MailAddress.TryCreate(value, out var address) && address.Address == value && value.Contains('.', StringComparison.Ordinal);

    private static string Truncate(string value, int length) => value.Length > length ? value[..length] : value;
}
