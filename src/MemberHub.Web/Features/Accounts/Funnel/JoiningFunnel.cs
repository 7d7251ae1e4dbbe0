using System.Security.Cryptography;
using MemberHub.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Accounts.Funnel;

/// <summary>
/// Records the steps of joining as they happen (<see cref="FunnelStep"/>): each person once per step, whichever feature
/// sees it — the pricing page's visit, sign-up, checkout, the first payment, the rules, the introduction, the first post.
/// </summary>
public sealed class JoiningFunnel(IDbContextFactory<AppDbContext> contexts, TimeProvider clock)
{
    /// <summary>The browser's random key until its person signs up (first-party, no IP address behind it).</summary>
    public const string VisitorCookie = "mh.v";

    /// <summary>Records <paramref name="step"/> for a person, unless they already reached it (then nothing changes).</summary>
    public async Task RecordAsync(string personKey, JoiningStep step, string? source = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await RecordAsync(db, personKey, step, source, cancellationToken);
    }

    /// <summary>The same inside the caller's unit of work (its transaction), so the step lands with what caused it.</summary>
    public Task RecordAsync(AppDbContext db, string personKey, JoiningStep step, string? source = null, CancellationToken cancellationToken = default) =>
        RecordAsync(db, personKey, step, clock.GetUtcNow().UtcDateTime, source, cancellationToken);

    /// <summary>For code that already holds the moment (the Stripe event processor, which has no services of its own).</summary>
    public static async Task RecordAsync(AppDbContext db, string personKey, JoiningStep step, DateTime now, string? source, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync(Insert(personKey, step, now, source), cancellationToken);

    // One statement that takes the person's first source and first sighting from their earlier steps and skips a step
    // already reached, so two requests at once cannot record it twice.
    private static FormattableString Insert(string personKey, JoiningStep step, DateTime now, string? source)
    {
        var stepName = step.ToString();
        return $"""
            INSERT INTO "FunnelSteps" ("PersonKey", "Step", "Source", "FirstSeenAtUtc", "AtUtc")
            SELECT {personKey}, {stepName},
                COALESCE((SELECT "Source" FROM "FunnelSteps" WHERE "PersonKey" = {personKey} ORDER BY "AtUtc" LIMIT 1), {source}),
                COALESCE((SELECT MIN("FirstSeenAtUtc") FROM "FunnelSteps" WHERE "PersonKey" = {personKey}), {now}),
                {now}
            WHERE TRUE
            ON CONFLICT ("PersonKey", "Step") DO NOTHING
            """;
    }

    /// <summary>A new account: the browser's earlier steps become the person's, and they signed up.</summary>
    public async Task SignedUpAsync(string userId, string? visitorKey, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (IsVisitorKey(visitorKey))
        {
            await db.Set<FunnelStep>().Where(s => s.PersonKey == visitorKey).ExecuteUpdateAsync(s => s.SetProperty(f => f.PersonKey, userId), cancellationToken);
        }
        await RecordAsync(db, userId, JoiningStep.SignedUp, cancellationToken: cancellationToken);
    }

    public static string NewVisitorKey() => "v-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>Only keys this app made are taken from a cookie (anything else could name a member).</summary>
    public static bool IsVisitorKey([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? key) =>
        key is { Length: 34 } && key.StartsWith("v-", StringComparison.Ordinal) && key.AsSpan(2).ContainsAnyExcept("0123456789abcdef") == false;

    /// <summary>
    /// Where a visit came from, as kept: a campaign's <c>utm_source</c> or a referral code (<c>ref:</c> and the code),
    /// lower case, letters, digits and <c>.-_</c> only; null for a direct visit or anything else.
    /// </summary>
    public static string? SourceOf(string? utmSource, string? referralCode)
    {
        static string? Clean(string? value)
        {
            var cleaned = new string((value ?? "").Trim().ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_').ToArray());
            return cleaned.Length == 0 ? null : cleaned[..Math.Min(cleaned.Length, FunnelStep.SourceMaxLength - 4)];
        }
        return Clean(referralCode) is { } code ? "ref:" + code : Clean(utmSource);
    }
}
