using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Talks.Schedule;

/// <summary>Where a talk is in its life; live and ended follow from the clock, canceled is the host's decision.</summary>
public enum TalkState
{
    Scheduled,
    Live,
    Ended,
    Canceled,
}
