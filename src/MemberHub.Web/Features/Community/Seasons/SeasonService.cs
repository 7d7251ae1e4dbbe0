using System.ComponentModel.DataAnnotations;
using MemberHub.Web.Data;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Infrastructure;
using MemberHub.Web.Infrastructure.Localization;
using MemberHub.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Community.Seasons;

/// <summary>What the Owner edits for a season; dates are whole days in the community's time zone, the end day not included.</summary>
public sealed class SeasonInput
{
    public int? Id { get; set; }

    [LocalizedRequired]
    [LocalizedStringLength(Season.NameMaxLength)]
    public string NameEn { get; set; } = "";

    [LocalizedRequired]
    [LocalizedStringLength(Season.NameMaxLength)]
    public string NameZh { get; set; } = "";

    [LocalizedRequired]
    public DateTime? StartsOn { get; set; }

    [LocalizedRequired]
    public DateTime? EndsOn { get; set; }

    public bool ArchiveOpenToLaterMembers { get; set; } = true;

    public static SeasonInput From(Season season, string zoneId) => new()
    {
        Id = season.Id, NameEn = season.NameEn, NameZh = season.NameZh,
        StartsOn = TimeZones.ToLocal(season.StartsAtUtc, zoneId).Date, EndsOn = TimeZones.ToLocal(season.EndsAtUtc, zoneId).Date,
        ArchiveOpenToLaterMembers = season.ArchiveOpenToLaterMembers,
    };
}

/// <summary>The Owner's seasons: create and edit (no overlaps; an ended season's dates stay), and the archive's openness.</summary>
public sealed class SeasonService(
    IDbContextFactory<AppDbContext> contexts, MemberAccess access, SeasonArchive archive, CommunitySettingsService settings, TimeProvider clock,
    IStringLocalizer<CommunityText> text)
{
    public Task<IReadOnlyList<Season>> ListAsync(CancellationToken cancellationToken = default) => archive.AllAsync(cancellationToken);

    /// <summary>The zone a season's days are counted in: the community's (a season ending on 1 April ends at midnight there).</summary>
    public Task<string> ZoneAsync() => settings.GetDefaultTimeZoneAsync();

    public async Task<Outcome<int>> SaveAsync(string? actorUserId, SeasonInput input, CancellationToken cancellationToken = default)
    {
        if (!(await access.OwnerOnlyAsync(actorUserId, cancellationToken)).Allowed)
        {
            return Outcome<int>.Refused(text["Season.OwnerOnly"]);
        }
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true))
        {
            return Outcome<int>.Refused(results[0].ErrorMessage!, results[0].MemberNames.FirstOrDefault());
        }
        var zone = await ZoneAsync();
        var starts = TimeZones.StartOfDay(input.StartsOn!.Value, zone);
        var ends = TimeZones.StartOfDay(input.EndsOn!.Value, zone);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var season = input.Id is { } id ? await db.Set<Season>().SingleOrDefaultAsync(s => s.Id == id, cancellationToken) : null;
        if (input.Id is not null && season is null)
        {
            return Outcome<int>.Refused(text["Season.Unknown"]);
        }
        var others = await db.Set<Season>().AsNoTracking().ToListAsync(cancellationToken);
        var refusal = SeasonRules.Check(season, starts, ends, others, now);
        if (refusal != SeasonRefusal.None)
        {
            return Outcome<int>.Refused(text[$"Season.Refused.{refusal}"], refusal == SeasonRefusal.Overlaps ? nameof(SeasonInput.StartsOn) : nameof(SeasonInput.EndsOn));
        }
        if (season is null)
        {
            season = new Season { CreatedAtUtc = now };
            db.Add(season);
        }
        season.NameEn = input.NameEn.Trim();
        season.NameZh = input.NameZh.Trim();
        season.StartsAtUtc = starts;
        season.EndsAtUtc = ends;
        season.ArchiveOpenToLaterMembers = input.ArchiveOpenToLaterMembers;
        season.UpdatedAtUtc = now;
        await db.SaveChangesAsync(cancellationToken);
        archive.Changed();
        return Outcome<int>.Ok(season.Id);
    }
}
