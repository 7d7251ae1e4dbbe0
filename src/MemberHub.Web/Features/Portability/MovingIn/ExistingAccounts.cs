using MemberHub.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Portability.MovingIn;

/// <summary>Which of a file's e-mail addresses already have an account here.</summary>
internal static class ExistingAccounts
{
    /// <summary>Account ids by e-mail (any case), read 500 addresses at a time to stay within SQLite's parameter limit.</summary>
    public static async Task<Dictionary<string, string>> ByEmailAsync(AppDbContext db, IEnumerable<string?> emails, CancellationToken cancellationToken)
    {
        var normalized = emails.Select(e => e?.Trim().ToUpperInvariant()).OfType<string>().Where(e => e.Length > 0).Distinct().ToList();
        var accounts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var chunk in normalized.Chunk(500))
        {
            foreach (var user in await db.Users.Where(u => chunk.Contains(u.NormalizedEmail!)).Select(u => new { u.NormalizedEmail, u.Id }).ToListAsync(cancellationToken))
            {
                accounts[user.NormalizedEmail!] = user.Id;
            }
        }
        return accounts;
    }
}
