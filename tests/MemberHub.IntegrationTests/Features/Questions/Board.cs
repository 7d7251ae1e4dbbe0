using MemberHub.IntegrationTests.Features.Community;
using MemberHub.IntegrationTests.Features.Memberships;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Memberships.Owner;
using MemberHub.Web.Features.Memberships.Tiers;
using MemberHub.Web.Features.Questions.Board;
using MemberHub.Web.Features.Questions.Experts;
using MemberHub.Web.Features.Questions.Search;
using MemberHub.Web.Features.Questions.Tags;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MemberHub.IntegrationTests.Features.Questions;

/// <summary>Board services and people, made through the same services the pages use.</summary>
public static class Board
{
    public static QuestionService Questions(this MemberHubFactory factory) => factory.Services.GetRequiredService<QuestionService>();
    public static AnswerService Answers(this MemberHubFactory factory) => factory.Services.GetRequiredService<AnswerService>();
    public static CommentService Comments(this MemberHubFactory factory) => factory.Services.GetRequiredService<CommentService>();
    public static VoteService Votes(this MemberHubFactory factory) => factory.Services.GetRequiredService<VoteService>();
    public static QuestionReader Reader(this MemberHubFactory factory) => factory.Services.GetRequiredService<QuestionReader>();
    public static ExpertQueue Queue(this MemberHubFactory factory) => factory.Services.GetRequiredService<ExpertQueue>();
    public static TagService Tags(this MemberHubFactory factory) => factory.Services.GetRequiredService<TagService>();
    public static IQuestionSearch Search(this MemberHubFactory factory) => factory.Services.GetRequiredService<IQuestionSearch>();

    public static Task<ApplicationUser> ExpertAsync(this MemberHubFactory factory) => factory.CreateUserAsync(role: AppRoles.Expert, displayName: "Expert " + Guid.NewGuid().ToString("N")[..6]);

    public static Task<ApplicationUser> ModeratorAsync(this MemberHubFactory factory) => factory.CreateUserAsync(role: AppRoles.Moderator);

    public static async Task<int> TagAsync(this MemberHubFactory factory, string? slug = null)
    {
        slug ??= "tag-" + Guid.NewGuid().ToString("N")[..8];
        var saved = await factory.Tags().SaveAsync((await factory.OwnerAsync()).Id, new TagInput { Slug = slug, NameEn = slug, NameZh = slug + "中" });
        Assert.True(saved.Succeeded, saved.Error);
        return saved.Value;
    }

    public static QuestionInput Input(string title = "How should I price a yearly plan?", string body = "Monthly members leave in month three. What do you do?",
        QuestionStage stage = QuestionStage.Beginner, params int[] tags) =>
        new() { Title = title, Body = body, Stage = stage, TagIds = tags };

    public static async Task<int> AskAsync(this MemberHubFactory factory, string userId, QuestionInput? input = null)
    {
        var asked = await factory.Questions().AskAsync(userId, input ?? Input());
        Assert.True(asked.Succeeded, asked.Error);
        return asked.Value;
    }

    public static async Task<int> AnswerAsync(this MemberHubFactory factory, string userId, int questionId, string body = "Offer a yearly plan at ten months' price.")
    {
        var answered = await factory.Answers().AnswerAsync(userId, questionId, body);
        Assert.True(answered.Succeeded, answered.Error);
        return answered.Value;
    }

    public static Task<Question> QuestionAsync(this MemberHubFactory factory, int id) =>
        factory.QueryAsync(db => db.Set<Question>().AsNoTracking().SingleAsync(q => q.Id == id));

    public static Task<int> QuestionCountAsync(this MemberHubFactory factory) => factory.QueryAsync(db => db.Set<Question>().CountAsync());

    /// <summary>A member on a tier that allows <paramref name="questionsPerMonth"/> questions a month.</summary>
    public static async Task<ApplicationUser> MemberWithQuotaAsync(this MemberHubFactory factory, int? questionsPerMonth)
    {
        var tier = await factory.CreateTierAsync("Quota " + questionsPerMonth);
        var owner = await factory.OwnerAsync();
        var tiers = factory.Services.GetRequiredService<TierService>();
        var input = TierInput.From(tier);
        input.QuestionsPerMonth = questionsPerMonth;
        Assert.True((await tiers.SaveAsync(owner.Id, input)).Succeeded);
        var member = await factory.MemberAsync();
        var granted = await factory.Services.GetRequiredService<MembershipAdminService>().GrantComplimentaryAsync(owner.Id, member.Id, tier.Id, DateTime.UtcNow.AddDays(60));
        Assert.True(granted.Succeeded, granted.Error);
        return member;
    }
}
