using System.Globalization;
using System.Text;
using MemberHub.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Accounts;

/// <summary>
/// The one rule for the names people choose, and for the name shown for a person (<see cref="Of(string?, string?)"/>): compatibility forms folded (NFKC), invisible, control and bidi-control
/// characters removed, spaces collapsed, the length counted after that — and no name that reads as a staff member's.
/// Otherwise "Owner" followed by a zero-width space, or a right-to-left override, impersonates the Owner.
/// </summary>
public sealed class DisplayNames(IDbContextFactory<AppDbContext> contexts, IStringLocalizer<AccountsText> text)
{
    public static string Normalize(string? name)
    {
        var folded = (name ?? "").Normalize(NormalizationForm.FormKC);
        var result = new StringBuilder(folded.Length);
        foreach (var rune in folded.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                if (result.Length > 0 && result[^1] != ' ')
                {
                    result.Append(' ');
                }
                continue;
            }
            if (!IsInvisible(rune))
            {
                result.Append(rune.ToString());
            }
        }
        return result.ToString().Trim();
    }

    /// <summary>The name shown for a person: the name they chose, else their e-mail address.</summary>
    public static string Of(string? displayName, string? email) => string.IsNullOrWhiteSpace(displayName) ? email ?? "" : displayName;

    /// <summary>The names shown for these people, by user id.</summary>
    public static async Task<Dictionary<string, string>> OfAsync(AppDbContext db, IEnumerable<string> userIds, CancellationToken cancellationToken = default)
    {
        var ids = userIds.Distinct().ToList();
        // One JSON parameter, not one per id: a dashboard may name tens of thousands (SQLite allows 32 766 parameters).
        return await db.Users.AsNoTracking().Where(u => EF.Parameter(ids).Contains(u.Id)).Select(u => new { u.Id, u.DisplayName, u.Email })
            .ToDictionaryAsync(u => u.Id, u => Of(u.DisplayName, u.Email), cancellationToken);
    }

    public static async Task<string> OfAsync(AppDbContext db, string userId, CancellationToken cancellationToken = default) =>
        (await OfAsync(db, [userId], cancellationToken)).GetValueOrDefault(userId, "");

    /// <summary>Two names that compare equal here look the same to a reader.</summary>
    public static string Key(string name) => Normalize(name).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

    /// <summary>The name to store, or a refusal in the reader's language for <c>DisplayName</c>.</summary>
    public async Task<(string? Name, string? Error)> CheckAsync(string? userId, string? raw, CancellationToken cancellationToken = default)
    {
        var name = Normalize(raw);
        if (name.Length == 0)
        {
            return (null, text["Name.Empty"]);
        }
        if (name.Length > ApplicationUser.DisplayNameMaxLength)
        {
            return (null, text["Name.TooLong", ApplicationUser.DisplayNameMaxLength]);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var staff = await db.Users.AsNoTracking()
            .Where(u => u.Id != userId && db.UserRoles.Any(r => r.UserId == u.Id))
            .Select(u => u.DisplayName).ToListAsync(cancellationToken);
        var key = Key(name);
        return staff.Any(s => Key(s) == key) ? (null, text["Name.Staff"]) : (name, null);
    }

    // Format (zero-width, bidi controls), control and unassigned characters, and the fillers that render as blank.
    private static bool IsInvisible(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.PrivateUse
            or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate
        || rune.Value is 0x115F or 0x1160 or 0x3164 or 0xFFA0 or 0x2800 or 0x180E or 0x034F;
}
