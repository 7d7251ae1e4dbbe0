using MemberHub.Web.Data;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Memberships.Billing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Memberships;

/// <summary>The phase counted in the database (reports) gives the same answer as the phase the access policy computes.</summary>
public class PhaseInDatabaseTests(MemberHubFactory factory) : IClassFixture<MemberHubFactory>
{
    [Fact]
    public async Task Every_kind_of_membership_has_the_same_phase_in_sql_as_in_code()
    {
        var now = new DateTime(2026, 12, 3, 12, 0, 0, DateTimeKind.Utc);
        var grace = TimeSpan.FromDays(3);
        var tier = await factory.CreateTierAsync();
        DateTime? At(double days) => now.AddDays(days);
        var shapes = new List<Action<Membership>>();
        foreach (var source in Enum.GetValues<MembershipSource>())
        {
            foreach (var status in Enum.GetValues<MembershipStatus>())
            {
                foreach (var when in new double?[] { null, -10, -3.5, -2.5, -0.01, 0.01, 5 })
                {
                    foreach (var cancelling in new[] { false, true })
                    {
                        shapes.Add(m =>
                        {
                            m.Source = source;
                            m.Status = status;
                            m.CancelAtPeriodEnd = cancelling;
                            m.CurrentPeriodEndUtc = when is { } d ? At(d) : null;
                            m.TrialEndUtc = status == MembershipStatus.Trialing && cancelling ? At(1) : null;
                            m.PastDueSinceUtc = status == MembershipStatus.PastDue ? m.CurrentPeriodEndUtc : null;
                            m.ComplimentaryUntilUtc = source == MembershipSource.Complimentary ? m.CurrentPeriodEndUtc : null;
                        });
                    }
                }
            }
        }
        var contexts = factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            foreach (var shape in shapes)
            {
                // Users without a password: nobody signs in here, and hashing hundreds of passwords would cost seconds.
                var user = new Web.Features.Accounts.ApplicationUser { UserName = $"phase-{Guid.NewGuid():N}@test", DisplayName = "Phase", CreatedAtUtc = now };
                db.Users.Add(user);
                var membership = new Membership { UserId = user.Id, TierId = tier.Id, StartedAtUtc = now.AddDays(-30), UpdatedAtUtc = now };
                shape(membership);
                db.Add(membership);
            }
            await db.SaveChangesAsync();
        }

        await using var read = await contexts.CreateDbContextAsync();
        var memberships = await read.Set<Membership>().AsNoTracking().OrderBy(m => m.Id).ToListAsync();
        var inSql = await read.Set<Membership>().OrderBy(m => m.Id).Select(MembershipPhases.At(now, grace)).ToListAsync();

        Assert.Equal(shapes.Count, memberships.Count);
        Assert.Equal(memberships.Select(m => MembershipPhases.Of(m, now, grace)), inSql);
        // The shapes reach every phase a membership can be in.
        Assert.Equal(Enum.GetValues<MembershipPhase>().Where(p => p != MembershipPhase.None).Order(), inSql.Distinct().Order());
    }
}
