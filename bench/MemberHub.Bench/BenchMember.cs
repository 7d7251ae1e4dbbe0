using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Memberships.Owner;
using MemberHub.Web.Features.Memberships.Tiers;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MemberHub.Bench;

public static class BenchMember
{
    /// <summary>
    /// A member with a tier (made once, found again in a reused database), and the value of their authentication
    /// cookie, made as sign-in would make it.
    /// </summary>
    public static async Task<string> MemberCookieAsync(this BenchHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        var member = await users.FindByEmailAsync("learner@bench");
        if (member is null)
        {
            var owner = (await users.FindByEmailAsync("owner@bench.memberhub.local"))!;
            var tier = await services.GetRequiredService<TierService>().SaveAsync(owner.Id, new TierInput
            {
                NameEn = "Circle", NameZh = "圈友", Rank = 10, MonthlyPrice = 10, Currency = "usd", OnSale = true,
            });
            member = new ApplicationUser { UserName = "learner@bench", Email = "learner@bench", EmailConfirmed = true, DisplayName = "Learner" };
            await users.CreateAsync(member, "Member-pass-2026");
            // A database with tiers of its own (the demo) already has rank 10: the member joins its lowest tier.
            var tierId = tier.Succeeded ? tier.Value
                : (await services.GetRequiredService<TierService>().ListAsync(includeArchived: false)).OrderBy(t => t.Tier.Rank).First().Tier.Id;
            await services.GetRequiredService<MembershipAdminService>().GrantComplimentaryAsync(owner.Id, member.Id, tierId, DateTime.UtcNow.AddDays(3650));
        }

        var principal = await services.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>().CreateAsync(member);
        var options = services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        var ticket = new AuthenticationTicket(principal, new AuthenticationProperties { IssuedUtc = DateTimeOffset.UtcNow, ExpiresUtc = DateTimeOffset.UtcNow.AddDays(1) },
            IdentityConstants.ApplicationScheme);
        return $"{options.Cookie.Name}={options.TicketDataFormat.Protect(ticket)}";
    }
}
