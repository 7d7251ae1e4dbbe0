using System.Text;
using MemberHub.IntegrationTests.Features.Community;
using MemberHub.IntegrationTests.Features.Memberships;
using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Features.Portability.MovingIn;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Portability;

/// <summary>Members moving in from another platform's CSV: created together or not at all, invited, never paying twice.</summary>
public class MemberImportTests(MemberHubFactory factory) : IClassFixture<MemberHubFactory>
{
    static MemberImportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private MemberImport Import => factory.Services.GetRequiredService<MemberImport>();

    private InvitationSender Sender => factory.Services.GetRequiredService<InvitationSender>();

    [Fact]
    public async Task A_gbk_export_brings_members_in_with_a_complimentary_period_and_an_invitation_and_reports_the_rows_it_skipped()
    {
        var owner = (await factory.OwnerAsync()).Id;
        var tier = await factory.CreateTierAsync();
        var existing = await factory.CreateUserAsync();
        var tag = Guid.NewGuid().ToString("N")[..6];
        var file = Encoding.GetEncoding("GBK").GetBytes(
            $"昵称,邮箱,加入时间\r\n张伟,zhang-{tag}@example.cn,2026-03-01\r\n没邮箱,,2026-03-02\r\n王五,not-an-address,2026-03-03\r\n"
            + $"张伟二号,ZHANG-{tag}@example.cn,2026-03-04\r\n老成员,{existing.Email},2026-03-05\r\n李娜,li-{tag}@example.cn,2026-04-15\r\n");

        var preview = await Import.PreviewAsync(owner, file);
        Assert.True(preview.Succeeded, preview.Error);
        Assert.Equal(("GB18030", 6, new MemberColumns(1, Name: 0, Joined: 2)), (preview.Value!.Encoding, preview.Value.Rows, preview.Value.Suggested));

        var imported = await Import.ImportAsync(owner, file, new MemberImportPlan(preview.Value.Suggested!, tier.Id, ComplimentaryDays: 30));

        Assert.True(imported.Succeeded, imported.Error);
        Assert.Equal((2, 2), (imported.Value!.Created, imported.Value.Complimentary));
        Assert.Equal(
            [(3, MemberImport.NoEmail), (4, MemberImport.BadEmail), (5, MemberImport.Duplicate), (6, MemberImport.Exists)],
            imported.Value.Skipped.Select(s => (s.Line, s.Reason)));
        var zhang = await factory.QueryAsync(db => db.Users.SingleAsync(u => u.Email == $"zhang-{tag}@example.cn"));
        Assert.Equal("张伟", zhang.DisplayName);
        var membership = (await factory.MembershipOfAsync(zhang.Id))!;
        Assert.Equal((MembershipSource.Complimentary, tier.Id), (membership.Source, membership.TierId));
        Assert.True(membership.ComplimentaryUntilUtc > DateTime.UtcNow.AddDays(29));
        // Joined on the old platform on 1 March: a member since then here too (days-of-membership releases count from it).
        Assert.Equal((new DateTime(2026, 3, 1), new DateTime(2026, 3, 1)), (membership.StartedAtUtc, zhang.CreatedAtUtc));

        // The invitations go out with the sender's passes (InvitationSendingTests), each once; the link lets the member choose a
        // password and sign in.
        await Sender.RunOnceAsync(CancellationToken.None);
        await Sender.RunOnceAsync(CancellationToken.None);
        Assert.Single(factory.Outbox.ReadNewestFirst(1000), m => m.To.Contains(zhang.Email!, StringComparison.OrdinalIgnoreCase));
        using var client = factory.CreateTestClient();
        var link = factory.LinkInLatestEmailTo(zhang.Email!);
        Assert.StartsWith("/Account/ResetPassword?code=", link);
        var done = await client.SubmitAsync(link, "reset-password", new Dictionary<string, string>
        {
            ["Input.Email"] = zhang.Email!,
            ["Input.Password"] = "Moved-in-pass-1",
            ["Input.ConfirmPassword"] = "Moved-in-pass-1",
        });
        Assert.Equal("/Account/ResetPasswordConfirmation", done.Path);
        Assert.Equal("/", (await client.LogInAsync(zhang.Email!, "Moved-in-pass-1")).Path);
    }

    [Fact]
    public async Task One_row_the_account_store_refuses_stops_the_whole_import()
    {
        var owner = (await factory.OwnerAsync()).Id;
        var tag = Guid.NewGuid().ToString("N")[..6];
        // An apostrophe is a valid address but not a user name Identity accepts.
        var file = Encoding.UTF8.GetBytes($"Email,Name\nfirst-{tag}@example.com,First\no'brien-{tag}@example.com,Conan\n");

        var imported = await Import.ImportAsync(owner, file, new MemberImportPlan(new MemberColumns(0, Name: 1)));

        Assert.False(imported.Succeeded);
        Assert.Contains("Line 3", imported.Error);
        Assert.False(await factory.QueryAsync(db => db.Users.AnyAsync(u => u.Email == $"first-{tag}@example.com")));
    }

    [Fact]
    public async Task Broken_files_and_people_other_than_the_owner_are_refused_with_a_reason()
    {
        var owner = (await factory.OwnerAsync()).Id;
        var member = await factory.MemberAsync();

        var broken = await Import.PreviewAsync(owner, Encoding.UTF8.GetBytes("Name,Email\nAnn,\"ann@example.com\n" + string.Concat(Enumerable.Repeat("Bo,bo@example.com\n", 30))));
        var spreadsheet = await Import.PreviewAsync(owner, [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]);
        var noTier = await Import.ImportAsync(owner, Encoding.UTF8.GetBytes("Email\nx@example.com\n"), new MemberImportPlan(new MemberColumns(0), null, 30));
        var wrongColumn = await Import.ImportAsync(owner, Encoding.UTF8.GetBytes("Email\nx@example.com\n"), new MemberImportPlan(new MemberColumns(4)));
        var stranger = await Import.PreviewAsync(member.Id, Encoding.UTF8.GetBytes("Email\nx@example.com\n"));

        Assert.Contains("broken near line", broken.Error);
        Assert.Contains("not a CSV file", spreadsheet.Error);
        Assert.Equal("Tier", noTier.Field);
        Assert.Equal("Email", wrongColumn.Field);
        Assert.False(stranger.Succeeded);
        Assert.False(await factory.QueryAsync(db => db.Users.AnyAsync(u => u.Email == "x@example.com")));
    }
}
