using System.ComponentModel.DataAnnotations;
using MemberHub.Web.Data;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Community.Profiles;
using MemberHub.Web.Infrastructure;
using MemberHub.Web.Infrastructure.Localization;
using MemberHub.Web.Infrastructure.Markdown;
using MemberHub.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Community;

/// <summary>Reads (cached) and saves the community's settings; only the Owner may save.</summary>
public sealed class CommunitySettingsService(
    IDbContextFactory<AppDbContext> contexts, MarkdownRenderer markdown, StaffDirectory staff,
    TimeProvider clock, IStringLocalizer<CommunityText> text) : ICommunityDefaults, Infrastructure.Caching.IResettableCache
{
    private readonly Infrastructure.Caching.CachedValue<CommunitySettings> cached = new();

    public event Action? Changed;

    public void Reset()
    {
        cached.Invalidate();
        Changed?.Invoke();
    }

    /// <summary>The current settings; callers must treat the instance as read-only.</summary>
    public Task<CommunitySettings> GetAsync(CancellationToken cancellationToken = default) =>
        cached.GetAsync(async () =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await db.Set<CommunitySettings>().AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? new CommunitySettings();
        });

    public async Task<string> GetDefaultLanguageAsync() => (await GetAsync()).DefaultLanguage;

    public async Task<string> GetDefaultTimeZoneAsync() => (await GetAsync()).DefaultTimeZone;

    public async Task<Outcome> SaveAsync(string? actorUserId, CommunitySettingsInput input, CancellationToken cancellationToken = default)
    {
        if (!await staff.HasRoleAsync(actorUserId, AppRoles.Owner, cancellationToken))
        {
            return Outcome.Refused(text["Settings.OwnerOnly"]);
        }
        if (Validate(input) is { } refusal)
        {
            return refusal;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var settings = await db.Set<CommunitySettings>().SingleOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            settings = new CommunitySettings { RulesVersion = 0 };
            db.Add(settings);
        }
        Apply(db, settings, input);
        await db.SaveChangesAsync(cancellationToken);
        cached.Invalidate();
        Changed?.Invoke();
        return Outcome.Ok;
    }

    /// <summary>Every version of the rules, newest first, for the Owner; null for anyone else.</summary>
    public async Task<IReadOnlyList<PublishedRules>?> RulesHistoryAsync(string? actorUserId, CancellationToken cancellationToken = default)
    {
        if (!await staff.HasRoleAsync(actorUserId, AppRoles.Owner, cancellationToken))
        {
            return null;
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<PublishedRules>().AsNoTracking().OrderByDescending(r => r.Version).ToListAsync(cancellationToken);
    }

    /// <summary>Writes the first settings row when the database has none (demo seed, first start).</summary>
    public async Task InitializeAsync(CommunitySettingsInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Set<CommunitySettings>().AnyAsync(cancellationToken))
        {
            return;
        }
        var settings = new CommunitySettings { RulesVersion = 0 };
        Apply(db, settings, input);
        db.Add(settings);
        await db.SaveChangesAsync(cancellationToken);
        cached.Invalidate();
    }

    private void Apply(AppDbContext db, CommunitySettings settings, CommunitySettingsInput input)
    {
        var rules = input.RulesMarkdown?.Trim() ?? "";
        var rulesZh = input.RulesMarkdownZh?.Trim() ?? "";
        // Changed rules in either language are new rules: members are asked to accept them again, and the text of each
        // version is kept. A first row starts at version 1 whatever its text.
        if (settings.RulesVersion == 0 || settings.RulesMarkdown != rules || settings.RulesMarkdownZh != rulesZh)
        {
            settings.RulesVersion++;
            db.Add(new PublishedRules { Version = settings.RulesVersion, RulesMarkdown = rules, RulesMarkdownZh = rulesZh, PublishedAtUtc = clock.GetUtcNow().UtcDateTime });
        }
        settings.Name = input.Name.Trim();
        settings.Tagline = input.Tagline?.Trim() ?? "";
        settings.DescriptionMarkdown = input.DescriptionMarkdown?.Trim() ?? "";
        settings.DescriptionHtml = markdown.ToSafeHtml(settings.DescriptionMarkdown);
        settings.RulesMarkdown = rules;
        settings.RulesHtml = markdown.ToSafeHtml(rules);
        settings.WelcomeMessage = input.WelcomeMessage?.Trim() ?? "";
        settings.NameZh = input.NameZh?.Trim() ?? "";
        settings.TaglineZh = input.TaglineZh?.Trim() ?? "";
        settings.DescriptionMarkdownZh = input.DescriptionMarkdownZh?.Trim() ?? "";
        settings.DescriptionHtmlZh = markdown.ToSafeHtml(settings.DescriptionMarkdownZh);
        settings.RulesMarkdownZh = rulesZh;
        settings.RulesHtmlZh = markdown.ToSafeHtml(rulesZh);
        settings.WelcomeMessageZh = input.WelcomeMessageZh?.Trim() ?? "";
        settings.DefaultLanguage = Cultures.Normalize(input.DefaultLanguage) ?? Cultures.English;
        settings.DefaultTimeZone = input.DefaultTimeZone.Trim();
        settings.RequireIntroduction = input.RequireIntroduction;
        settings.LinkRestrictionDays = input.LinkRestrictionDays;
        settings.LinkRestrictionPosts = input.LinkRestrictionPosts;
        settings.ExpertAlertHours = input.ExpertAlertHours;
        settings.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
    }

    private Outcome? Validate(CommunitySettingsInput input)
    {
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true))
        {
            var first = results[0];
            return Outcome.Refused(first.ErrorMessage ?? text["Settings.Invalid"], first.MemberNames.FirstOrDefault());
        }
        if (string.IsNullOrWhiteSpace(input.Name))
        {
            return Outcome.Refused(ValidationText.Required, nameof(input.Name));
        }
        if (Cultures.Normalize(input.DefaultLanguage) is null)
        {
            return Outcome.Refused(text["Settings.UnknownLanguage"], nameof(input.DefaultLanguage));
        }
        if (!TimeZones.IsKnown(input.DefaultTimeZone))
        {
            return Outcome.Refused(text["Settings.UnknownTimeZone"], nameof(input.DefaultTimeZone));
        }
        return null;
    }
}
