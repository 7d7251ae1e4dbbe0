using MemberHub.IntegrationTests.Features.Community;
using MemberHub.IntegrationTests.Features.Questions;
using MemberHub.IntegrationTests.Infrastructure;
using MemberHub.Web.Features.Community.Moderation;
using MemberHub.Web.Features.Community.Profiles;
using MemberHub.Web.Features.Memberships.Owner;
using MemberHub.Web.Features.Questions.Board;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Security;

public sealed class WriteMatrixFactory : MemberHubFactory
{
    // The matrix writes many posts within a minute; the posting rate has its own tests.
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Community:PostsPerMinute"] = "1000" };
}

/// <summary>
/// Every command that changes community content, tried by a member in each state after they wrote while in good
/// standing: one guard decides, so an edit, a vote or a profile obeys the same rules as a new post.
/// </summary>
public class WriteMatrixTests(WriteMatrixFactory factory) : IClassFixture<WriteMatrixFactory>
{
    public enum ActorState { Active, Suspended, Banned, Lapsed, NewMemberAddingLinks }

    private const string LinkText = "See https://cheap-followers.example for more.";

    /// <summary>Content the member wrote while in good standing, and someone else's posts to react to.</summary>
    private sealed record Scene(string MemberId, int OwnQuestion, int OwnAnswer, int OwnComment, int OthersAnswerOnOwnQuestion, int OthersIntroduction);

    public static readonly string[] Commands =
    [
        "ask", "answer", "comment", "edit question", "edit answer", "edit comment", "accept", "vote", "reply to introduction",
        "welcome", "save profile",
    ];

    private static readonly string[] Reactions = ["accept", "vote", "welcome"];

    /// <summary>The service command behind each row, so the command registry can tell a content command missing here.</summary>
    public static readonly Dictionary<string, string> CommandMethods = new()
    {
        ["ask"] = "QuestionService.AskAsync", ["answer"] = "AnswerService.AnswerAsync", ["comment"] = "CommentService.CommentAsync",
        ["edit question"] = "QuestionService.EditAsync", ["edit answer"] = "AnswerService.EditAsync", ["edit comment"] = "CommentService.EditCommentAsync",
        ["accept"] = "AnswerService.AcceptAsync", ["vote"] = "VoteService.ToggleAsync", ["reply to introduction"] = "IntroductionService.ReplyAsync",
        ["welcome"] = "IntroductionService.WelcomeAsync", ["save profile"] = "ProfileService.SaveAsync",
    };

    public static TheoryData<ActorState, string, bool> Table()
    {
        var table = new TheoryData<ActorState, string, bool>();
        foreach (var command in Commands)
        {
            table.Add(ActorState.Active, command, true);
            table.Add(ActorState.Suspended, command, false);
            table.Add(ActorState.Banned, command, false);
            // A lapsed member keeps their own profile tidy, but writes nothing in the community.
            table.Add(ActorState.Lapsed, command, command == "save profile");
            // New members may react, and write without links; links wait for the link-free period to pass.
            table.Add(ActorState.NewMemberAddingLinks, command, Reactions.Contains(command));
        }
        return table;
    }

    [Theory]
    [MemberData(nameof(Table))]
    public async Task Each_write_command_obeys_the_actors_standing(ActorState state, string command, bool allowed)
    {
        var scene = await SceneAsync();
        await ApplyAsync(state, scene.MemberId);
        var body = state == ActorState.NewMemberAddingLinks ? "An edited text. " + LinkText : "An edited text that is long enough.";

        var (succeeded, error) = await RunAsync(command, scene, body);

        Assert.True(succeeded == allowed, $"{state} / {command}: expected {(allowed ? "allowed" : "refused")}, got {(succeeded ? "allowed" : $"refused ({error})")}");
        if (!succeeded)
        {
            Assert.False(string.IsNullOrWhiteSpace(error));
        }
    }

    [Fact]
    public void Every_write_command_has_a_row_for_every_state()
    {
        var rows = Table().Select(r => ((ActorState)r[0], (string)r[1])).ToHashSet();
        foreach (var state in Enum.GetValues<ActorState>())
        {
            foreach (var command in Commands)
            {
                Assert.Contains((state, command), rows);
            }
        }
    }

    private async Task<Scene> SceneAsync()
    {
        var member = await factory.MemberAsync();
        var other = await factory.MemberAsync();
        var ownQuestion = await factory.AskAsync(member.Id, Board.Input(title: "My own question " + Guid.NewGuid().ToString("N")[..6]));
        var othersQuestion = await factory.AskAsync(other.Id, Board.Input(title: "Someone else's question " + Guid.NewGuid().ToString("N")[..6]));
        var othersAnswer = await factory.AnswerAsync(other.Id, ownQuestion, "An answer from another member.");
        var ownAnswer = await factory.AnswerAsync(member.Id, othersQuestion, "My own answer, written in good standing.");
        var comment = await factory.Comments().CommentAsync(member.Id, othersAnswer, "My own comment.");
        Assert.True(comment.Succeeded, comment.Error);
        return new Scene(member.Id, ownQuestion, ownAnswer, comment.Value, othersAnswer, await factory.IntroductionOfAsync(other.Id));
    }

    private async Task ApplyAsync(ActorState state, string memberId)
    {
        var owner = (await factory.OwnerAsync()).Id;
        var moderation = factory.Services.GetRequiredService<ModerationService>();
        var outcome = state switch
        {
            ActorState.Suspended => await moderation.SuspendAsync(owner, memberId, 3, "Cool down"),
            ActorState.Banned => await moderation.BanAsync(owner, memberId, "Spam", cancelSubscriptionNow: true),
            ActorState.Lapsed => await factory.Services.GetRequiredService<MembershipAdminService>().RevokeAsync(owner, memberId),
            _ => Web.Infrastructure.Outcome.Ok,
        };
        Assert.True(outcome.Succeeded, outcome.Error);
    }

    private async Task<(bool Succeeded, string? Error)> RunAsync(string command, Scene scene, string body)
    {
        var id = scene.MemberId;
        var questions = factory.Questions();
        var answers = factory.Answers();
        var comments = factory.Comments();
        var edit = Board.Input(title: "My own question, edited", body: body);
        switch (command)
        {
            case "ask":
                return Result(await questions.AskAsync(id, Board.Input(title: "A new question " + Guid.NewGuid().ToString("N")[..6], body: body)));
            case "answer":
                return Result(await answers.AnswerAsync(id, scene.OwnQuestion, body));
            case "comment":
                return Result(await comments.CommentAsync(id, scene.OthersAnswerOnOwnQuestion, body));
            case "edit question":
                return Result(await questions.EditAsync(id, scene.OwnQuestion, edit));
            case "edit answer":
                return Result(await answers.EditAsync(id, scene.OwnAnswer, body));
            case "edit comment":
                return Result(await comments.EditCommentAsync(id, scene.OwnComment, body));
            case "accept":
                return Result(await answers.AcceptAsync(id, scene.OthersAnswerOnOwnQuestion));
            case "vote":
                return Result(await factory.Votes().ToggleAsync(id, PostKinds.Answer, scene.OthersAnswerOnOwnQuestion));
            case "reply to introduction":
                return Result(await factory.Introductions().ReplyAsync(id, scene.OthersIntroduction, body));
            case "welcome":
                return Result(await factory.Introductions().WelcomeAsync(id, scene.OthersIntroduction));
            case "save profile":
                var profiles = factory.Services.GetRequiredService<ProfileService>();
                var input = await profiles.InputForAsync(id);
                input.Headline = "Tea teacher, edited";
                input.Links = body.Contains("https://") ? "https://cheap-followers.example" : null;
                return Result(await profiles.SaveAsync(id, input));
            default:
                throw new ArgumentException(command);
        }
    }

    private static (bool, string?) Result(Web.Infrastructure.Outcome outcome) => (outcome.Succeeded, outcome.Error);

    private static (bool, string?) Result<T>(Web.Infrastructure.Outcome<T> outcome) => (outcome.Succeeded, outcome.Error);
}
