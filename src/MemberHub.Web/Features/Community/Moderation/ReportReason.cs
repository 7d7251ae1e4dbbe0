using MemberHub.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Community.Moderation;

public enum ReportReason
{
    Advertising,
    Offensive,
    OffTopic,
    Other,
}
