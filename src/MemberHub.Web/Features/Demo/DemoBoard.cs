using MemberHub.Web.Features.Questions.Board;
using MemberHub.Web.Features.Questions.Tags;

namespace MemberHub.Web.Features.Demo;

/// <summary>The demo's Q&amp;A board: tags, a resolved question, a summarised one and one still waiting in the expert queue; the first two in the FAQ.</summary>
public sealed class DemoBoard(TagService tags, QuestionService questions, AnswerService answers, Questions.Faq.FaqService faq, ILogger<DemoBoard> logger)
{
    public async Task SeedAsync(IReadOnlyDictionary<string, string> ids)
    {
        var owner = ids["owner@demo.memberhub.local"];
        var tagIds = new Dictionary<string, int>();
        foreach (var (slug, en, zh) in new[]
                 {
                     ("pricing", "Pricing", "定价"), ("onboarding", "Onboarding", "入群"), ("retention", "Retention", "留存"),
                     ("content", "Content", "内容"), ("engagement", "Engagement", "活跃"),
                 })
        {
            var saved = await tags.SaveAsync(owner, new TagInput { Slug = slug, NameEn = en, NameZh = zh });
            if (saved.Succeeded)
            {
                tagIds[slug] = saved.Value;
            }
        }
        string liNa = ids["member@demo.memberhub.local"], tom = ids["member2@demo.memberhub.local"];
        string chen = ids["expert@demo.memberhub.local"], maya = ids["expert2@demo.memberhub.local"];

        var fee = await questions.AskAsync(liNa, new QuestionInput
        {
            Title = "年费定多少合适？现在月费 30 元，想改成年费",
            Body = "我的育儿社群有 120 个家庭，月费 30 元，流失主要在第三个月。想推年费，但怕定高了没人续。大家怎么定的？",
            Stage = QuestionStage.Beginner, TagIds = Tags(tagIds, "pricing", "retention"),
        });
        if (fee.Succeeded && await answers.AnswerAsync(chen, fee.Value,
                "先看**第三个月流失**：年费会把这个坎挪到第十三个月。常见做法是年费 ≈ 10 个月的月费（这里约 300 元），老成员给 8 折续费价。\n\n1. 先对最活跃的 20% 成员开放年费\n2. 观察一个月的转化\n3. 再全量推出") is { Succeeded: true } answer)
        {
            await answers.AcceptAsync(liNa, answer.Value);
            await faq.PromoteAsync(chen, answer.Value);
        }

        var ritual = await questions.AskAsync(tom, new QuestionInput
        {
            Title = "How strict should the joining ritual be for a small paid study group?",
            Body = "I'm moving 40 people from a free WeChat group into a paid circle. Should I make everyone introduce themselves before they can post, or is that too much friction?",
            Stage = QuestionStage.Beginner, TagIds = Tags(tagIds, "onboarding"),
        });
        if (ritual.Succeeded)
        {
            await answers.AnswerAsync(maya, ritual.Value,
                "Keep it, but make it light: three prompts (who you are, what you teach, what you want from the group). Groups that ask for an introduction see far more first posts.");
            if (await answers.SummarizeAsync(chen, ritual.Value,
                    "**总结 / Summary:** keep the introduction step, make it three short prompts, and welcome every introduction within a day.") is { Succeeded: true } summary)
            {
                await faq.PromoteAsync(chen, summary.Value);
            }
        }

        var lurkers = await questions.AskAsync(liNa, new QuestionInput
        {
            Title = "怎么让潜水的成员开口？",
            Body = "群里 70% 的人从不发言。有什么不让人尴尬的办法让他们第一次开口？",
            Stage = QuestionStage.Intermediate, TagIds = Tags(tagIds, "engagement"),
        });
        if (!fee.Succeeded || !ritual.Succeeded || !lurkers.Succeeded)
        {
            logger.LogWarning("Some demo questions were not seeded: {Error}", fee.Error ?? ritual.Error ?? lurkers.Error);
        }
    }

    private static List<int> Tags(Dictionary<string, int> ids, params string[] slugs) =>
        slugs.Where(ids.ContainsKey).Select(s => ids[s]).ToList();
}
