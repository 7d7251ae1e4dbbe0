namespace MemberHub.Web.Features.Questions;

/// <summary>Marker for the Q&amp;A board's strings (QuestionsText.resx, QuestionsText.zh-Hans.resx).</summary>
public sealed class QuestionsText;
