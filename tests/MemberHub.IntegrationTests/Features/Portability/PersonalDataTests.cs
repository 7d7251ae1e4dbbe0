using System.Net;
using System.Text.Json;
using MemberHub.IntegrationTests.Features.Community;
using MemberHub.IntegrationTests.Features.Questions;

namespace MemberHub.IntegrationTests.Features.Portability;

/// <summary>A member takes their own posts with them: the personal-data download carries what they wrote, in Markdown.</summary>
public class PersonalDataTests(MemberHubFactory factory) : IClassFixture<MemberHubFactory>
{
    [Fact]
    public async Task A_members_personal_data_download_carries_their_questions_answers_and_comments()
    {
        var member = await factory.MemberAsync(name: "Posting Paula");
        var other = await factory.MemberAsync();
        var mine = await factory.AskAsync(member.Id, Board.Input("我的第一个问题：怎么定价？", "正文 **Markdown**"));
        var theirs = await factory.AskAsync(other.Id, Board.Input("Someone else's question", "Not Paula's"));
        var answer = await factory.AnswerAsync(member.Id, theirs, "My answer, in *Markdown*.");
        Assert.True((await factory.Comments().CommentAsync(member.Id, answer, "A comment of mine")).Succeeded);
        using var client = factory.CreateTestClient();
        await client.LogInAsync(member.Email!, MemberHubFactory.Password);

        var personal = await client.GetAsync("/Account/Manage/PersonalData");
        var token = personal.Find("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var download = await client.Http.PostAsync("/Account/Manage/DownloadPersonalData", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        using var data = JsonDocument.Parse(await download.Content.ReadAsStringAsync());
        var posts = data.RootElement.GetProperty("Questions");
        var question = Assert.Single(posts.GetProperty("questions").EnumerateArray());
        Assert.Equal((mine, "我的第一个问题：怎么定价？", "正文 **Markdown**"),
            (question.GetProperty("Id").GetInt32(), question.GetProperty("Title").GetString(), question.GetProperty("BodyMarkdown").GetString()));
        Assert.Equal("My answer, in *Markdown*.", Assert.Single(posts.GetProperty("answers").EnumerateArray()).GetProperty("BodyMarkdown").GetString());
        Assert.Equal("A comment of mine", Assert.Single(posts.GetProperty("comments").EnumerateArray()).GetProperty("BodyMarkdown").GetString());
        Assert.True(data.RootElement.TryGetProperty("Talks", out _));
    }
}
