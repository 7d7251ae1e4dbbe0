using System.Net;
using MemberHub.IntegrationTests.Features.Memberships;
using MemberHub.IntegrationTests.Infrastructure;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Community;
using MemberHub.Web.Features.Community.Introductions;
using MemberHub.Web.Features.Community.Moderation;
using MemberHub.Web.Features.Community.Ritual;
using MemberHub.Web.Features.Content.Tracks;
using MemberHub.Web.Features.Memberships.Owner;
using MemberHub.Web.Features.Memberships.Tiers;
using MemberHub.Web.Features.Questions.Board;
using MemberHub.Web.Features.Talks.Schedule;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Security;

/// <summary>The demo community (tracks, board, talks, introductions), so every page has something real to open.</summary>
public sealed class DemoCommunityFactory : MemberHubFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Demo:Seed"] = "true" };
}

/// <summary>
/// Every routable page and endpoint, read from the app's route table, opened by each kind of person. A page or
/// endpoint nobody said who may use fails the first test, so a new one cannot be forgotten.
/// </summary>
public class AuthorizationMatrixTests(DemoCommunityFactory factory) : IClassFixture<DemoCommunityFactory>
{
    public enum Persona { Anonymous, Registered, Lapsed, CircleMember, ProMember, Suspended, Banned, Guest, Moderator, Expert, Owner }

    private enum Rule { Public, SignedIn, Member, Moderators, Experts, OwnerOrExpert, Owner, Special }

    private const string DemoPassword = "Demo-pass-2026";

    private static readonly Persona[] Everyone = Enum.GetValues<Persona>();

    private static readonly Dictionary<Rule, Persona[]> Allowed = new()
    {
        [Rule.Public] = Everyone,
        [Rule.SignedIn] = Everyone.Where(p => p != Persona.Anonymous).ToArray(),
        // Suspended members still read; banned, lapsed, unpaid and other talks' guests do not.
        [Rule.Member] = [Persona.CircleMember, Persona.ProMember, Persona.Suspended, Persona.Moderator, Persona.Expert, Persona.Owner],
        [Rule.Moderators] = [Persona.Moderator, Persona.Owner],
        [Rule.Experts] = [Persona.Expert, Persona.Owner],
        [Rule.OwnerOrExpert] = [Persona.Expert, Persona.Owner],
        [Rule.Owner] = [Persona.Owner],
    };

    /// <summary>Who may use each route. Special routes are covered by their own tests (named in the reason).</summary>
    private static readonly Dictionary<string, (Rule Rule, string? Why)> Routes = new()
    {
        ["/"] = (Rule.Public, null),
        ["/Account/AccessDenied"] = (Rule.Public, null),
        ["/Account/ConfirmEmail"] = (Rule.Public, null),
        ["/Account/ConfirmEmailChange"] = (Rule.Special, "a link from the e-mail (without one it leads to log in): AccountJourneyTests"),
        ["/Account/ForgotPassword"] = (Rule.Public, null),
        ["/Account/ForgotPasswordConfirmation"] = (Rule.Public, null),
        ["/Account/InvalidPasswordReset"] = (Rule.Public, null),
        ["/Account/InvalidUser"] = (Rule.Public, null),
        ["/Account/Lockout"] = (Rule.Public, null),
        ["/Account/Login"] = (Rule.Public, null),
        ["/Account/LoginWith2fa"] = (Rule.Special, "only inside a sign-in waiting for its second factor: AccountJourneyTests"),
        ["/Account/LoginWithRecoveryCode"] = (Rule.Special, "only inside a sign-in waiting for its second factor: AccountJourneyTests"),
        ["/Account/Logout"] = (Rule.Special, "POST with a token: RouteFuzzTests"),
        ["/Account/Manage"] = (Rule.SignedIn, null),
        ["/Account/Manage/ChangePassword"] = (Rule.SignedIn, null),
        ["/Account/Manage/DeletePersonalData"] = (Rule.SignedIn, null),
        ["/Account/Manage/Disable2fa"] = (Rule.Special, "only with two-factor sign-in on: AccountJourneyTests"),
        ["/Account/Manage/DownloadPersonalData"] = (Rule.Special, "POST with a token: AccountJourneyTests"),
        ["/Account/Manage/Email"] = (Rule.SignedIn, null),
        ["/Account/Manage/EnableAuthenticator"] = (Rule.SignedIn, null),
        ["/Account/Manage/GenerateRecoveryCodes"] = (Rule.Special, "only with two-factor sign-in on: AccountJourneyTests"),
        ["/Account/Manage/PersonalData"] = (Rule.SignedIn, null),
        ["/Account/Manage/ResetAuthenticator"] = (Rule.SignedIn, null),
        ["/Account/Manage/SetPassword"] = (Rule.SignedIn, null),
        ["/Account/Manage/TwoFactorAuthentication"] = (Rule.SignedIn, null),
        ["/Account/Register"] = (Rule.Public, null),
        ["/Account/RegisterConfirmation"] = (Rule.Public, null),
        ["/Account/ResendEmailConfirmation"] = (Rule.Public, null),
        ["/Account/ResetPassword"] = (Rule.Public, null),
        ["/Account/ResetPasswordConfirmation"] = (Rule.Public, null),
        ["/Error"] = (Rule.Special, "the error page: RouteFuzzTests"),
        ["/api/stripe/webhook"] = (Rule.Special, "signed by Stripe: WebhookTests"),
        ["/billing"] = (Rule.SignedIn, null),
        ["/billing/success"] = (Rule.SignedIn, null),
        ["/billing/test-checkout/{CheckoutId}"] = (Rule.Special, "one's own checkout: TestModeTests"),
        ["/calendar/{token}.ics"] = (Rule.Special, "a secret token: JoinAndCalendarTests, SeatsFollowAccessTests"),
        ["/culture/set"] = (Rule.Public, null),
        ["/funnel/visit"] = (Rule.Special, "a POST anyone may send, counted once per person: FunnelTests"),
        ["/dev/outbox"] = (Rule.Special, "Development only: HostingTests"),
        ["/experts/queue"] = (Rule.Experts, null),
        ["/introductions"] = (Rule.Member, null),
        ["/introductions/{Id:int}"] = (Rule.Member, null),
        ["/learn"] = (Rule.Member, null),
        ["/learn/{TrackSlug}"] = (Rule.Member, null),
        ["/learn/{TrackSlug}/{LessonSlug}"] = (Rule.Member, null),
        ["/members"] = (Rule.Member, null),
        ["/members/directory"] = (Rule.Member, null),
        ["/faq"] = (Rule.Member, null),
        ["/members/{UserId}"] = (Rule.Member, null),
        ["/moderation"] = (Rule.Moderators, null),
        ["/not-found"] = (Rule.Public, null),
        ["/notifications"] = (Rule.SignedIn, null),
        ["/referrals"] = (Rule.SignedIn, null),
        ["/r/{code}"] = (Rule.Special, "an invite link: a redirect to the pricing page for a member's code, 404 otherwise: ReferralTests"),
        ["/notifications/settings"] = (Rule.SignedIn, null),
        ["/notifications/unread/stream"] = (Rule.Special, "an endless event stream: NotificationTests"),
        ["/notifications/unsubscribe"] = (Rule.Special, "a signed token from an e-mail: NotificationTests"),
        ["/owner"] = (Rule.Owner, null),
        ["/owner/audit"] = (Rule.Owner, null),
        ["/owner/billing-health"] = (Rule.Owner, null),
        ["/owner/dashboard/{table}.csv"] = (Rule.Owner, null),
        ["/owner/engagement"] = (Rule.Owner, null),
        ["/owner/lessons/{Id:int}"] = (Rule.Owner, null),
        ["/owner/members"] = (Rule.Owner, null),
        ["/owner/members/{UserId}"] = (Rule.Owner, null),
        ["/owner/people"] = (Rule.Owner, null),
        ["/owner/settings"] = (Rule.Owner, null),
        ["/owner/tags"] = (Rule.Owner, null),
        ["/owner/talks/new"] = (Rule.OwnerOrExpert, null),
        // The demo's upcoming talk is hosted by the demo expert; another expert is refused (PowersEndTests).
        ["/owner/talks/{Id:int}/edit"] = (Rule.OwnerOrExpert, null),
        ["/owner/tiers"] = (Rule.Owner, null),
        ["/owner/tiers/new"] = (Rule.Owner, null),
        ["/owner/tiers/{Id:int}"] = (Rule.Owner, null),
        ["/owner/tracks"] = (Rule.Owner, null),
        ["/owner/seasons"] = (Rule.Owner, null),
        ["/owner/referrals"] = (Rule.Owner, null),
        ["/owner/export"] = (Rule.Owner, null),
        ["/owner/import-members"] = (Rule.Owner, null),
        ["/owner/import-threads"] = (Rule.Owner, null),
        ["/owner/export/{id:guid}/download"] = (Rule.Special, "an export's archive, for the Owner until its link expires: ExportTests"),
        ["/owner/tracks/new"] = (Rule.Owner, null),
        ["/owner/tracks/{Id:int}"] = (Rule.Owner, null),
        ["/owner/tracks/{TrackId:int}/lessons/new"] = (Rule.Owner, null),
        ["/owner/tracks/{slug}/export"] = (Rule.Owner, null),
        ["/pricing"] = (Rule.Public, null),
        ["/profile"] = (Rule.SignedIn, null),
        ["/questions"] = (Rule.Public, null),
        ["/questions/ask"] = (Rule.Member, null),
        // Visitors see the title and a join invitation, never the thread.
        ["/questions/{Id:int}"] = (Rule.Member, null),
        ["/theme/{file}"] = (Rule.Public, null),
        ["/talks"] = (Rule.Public, null),
        ["/talks/calendar"] = (Rule.SignedIn, null),
        ["/talks/{Id:int}"] = (Rule.Public, null),
        ["/talks/{id:int}/join"] = (Rule.Special, "a seat and the join window: JoinAndCalendarTests, PowersEndTests"),
        ["/talks/{id:int}/replay"] = (Rule.Member, null),
        ["/talks/{id:int}/talk.ics"] = (Rule.Member, null),
        ["/welcome"] = (Rule.Member, null),
    };

    private static readonly string[] RefusalMarkers =
        ["data-testid=\"access-refusal\"", "data-testid=\"join-invitation\"", "data-testid=\"experts-only\"", "data-testid=\"talk-edit-refused\""];

    [Fact]
    public void Every_route_says_who_may_use_it()
    {
        var routes = RouteTable.Of(factory.Services).Select(r => r.Pattern).Distinct().ToList();

        var undeclared = routes.Where(r => !Routes.ContainsKey(r)).ToList();
        var stale = Routes.Keys.Where(k => !routes.Contains(k)).ToList();

        Assert.True(undeclared.Count == 0, "Say who may use: " + string.Join(", ", undeclared));
        Assert.True(stale.Count == 0, "No longer routes: " + string.Join(", ", stale));
    }

    [Fact]
    public async Task Every_page_and_endpoint_answers_each_person_as_its_rule_says()
    {
        var samples = await SamplesAsync();
        var mismatches = new List<string>();
        foreach (var persona in Everyone)
        {
            using var client = await ClientForAsync(persona);
            foreach (var (pattern, (rule, _)) in Routes.Where(r => r.Value.Rule != Rule.Special))
            {
                var url = samples.TryGetValue(pattern, out var sample) ? sample : pattern;
                Assert.DoesNotContain("{", url);
                using var response = await client.Http.GetAsync(url);
                var html = await response.Content.ReadAsStringAsync();
                if ((int)response.StatusCode >= 500)
                {
                    mismatches.Add($"{persona} GET {url} → {(int)response.StatusCode}");
                    continue;
                }
                var allowed = !IsRefusal(response, html);
                var expected = Allowed[rule].Contains(persona);
                if (allowed != expected)
                {
                    mismatches.Add($"{persona} GET {url} ({rule}) → {(allowed ? "allowed" : "refused")} ({(int)response.StatusCode} {response.Headers.Location})");
                }
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    private static bool IsRefusal(HttpResponseMessage response, string html) => response.StatusCode switch
    {
        HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound => true,
        HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect =>
            response.Headers.Location?.OriginalString is { } to && (to.Contains("/Account/Login") || to.Contains("/Account/AccessDenied")),
        _ => RefusalMarkers.Any(html.Contains),
    };

    /// <summary>A real value for every route parameter, from the demo community.</summary>
    private async Task<Dictionary<string, string>> SamplesAsync() => await factory.QueryAsync(async db =>
    {
        var now = DateTime.UtcNow;
        var question = await db.Set<Question>().Where(q => q.TalkId == null && !q.IsHidden).Select(q => q.Id).FirstAsync();
        var upcoming = await db.Set<Talk>().Where(t => t.StartsAtUtc > now && t.MinimumRank == 0).Select(t => t.Id).FirstAsync();
        var past = await db.Set<Talk>().Where(t => t.ReplayUrl != null && t.MinimumRank == 0).Select(t => t.Id).FirstAsync();
        var introduction = await db.Set<Introduction>().Where(i => !i.IsHidden).Select(i => i.Id).FirstAsync();
        var track = await db.Set<Track>().Where(t => t.IsPublished).OrderBy(t => t.SortOrder).FirstAsync();
        var lesson = await db.Set<Lesson>().Where(l => l.TrackId == track.Id && l.IsPublished && l.MinimumRank == 0).OrderBy(l => l.Id).FirstAsync();
        var tier = await db.Set<Tier>().Select(t => t.Id).FirstAsync();
        var member = await db.Users.Where(u => u.Email == "member@demo.memberhub.local").Select(u => u.Id).FirstAsync();
        return new Dictionary<string, string>
        {
            ["/introductions/{Id:int}"] = $"/introductions/{introduction}",
            ["/learn/{TrackSlug}"] = $"/learn/{track.Slug}",
            ["/learn/{TrackSlug}/{LessonSlug}"] = $"/learn/{track.Slug}/{lesson.Slug}",
            ["/members/{UserId}"] = $"/members/{member}",
            ["/owner/lessons/{Id:int}"] = $"/owner/lessons/{lesson.Id}",
            ["/owner/members/{UserId}"] = $"/owner/members/{member}",
            ["/owner/talks/{Id:int}/edit"] = $"/owner/talks/{upcoming}/edit",
            ["/owner/tiers/{Id:int}"] = $"/owner/tiers/{tier}",
            ["/owner/tracks/{Id:int}"] = $"/owner/tracks/{track.Id}",
            ["/owner/tracks/{TrackId:int}/lessons/new"] = $"/owner/tracks/{track.Id}/lessons/new",
            ["/owner/tracks/{slug}/export"] = $"/owner/tracks/{track.Slug}/export",
            ["/owner/dashboard/{table}.csv"] = "/owner/dashboard/tiers.csv",
            ["/questions/{Id:int}"] = $"/questions/{question}",
            ["/talks/{Id:int}"] = $"/talks/{upcoming}",
            ["/talks/{id:int}/replay"] = $"/talks/{past}/replay",
            ["/talks/{id:int}/talk.ics"] = $"/talks/{upcoming}/talk.ics",
            ["/culture/set"] = "/culture/set?culture=en&returnUrl=%2F",
            ["/theme/{file}"] = "/theme/light.css",
        };
    });

    private async Task<TestClient> ClientForAsync(Persona persona)
    {
        var client = factory.CreateTestClient();
        var (email, password) = persona switch
        {
            Persona.Anonymous => (null, null),
            Persona.Moderator => ("moderator@demo.memberhub.local", DemoPassword),
            Persona.Expert => ("expert@demo.memberhub.local", DemoPassword),
            Persona.Owner => ("owner@demo.memberhub.local", DemoPassword),
            _ => ((await PersonAsync(persona)).Email, MemberHubFactory.Password),
        };
        if (email is not null)
        {
            await client.LogInAsync(email, password!);
        }
        return client;
    }

    /// <summary>A fresh account in the state the persona stands for.</summary>
    private async Task<ApplicationUser> PersonAsync(Persona persona)
    {
        var user = await factory.CreateUserAsync();
        var services = factory.Services;
        var owner = (await factory.OwnerAsync()).Id;
        var tiers = (await services.GetRequiredService<TierService>().ListAsync(includeArchived: false)).Select(t => t.Tier).OrderBy(t => t.Rank).ToList();
        async Task JoinAsync(Tier tier)
        {
            Assert.True((await services.GetRequiredService<MembershipAdminService>().GrantComplimentaryAsync(owner, user.Id, tier.Id, DateTime.UtcNow.AddDays(30))).Succeeded);
            var version = (await services.GetRequiredService<CommunitySettingsService>().GetAsync()).RulesVersion;
            Assert.True((await services.GetRequiredService<JoiningRitual>().AcceptRulesAsync(user.Id, version)).Succeeded);
            Assert.True((await services.GetRequiredService<IntroductionService>().IntroduceAsync(user.Id, "Hello, I am a test member who runs a reading circle.")).Succeeded);
        }
        switch (persona)
        {
            case Persona.Lapsed:
                await JoinAsync(tiers[0]);
                Assert.True((await services.GetRequiredService<MembershipAdminService>().RevokeAsync(owner, user.Id)).Succeeded);
                break;
            case Persona.CircleMember:
                await JoinAsync(tiers[0]);
                break;
            case Persona.ProMember:
                await JoinAsync(tiers[^1]);
                break;
            case Persona.Suspended:
                await JoinAsync(tiers[0]);
                Assert.True((await services.GetRequiredService<ModerationService>().SuspendAsync(owner, user.Id, 3, "Cool down")).Succeeded);
                break;
            case Persona.Banned:
                await JoinAsync(tiers[0]);
                Assert.True((await services.GetRequiredService<ModerationService>().BanAsync(owner, user.Id, "Spam", cancelSubscriptionNow: true)).Succeeded);
                break;
            case Persona.Guest:
                // The guest of another talk: a guest account opens its own talk only.
                var input = new TalkInput
                {
                    Title = "A guest's own talk", SpeakerName = "Guest", HostId = owner, TimeZoneId = "UTC", JoinUrl = "https://meet.example/guest",
                    LocalStart = DateTime.UtcNow.AddDays(5), LocalEnd = DateTime.UtcNow.AddDays(5).AddHours(1), GuestEmail = user.Email,
                };
                Assert.True((await services.GetRequiredService<TalkService>().SaveAsync(owner, null, input)).Succeeded);
                break;
        }
        return user;
    }
}
