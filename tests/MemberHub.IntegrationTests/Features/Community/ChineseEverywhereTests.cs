using System.Text.RegularExpressions;
using AngleSharp.Dom;
using MemberHub.IntegrationTests.Features.Memberships;
using MemberHub.IntegrationTests.Features.Questions;
using MemberHub.IntegrationTests.Features.Security;
using MemberHub.Web.Features.Accounts;

namespace MemberHub.IntegrationTests.Features.Community;

/// <summary>A Chinese reader reads Chinese: every page's own words (not what people wrote) are translated.</summary>
public class ChineseEverywhereTests(MemberHubFactory factory) : IClassFixture<MemberHubFactory>
{
    // Names that stay Latin in Chinese text, and the people and things the test itself creates.
    private static readonly HashSet<string> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        "MemberHub", "Stripe", "Markdown", "PDF", "URL", "Email", "iCal", "ics", "UTC", "English", "Owner", "Member", "Community",
        "Tier", "Shanghai", "New", "York", "AM", "PM", "Test", "Zoom", "https", "http", "www", "com", "CNY", "USD", "ID",
        "TOTP", "SMTP", "slug", "first-week", "name", "Google", "Microsoft", "Authenticator", "local",
        "Circle", "Skool", "Mighty", "Networks", "CSV", "UTF-", "GBK", "Discourse", "JSON", "MB", "zip", "PostgreSQL", "SQLite",
    };

    [Fact]
    public async Task No_page_speaks_english_to_a_chinese_owner_or_member()
    {
        var member = await factory.MemberAsync();
        var question = await factory.AskAsync(member.Id, Board.Input("年费定价怎么定？", "月度会员三个月后流失，你们怎么做？"));
        await factory.AnswerAsync((await factory.ExpertAsync()).Id, question, "按十个月的价格定年费。");
        // Pages with route values, with what this test made (its own words are Chinese, so any English is the page's).
        var withValues = new Dictionary<string, string>
        {
            ["/questions/{Id:int}"] = $"/questions/{question}",
            ["/members/{UserId}"] = $"/members/{member.Id}",
            ["/introductions/{Id:int}"] = $"/introductions/{await factory.IntroductionOfAsync(member.Id)}",
            ["/owner/members/{UserId}"] = $"/owner/members/{member.Id}",
        };
        var found = new List<string>();
        foreach (var (persona, email) in new[] { ("owner", MemberHubFactory.OwnerEmail), ("member", member.Email!) })
        {
            using var client = factory.CreateTestClient();
            await client.GetAsync("/culture/set?culture=zh-Hans&returnUrl=%2F");
            await client.LogInAsync(email, persona == "owner" ? MemberHubFactory.OwnerPassword : MemberHubFactory.Password);
            var urls = RouteTable.Of(factory.Services).Where(r => r.Component is not null && r.Pattern != "/dev/outbox")
                .Select(r => r.Pattern.Contains('{') ? withValues.GetValueOrDefault(r.Pattern) : r.Pattern).OfType<string>();
            foreach (var url in urls)
            {
                var page = await client.GetAsync(url, "zh-CN");
                if (page.Status != System.Net.HttpStatusCode.OK || page.Document.DocumentElement.GetAttribute("lang") != "zh-Hans")
                {
                    continue;
                }
                foreach (var word in LatinWords(page.Document))
                {
                    found.Add($"{persona} {url}: {word}");
                }
            }
        }
        Assert.True(found.Count == 0, "English on Chinese pages:\n" + string.Join("\n", found.Distinct()));
    }

    private static IEnumerable<string> LatinWords(IDocument document)
    {
        foreach (var hidden in document.QuerySelectorAll("script, style, template, select, option, datalist, kbd, .mud-avatar, .mud-popover, [data-user-content], .markdown-body, .lesson-body, code, pre, [hidden]").ToList())
        {
            hidden.Remove();
        }
        var texts = new List<string> { document.Body?.TextContent ?? "" };
        texts.AddRange(document.QuerySelectorAll("[aria-label], [title], [placeholder]")
            .SelectMany(e => new[] { e.GetAttribute("aria-label"), e.GetAttribute("title"), e.GetAttribute("placeholder") })
            .Where(t => t is not null)!);
        // What people entered is not the page's wording: e-mail addresses, the test's member names, file paths.
        return texts.Select(t => Regex.Replace(t, @"\S+@\S+|member-[0-9a-f]+|(Test|Owner|Expert) [0-9a-zA-Z-]+|\S+/\S+", " "))
            .SelectMany(t => Regex.Matches(t, "[A-Za-z][A-Za-z'’-]+").Select(m => m.Value))
            .Where(w => !Allowed.Contains(w)).Distinct();
    }
}
