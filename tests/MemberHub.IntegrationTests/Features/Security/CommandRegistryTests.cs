using System.Reflection;
using MemberHub.IntegrationTests.Features.Community;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Community.Moderation;
using MemberHub.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Security;

/// <summary>
/// Every command a person can run (a feature service method that takes the acting user and returns an Outcome),
/// found by reflection. Each says who may run it; staff commands are tried by people who may not and must refuse.
/// </summary>
public class CommandRegistryTests(DemoCommunityFactory factory) : IClassFixture<DemoCommunityFactory>
{
    private enum Who
    {
        /// <summary>Changes community content: the actor-state table in <see cref="WriteMatrixTests"/>.</summary>
        Content,
        /// <summary>Any member may (RSVP, mark a lesson done, join a talk); the membership gate has its own tests.</summary>
        Member,
        /// <summary>One's own account or billing.</summary>
        Self,
        Owner,
        Moderators,
        Experts,
        /// <summary>The talk's host (an Expert) or the Owner.</summary>
        Host,
        /// <summary>Called by the app, never from a page (a ban stopping billing, an account deleted).</summary>
        System,
        /// <summary>The write guard itself.</summary>
        Guard,
        /// <summary>Hands a static page's button to the commands above, which decide (a report to ReportService, a hide to ModerationService).</summary>
        Dispatch,
    }

    private static readonly Dictionary<string, Who> Commands = new()
    {
        ["RsvpService.RsvpAsync"] = Who.Member, ["RsvpService.CancelAsync"] = Who.Member, ["RsvpService.JoinAsync"] = Who.Member,
        ["RsvpService.WatchReplayAsync"] = Who.Member,
        ["SpeakerQuestionService.AskAsync"] = Who.Content, ["SpeakerQuestionService.VoteAsync"] = Who.Member,
        ["SpeakerQuestionService.MarkAnsweredAsync"] = Who.Host, ["SpeakerQuestionService.MoveUnansweredToBoardAsync"] = Who.Host,
        ["TalkService.SaveAsync"] = Who.Host, ["TalkService.CancelAsync"] = Who.Host, ["TalkService.PublishReplayAsync"] = Who.Host,
        ["MembershipAdminService.GrantComplimentaryAsync"] = Who.Owner, ["MembershipAdminService.RevokeAsync"] = Who.Owner,
        ["MembershipAdminService.TestAdvanceAsync"] = Who.Owner, ["MembershipAdminService.TestFailPaymentAsync"] = Who.Owner,
        ["MembershipAdminService.TestCancelAsync"] = Who.Owner, ["MembershipAdminService.TestRefundPassAsync"] = Who.Owner,
        ["PassService.StartAsync"] = Who.Self, ["PassService.OfferAsync"] = Who.Self,
        ["SeasonService.SaveAsync"] = Who.Owner,
        ["ExportService.RequestAsync"] = Who.Owner, ["ExportService.ListAsync"] = Who.Owner, ["ExportService.DownloadAsync"] = Who.Owner,
        ["BackupService.ScheduleAsync"] = Who.Owner, ["BackupService.SaveScheduleAsync"] = Who.Owner, ["BackupService.BackUpNowAsync"] = Who.Owner,
        ["BackupService.ListAsync"] = Who.Owner, ["MemberImport.PreviewAsync"] = Who.Owner, ["MemberImport.ImportAsync"] = Who.Owner,
        ["ThreadImport.PreviewAsync"] = Who.Owner, ["ThreadImport.ImportAsync"] = Who.Owner, ["ArchiveRestore.RestoreAsync"] = Who.Owner,
        ["ReferralService.MineAsync"] = Who.Self, ["ReferralService.SaveProgramAsync"] = Who.Owner, ["ReferralService.AddCampaignAsync"] = Who.Owner,
        ["ReferralService.RemoveCampaignAsync"] = Who.Owner, ["ReferralReport.ReadAsync"] = Who.Owner,
        ["TierService.SaveAsync"] = Who.Owner, ["TierService.SetArchivedAsync"] = Who.Owner, ["TierService.MoveAsync"] = Who.Owner,
        ["CheckoutService.StartAsync"] = Who.Self, ["CheckoutService.JoinWaitlistAsync"] = Who.Self,
        ["BillingService.CancelAtPeriodEndAsync"] = Who.Self, ["BillingService.ResumeAsync"] = Who.Self, ["BillingService.SwitchTierAsync"] = Who.Self,
        ["BillingService.PortalUrlAsync"] = Who.Self, ["BillingService.StopForBanAsync"] = Who.System,
        ["BillingService.StopBillingForDeletedAccountAsync"] = Who.System,
        ["CommunitySettingsService.SaveAsync"] = Who.Owner,
        ["ReportService.ReportAsync"] = Who.Member, ["PostModerationActs.RunAsync"] = Who.Dispatch,
        ["ModerationService.QueueAsync"] = Who.Moderators, ["ModerationService.DismissAsync"] = Who.Moderators, ["ModerationService.HideAsync"] = Who.Moderators,
        ["ModerationService.RestoreAsync"] = Who.Moderators, ["ModerationService.WarnAsync"] = Who.Moderators, ["ModerationService.SuspendAsync"] = Who.Moderators,
        ["ModerationService.LiftSuspensionAsync"] = Who.Moderators, ["ModerationService.BanAsync"] = Who.Moderators, ["ModerationService.UnbanAsync"] = Who.Moderators,
        ["AuditLog.ReadAsync"] = Who.Owner, ["RevenueReport.ReadAsync"] = Who.Owner, ["ExpertsReport.ReadAsync"] = Who.Owner, ["UseReport.ReadAsync"] = Who.Owner,
        ["EngagementReport.ReadAsync"] = Who.Owner, ["FunnelReport.ReadAsync"] = Who.Owner, ["LifecycleReport.ReadAsync"] = Who.Owner, ["SeasonReport.ReadAsync"] = Who.Owner,
        ["StripeEventLog.SearchAsync"] = Who.Owner, ["StripeEventLog.HealthAsync"] = Who.Owner, ["StripeEventLog.ReplayAsync"] = Who.Owner,
        ["BillingReconciliation.StartAsync"] = Who.Owner, ["BillingReconciliation.RepairAsync"] = Who.Owner,
        ["PostingGuard.CheckAsync"] = Who.Guard, ["PostingGuard.CheckProfileAsync"] = Who.Guard,
        ["IntroductionService.IntroduceAsync"] = Who.Content, ["IntroductionService.ReplyAsync"] = Who.Content, ["IntroductionService.WelcomeAsync"] = Who.Content,
        ["JoiningRitual.AcceptRulesAsync"] = Who.Self,
        ["ProfileService.SaveAsync"] = Who.Content,
        ["PointsService.SaveSettingsAsync"] = Who.Owner,
        ["TrackEditor.SaveTrackAsync"] = Who.Owner, ["TrackEditor.SetTrackPublishedAsync"] = Who.Owner, ["TrackEditor.AddStageAsync"] = Who.Owner,
        ["TrackEditor.RenameStageAsync"] = Who.Owner, ["TrackEditor.MoveStageAsync"] = Who.Owner, ["TrackEditor.DeleteStageAsync"] = Who.Owner,
        ["TrackEditor.SaveLessonAsync"] = Who.Owner, ["TrackEditor.MoveLessonAsync"] = Who.Owner,
        ["TrackEditor.ExportAsync"] = Who.Owner,
        ["LearningService.MarkDoneAsync"] = Who.Member,
        ["PeopleService.SetRoleAsync"] = Who.Owner,
        ["ExpertQueue.ClaimAsync"] = Who.Experts, ["ExpertQueue.ReleaseAsync"] = Who.Experts,
        ["VoteService.ToggleAsync"] = Who.Content,
        ["QuestionService.AskAsync"] = Who.Content, ["QuestionService.EditAsync"] = Who.Content, ["QuestionService.DeleteAsync"] = Who.Content,
        ["QuestionService.CloseAsync"] = Who.Moderators,
        ["AnswerService.AnswerAsync"] = Who.Content, ["CommentService.CommentAsync"] = Who.Content, ["AnswerService.AcceptAsync"] = Who.Content,
        ["AnswerService.SummarizeAsync"] = Who.Experts, ["AnswerService.ResolveWithSummaryAsync"] = Who.Content, ["AnswerService.EditAsync"] = Who.Content,
        ["AnswerService.DeleteAsync"] = Who.Content, ["CommentService.EditCommentAsync"] = Who.Content, ["CommentService.DeleteCommentAsync"] = Who.Content,
        ["FaqService.PromoteAsync"] = Who.Experts, ["FaqService.EditAsync"] = Who.Experts, ["FaqService.MoveAsync"] = Who.Experts,
        ["FaqService.RemoveAsync"] = Who.Experts,
        ["TagService.SaveAsync"] = Who.Owner, ["TagService.DeleteAsync"] = Who.Owner, ["TagService.FollowAsync"] = Who.Experts,
    };

    private static readonly string[] ActorParameters = ["userId", "actorUserId", "actorId", "reporterId", "ownerId"];

    private static IEnumerable<MethodInfo> DiscoverCommands() =>
        typeof(Program).Assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith("MemberHub.Web.Features", StringComparison.Ordinal) == true && t.IsClass && !t.IsAbstract)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.ReturnType.IsGenericType && m.ReturnType.GetGenericTypeDefinition() == typeof(Task<>)
                        && m.ReturnType.GetGenericArguments()[0] is var result
                        && (result == typeof(Outcome) || (result.IsGenericType && result.GetGenericTypeDefinition() == typeof(Outcome<>))))
            .Where(m => m.GetParameters() is [{ ParameterType: var first, Name: var name }, ..] && first == typeof(string) && ActorParameters.Contains(name));

    private static string NameOf(MethodInfo method) => $"{method.DeclaringType!.Name}.{method.Name}";

    [Fact]
    public void Every_command_says_who_may_run_it()
    {
        var found = DiscoverCommands().Select(NameOf).Distinct().ToList();

        var undeclared = found.Where(c => !Commands.ContainsKey(c)).ToList();
        var stale = Commands.Keys.Where(c => !found.Contains(c)).ToList();

        Assert.True(undeclared.Count == 0, "Say who may run: " + string.Join(", ", undeclared));
        Assert.True(stale.Count == 0, "No longer commands: " + string.Join(", ", stale));
    }

    /// <summary>Content commands whose actor-state rules are tested beside their feature rather than in the write matrix.</summary>
    private static readonly Dictionary<string, string> ContentTestedElsewhere = new()
    {
        ["IntroductionService.IntroduceAsync"] = "the joining ritual table (RitualAndIntroductionTests, StandingAcrossFeaturesTests)",
        ["SpeakerQuestionService.AskAsync"] = "speaker questions follow the posting rules (TalkScheduleTests, StandingAcrossFeaturesTests)",
        ["QuestionService.DeleteAsync"] = "deleting one's own post: members only, banned refused (QuestionLifecycleTests)",
        ["AnswerService.DeleteAsync"] = "deleting one's own post (QuestionLifecycleTests)",
        ["CommentService.DeleteCommentAsync"] = "deleting one's own post (QuestionLifecycleTests)",
        ["AnswerService.ResolveWithSummaryAsync"] = "needs an expert summary first; same guard as accept (QuestionLifecycleTests)",
    };

    [Fact]
    public void Every_content_command_is_in_the_write_matrix_or_says_where_it_is_tested()
    {
        var contentCommands = Commands.Where(c => c.Value == Who.Content).Select(c => c.Key);

        var missing = contentCommands.Where(c => !WriteMatrixTests.CommandMethods.ContainsValue(c) && !ContentTestedElsewhere.ContainsKey(c)).ToList();

        Assert.True(missing.Count == 0, "Add to WriteMatrixTests: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task Staff_commands_refuse_a_plain_member_a_banned_moderator_and_a_banned_expert()
    {
        var member = await factory.MemberAsync();
        var bannedModerator = await StaffAsync(AppRoles.Moderator, ban: true);
        var bannedExpert = await StaffAsync(AppRoles.Expert, ban: true);
        var target = await factory.MemberAsync();
        var failures = new List<string>();
        foreach (var method in DiscoverCommands().Where(m => Commands[NameOf(m)] is Who.Owner or Who.Moderators or Who.Experts or Who.Host))
        {
            foreach (var actor in new[] { member, bannedModerator, bannedExpert })
            {
                await using var scope = factory.Services.CreateAsyncScope();
                var service = scope.ServiceProvider.GetRequiredService(method.DeclaringType!);
                try
                {
                    var task = (Task)method.Invoke(service, Arguments(method, actor.Id, target.Id))!;
                    await task;
                    var outcome = task.GetType().GetProperty("Result")!.GetValue(task)!;
                    var succeeded = (bool)outcome.GetType().GetProperty("Succeeded")!.GetValue(outcome)!;
                    var error = outcome.GetType().GetProperty("Error")!.GetValue(outcome) as string;
                    if (succeeded || string.IsNullOrWhiteSpace(error))
                    {
                        failures.Add($"{NameOf(method)} by {actor.DisplayName}: {(succeeded ? "allowed" : "refused without a reason")}");
                    }
                }
                catch (Exception e)
                {
                    failures.Add($"{NameOf(method)} by {actor.DisplayName}: threw {e.GetBaseException().GetType().Name}: {e.GetBaseException().Message}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private async Task<ApplicationUser> StaffAsync(string role, bool ban)
    {
        var user = await factory.CreateUserAsync(role: role, displayName: $"Banned {role} {Guid.NewGuid().ToString("N")[..4]}");
        if (ban)
        {
            var banned = await factory.Services.GetRequiredService<ModerationService>().BanAsync((await factory.OwnerAsync()).Id, user.Id, "Abuse", cancelSubscriptionNow: true);
            Assert.True(banned.Succeeded, banned.Error);
        }
        return user;
    }

    /// <summary>Plausible arguments: ids of real demo rows (1), a real member as the target, filled-in inputs.</summary>
    private static object?[] Arguments(MethodInfo method, string actorId, string targetId) =>
        method.GetParameters().Select((p, i) => i == 0 ? actorId : ValueFor(p, targetId)).ToArray();

    private static object? ValueFor(ParameterInfo parameter, string targetId)
    {
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        return parameter.Name switch
        {
            _ when type == typeof(CancellationToken) => CancellationToken.None,
            "userId" or "targetUserId" => targetId,
            "kind" => "question",
            "role" => AppRoles.Expert,
            "trackSlug" => "no-such-track",
            _ when type == typeof(string) => "A reason long enough",
            _ when type == typeof(int) => 1,
            _ when type == typeof(long) => 1L,
            _ when type == typeof(bool) => true,
            _ when type == typeof(DateTime) => DateTime.UtcNow.AddDays(10),
            _ when type == typeof(Guid) => Guid.NewGuid(),
            _ when type == typeof(Stream) => new MemoryStream(),
            _ when type.IsEnum => Enum.GetValues(type).GetValue(0),
            _ when type == typeof(IReadOnlyDictionary<string, int>) => new Dictionary<string, int>(),
            _ when type.IsGenericType && type.GetGenericTypeDefinition() is var generic
                   && (generic == typeof(IReadOnlyList<>) || generic == typeof(IReadOnlyCollection<>)) =>
                Array.CreateInstance(type.GetGenericArguments()[0], 0),
            _ when type.GetConstructor(Type.EmptyTypes) is not null => Activator.CreateInstance(type),
            // A record such as a filter: every field left empty.
            _ when type.GetConstructors().OrderBy(c => c.GetParameters().Length).FirstOrDefault() is { } constructor =>
                constructor.Invoke(constructor.GetParameters().Select(p => p.HasDefaultValue ? p.DefaultValue : p.ParameterType.IsValueType ? Activator.CreateInstance(p.ParameterType) : null).ToArray()),
            _ => throw new InvalidOperationException($"No sample value for {parameter.Member.Name}({parameter.ParameterType.Name} {parameter.Name})"),
        };
    }
}
