using MemberHub.Web.Data;
using MemberHub.Web.Features.Community.Moderation;
using MemberHub.Web.Features.Questions.Board;
using MemberHub.Web.Features.Questions.Experts;
using MemberHub.Web.Features.Questions.Search;
using MemberHub.Web.Features.Questions.Tags;
using MemberHub.Web.Infrastructure.Caching;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Questions;

public static class QuestionsSetup
{
    public static WebApplicationBuilder AddQuestions(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<IQuestionSearch>(sp =>
        {
            var contexts = sp.GetRequiredService<IDbContextFactory<AppDbContext>>();
            return DatabaseOptions.ProviderIn(sp.GetRequiredService<IConfiguration>()) == DatabaseProvider.Postgres
                ? new PostgresQuestionSearch(contexts)
                : new SqliteQuestionSearch(contexts);
        });
        services.AddSingleton<QuestionEvents>();
        services.EvictPublicPagesOnChangeOf<QuestionEvents, int>();
        services.AddSingleton<BoardCommands>();
        services.AddSingleton<BoardNotifications>();
        services.AddSingleton<QuestionInputCheck>();
        services.AddSingleton<TagService>();
        services.AddSingleton<QuestionService>();
        services.AddSingleton<AnswerService>();
        services.AddSingleton<CommentService>();
        services.AddSingleton<Talks.SpeakerQuestions.IQuestionBoard, TalkQuestionsOnBoard>();
        services.AddSingleton<VoteService>();
        services.AddSingleton<ThreadContentCache>();
        services.AddSingleton<TagPageStarts>();
        services.AddSingleton<QuestionListCache>();
        services.AddSingleton<ThreadVotes>();
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, QuestionListChanges>();
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, TagListingChanges>();
        services.AddSingleton<QuestionReader>();
        services.AddSingleton<Content.Learning.ILearnerActSource, BoardActs>();
        services.AddSingleton<Faq.FaqCache>();
        services.AddSingleton<Faq.FaqReader>();
        services.AddSingleton<Faq.FaqService>();
        services.AddSingleton<ThreadActions>();
        services.AddSingleton<ExpertQueue>();
        services.AddSingleton<WaitingQuestionAlerts>();
        services.AddHostedService<WaitingQuestionAlertService>();
        services.AddSingleton<IModeratedContent, QuestionModeration>();
        services.AddSingleton<IModeratedContent, AnswerModeration>();
        services.AddSingleton<IModeratedContent, CommentModeration>();
        builder.Services.AddSingleton<Accounts.IPersonalDataSource, QuestionsPersonalData>();
        return builder;
    }
}
