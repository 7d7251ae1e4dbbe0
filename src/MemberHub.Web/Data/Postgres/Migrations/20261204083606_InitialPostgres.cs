using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MemberHub.Web.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class InitialPostgres : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Full-text search over the board (PostgresQuestionSearch): the text as indexed (Chinese already split into
            // characters), and a tsvector computed from it with the title weighted above the body, under a GIN index.
            migrationBuilder.Sql("""
                CREATE TABLE "QaSearch" (
                    "RowId" bigint PRIMARY KEY,
                    "Title" text NOT NULL,
                    "Body" text NOT NULL,
                    "Kind" varchar(16) NOT NULL,
                    "QuestionId" integer NOT NULL,
                    "Document" tsvector GENERATED ALWAYS AS (
                        setweight(to_tsvector('english', "Title"), 'A') || setweight(to_tsvector('english', "Body"), 'B')) STORED);
                CREATE INDEX "IX_QaSearch_Document" ON "QaSearch" USING GIN ("Document");
                """);

            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Language = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    TimeZoneId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BackupSchedule",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Enabled = table.Column<bool>(type: "boolean", nullable: false),
                    EveryHours = table.Column<int>(type: "integer", nullable: false),
                    Keep = table.Column<int>(type: "integer", nullable: false),
                    LastBackupAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BackupSchedule", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CalendarFeeds",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Token = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarFeeds", x => x.UserId);
                });

            migrationBuilder.CreateTable(
                name: "CommunitySettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Tagline = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false),
                    DescriptionMarkdown = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    DescriptionHtml = table.Column<string>(type: "text", nullable: false),
                    RulesMarkdown = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    RulesHtml = table.Column<string>(type: "text", nullable: false),
                    RulesVersion = table.Column<int>(type: "integer", nullable: false),
                    WelcomeMessage = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    NameZh = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false, defaultValue: ""),
                    TaglineZh = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false, defaultValue: ""),
                    DescriptionMarkdownZh = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false, defaultValue: ""),
                    DescriptionHtmlZh = table.Column<string>(type: "text", nullable: false, defaultValue: ""),
                    RulesMarkdownZh = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false, defaultValue: ""),
                    RulesHtmlZh = table.Column<string>(type: "text", nullable: false, defaultValue: ""),
                    WelcomeMessageZh = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false, defaultValue: ""),
                    RequireIntroduction = table.Column<bool>(type: "boolean", nullable: false),
                    LinkRestrictionDays = table.Column<int>(type: "integer", nullable: false),
                    LinkRestrictionPosts = table.Column<int>(type: "integer", nullable: false),
                    ExpertAlertHours = table.Column<int>(type: "integer", nullable: false),
                    DefaultLanguage = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DefaultTimeZone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommunitySettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EngagementLevels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MinimumPoints = table.Column<int>(type: "integer", nullable: false),
                    NameEn = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    NameZh = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EngagementLevels", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FunnelSteps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PersonKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Step = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Source = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true),
                    FirstSeenAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FirstSeenOn = table.Column<DateOnly>(type: "date", nullable: false, computedColumnSql: "(\"FirstSeenAtUtc\" AT TIME ZONE 'UTC')::date", stored: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FunnelSteps", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "JobLeases",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Holder = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobLeases", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "MembershipRefunds",
                columns: table => new
                {
                    StripeChargeId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    AmountRefundedMinor = table.Column<long>(type: "bigint", nullable: false),
                    RefundedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MembershipRefunds", x => x.StripeChargeId);
                });

            migrationBuilder.CreateTable(
                name: "ModerationActions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ActorId = table.Column<string>(type: "text", nullable: false),
                    Action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TargetUserId = table.Column<string>(type: "text", nullable: true),
                    ContentKind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ContentId = table.Column<int>(type: "integer", nullable: true),
                    ReportId = table.Column<int>(type: "integer", nullable: true),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Days = table.Column<int>(type: "integer", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ModerationActions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PointWeights",
                columns: table => new
                {
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Points = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PointWeights", x => x.Kind);
                });

            migrationBuilder.CreateTable(
                name: "PostEdits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PostKind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PostId = table.Column<int>(type: "integer", nullable: false),
                    EditorId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    PreviousTitle = table.Column<string>(type: "text", nullable: true),
                    PreviousBody = table.Column<string>(type: "text", nullable: false),
                    EditedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostEdits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PostVotes",
                columns: table => new
                {
                    PostKind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PostId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostVotes", x => new { x.PostKind, x.PostId, x.UserId });
                });

            migrationBuilder.CreateTable(
                name: "ProcessedStripeEvents",
                columns: table => new
                {
                    EventId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ProcessedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessedStripeEvents", x => x.EventId);
                });

            migrationBuilder.CreateTable(
                name: "Questions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AuthorId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BodyMarkdown = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    BodyHtml = table.Column<string>(type: "text", nullable: false),
                    Stage = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    LessonId = table.Column<int>(type: "integer", nullable: true),
                    TalkId = table.Column<int>(type: "integer", nullable: true),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DuplicateOfId = table.Column<int>(type: "integer", nullable: true),
                    AcceptedAnswerId = table.Column<int>(type: "integer", nullable: true),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    AnswerCount = table.Column<int>(type: "integer", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EditedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastActivityAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FirstExpertAnswerAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    WaitAlertSentAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ResolvedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClaimedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ClaimedUntilUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    IsHidden = table.Column<bool>(type: "boolean", nullable: false),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Questions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "QuestionTags",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Slug = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    NameZh = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuestionTags", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReceivedStripeEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EventId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Via = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Result = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ProcessingMs = table.Column<double>(type: "double precision", nullable: false),
                    Error = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ObjectId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    Payload = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceivedStripeEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReferralCampaigns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    StartsAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndsAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RewardDays = table.Column<int>(type: "integer", nullable: false),
                    RewardCredit = table.Column<decimal>(type: "numeric", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferralCampaigns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReferralProgram",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Enabled = table.Column<bool>(type: "boolean", nullable: false),
                    RewardDays = table.Column<int>(type: "integer", nullable: false),
                    RewardKind = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    RewardCredit = table.Column<decimal>(type: "numeric", nullable: false),
                    HoldDays = table.Column<int>(type: "integer", nullable: false),
                    MonthlyCap = table.Column<int>(type: "integer", nullable: false),
                    RefuseSameEmailDomain = table.Column<bool>(type: "boolean", nullable: false),
                    WelcomeCouponId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferralProgram", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RevenueChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    FromAnnualMinor = table.Column<long>(type: "bigint", nullable: false),
                    ToAnnualMinor = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RevenueChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Seasons",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    NameEn = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    NameZh = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    StartsAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndsAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ArchiveOpenToLaterMembers = table.Column<bool>(type: "boolean", nullable: false),
                    InvitationsSentAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Seasons", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StripeSignatureFailures",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    LastAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StripeSignatureFailures", x => x.Day);
                });

            migrationBuilder.CreateTable(
                name: "TalkSeries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Day = table.Column<int>(type: "integer", nullable: false),
                    LocalTime = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    TimeZoneId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DurationMinutes = table.Column<int>(type: "integer", nullable: false),
                    HostId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TalkSeries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TestModeCheckouts",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    CustomerId = table.Column<string>(type: "text", nullable: false),
                    TierId = table.Column<int>(type: "integer", nullable: false),
                    PriceId = table.Column<string>(type: "text", nullable: false),
                    Interval = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    TrialDays = table.Column<int>(type: "integer", nullable: false),
                    SuccessUrl = table.Column<string>(type: "text", nullable: false),
                    CancelUrl = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "text", nullable: false),
                    Mode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PassDays = table.Column<int>(type: "integer", nullable: true),
                    AmountMinor = table.Column<long>(type: "bigint", nullable: true),
                    EarlyRenewal = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TestModeCheckouts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TestModeSubscriptions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CustomerId = table.Column<string>(type: "text", nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    TierId = table.Column<int>(type: "integer", nullable: false),
                    PriceId = table.Column<string>(type: "text", nullable: false),
                    Interval = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    Currency = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "text", nullable: false),
                    PeriodStartUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PeriodEndUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    TrialEndUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CancelAtPeriodEnd = table.Column<bool>(type: "boolean", nullable: false),
                    EndedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ScheduledPriceId = table.Column<string>(type: "text", nullable: true),
                    BalanceMinor = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TestModeSubscriptions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Tiers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    NameEn = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    NameZh = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    DescriptionEn = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    DescriptionZh = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    PerksEn = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    PerksZh = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Rank = table.Column<int>(type: "integer", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    MonthlyAmount = table.Column<long>(type: "bigint", nullable: false),
                    YearlyAmount = table.Column<long>(type: "bigint", nullable: true),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    TrialDays = table.Column<int>(type: "integer", nullable: false),
                    MemberCap = table.Column<int>(type: "integer", nullable: true),
                    QuestionsPerMonth = table.Column<int>(type: "integer", nullable: true),
                    OnSale = table.Column<bool>(type: "boolean", nullable: false),
                    Archived = table.Column<bool>(type: "boolean", nullable: false),
                    PassDays = table.Column<int>(type: "integer", nullable: true),
                    PassAmount = table.Column<long>(type: "bigint", nullable: true),
                    PassRenewalAmount = table.Column<long>(type: "bigint", nullable: true),
                    PassRenewalWindowDays = table.Column<int>(type: "integer", nullable: false),
                    PassPaymentMethods = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StripeProductId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    StripeMonthlyPriceId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    StripeYearlyPriceId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tiers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Tracks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    TitleEn = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    TitleZh = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    DescriptionEn = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    DescriptionZh = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    IsPublished = table.Column<bool>(type: "boolean", nullable: false),
                    SourceHash = table.Column<string>(type: "text", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tracks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActiveDays",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActiveDays", x => new { x.UserId, x.Day });
                    table.ForeignKey(
                        name: "FK_ActiveDays_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    RoleId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BillingCustomers",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    StripeCustomerId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BillingCustomers", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_BillingCustomers_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExportJobs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    RequestedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    State = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    RowsDone = table.Column<long>(type: "bigint", nullable: false),
                    RowsTotal = table.Column<long>(type: "bigint", nullable: false),
                    Bytes = table.Column<long>(type: "bigint", nullable: true),
                    FinishedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ExpiresAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Error = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExportJobs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExportJobs_AspNetUsers_RequestedById",
                        column: x => x.RequestedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Introductions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AuthorId = table.Column<string>(type: "text", nullable: false),
                    BodyMarkdown = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    BodyHtml = table.Column<string>(type: "text", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IsHidden = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Introductions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Introductions_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MemberProfiles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    AvatarUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Headline = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    City = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Links = table.Column<string>(type: "character varying(2600)", maxLength: 2600, nullable: false),
                    RulesAcceptedVersion = table.Column<int>(type: "integer", nullable: false),
                    RulesAcceptedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    IntroducedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Points = table.Column<int>(type: "integer", nullable: false),
                    PostCount = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemberProfiles", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_MemberProfiles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MembershipInvoices",
                columns: table => new
                {
                    StripeInvoiceId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    StripeSubscriptionId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    AmountDue = table.Column<long>(type: "bigint", nullable: false),
                    AmountPaid = table.Column<long>(type: "bigint", nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    HostedInvoiceUrl = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    Number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    InvoicePdfUrl = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MembershipInvoices", x => x.StripeInvoiceId);
                    table.ForeignKey(
                        name: "FK_MembershipInvoices_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MemberStandings",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    SuspendedUntilUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    BannedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    BanReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    WarningCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemberStandings", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_MemberStandings_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecipientId = table.Column<string>(type: "text", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Link = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReadAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EmailedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Notifications_AspNetUsers_RecipientId",
                        column: x => x.RecipientId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NotificationSettings",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    DailyDigest = table.Column<bool>(type: "boolean", nullable: false),
                    MutedKinds = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    UnsubscribeToken = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    LastDigestAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NotificationSettings", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_NotificationSettings_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PassRemindersSent",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    PassEndsAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PassRemindersSent", x => new { x.UserId, x.PassEndsAtUtc, x.Kind });
                    table.ForeignKey(
                        name: "FK_PassRemindersSent_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PaymentCharges",
                columns: table => new
                {
                    StripeChargeId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    PaymentIntentId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    CardFingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    PaidAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DisputedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentCharges", x => x.StripeChargeId);
                    table.ForeignKey(
                        name: "FK_PaymentCharges_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PointAwards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SourceKey = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Points = table.Column<int>(type: "integer", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PointAwards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PointAwards_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "QuarterParticipations",
                columns: table => new
                {
                    QuarterStart = table.Column<DateOnly>(type: "date", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    LastAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuarterParticipations", x => new { x.QuarterStart, x.UserId });
                    table.ForeignKey(
                        name: "FK_QuarterParticipations_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReferralRewards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReferrerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    InvitedUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Days = table.Column<int>(type: "integer", nullable: false),
                    CreditMinor = table.Column<long>(type: "bigint", nullable: true),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    Campaign = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    PaymentRef = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    PaidAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EarnsAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SettledAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AppliedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    TakenBackAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferralRewards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReferralRewards_AspNetUsers_InvitedUserId",
                        column: x => x.InvitedUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReferralRewards_AspNetUsers_ReferrerId",
                        column: x => x.ReferrerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Referrers",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Referrers", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_Referrers_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Reports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ContentKind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ContentId = table.Column<int>(type: "integer", nullable: false),
                    ContentAuthorId = table.Column<string>(type: "text", nullable: false),
                    ReporterId = table.Column<string>(type: "text", nullable: false),
                    Reason = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Details = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ResolvedById = table.Column<string>(type: "text", nullable: true),
                    ResolvedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reports_AspNetUsers_ReporterId",
                        column: x => x.ReporterId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RulesAcceptances",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    AcceptedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RulesAcceptances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RulesAcceptances_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Answers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    QuestionId = table.Column<int>(type: "integer", nullable: false),
                    AuthorId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    BodyMarkdown = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    BodyHtml = table.Column<string>(type: "text", nullable: false),
                    ByExpert = table.Column<bool>(type: "boolean", nullable: false),
                    IsSummary = table.Column<bool>(type: "boolean", nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EditedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    IsHidden = table.Column<bool>(type: "boolean", nullable: false),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Answers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Answers_Questions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "Questions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FaqEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    QuestionId = table.Column<int>(type: "integer", nullable: false),
                    AnswerId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AnswerMarkdown = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    AnswerHtml = table.Column<string>(type: "text", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    PromotedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    PromotedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EditedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FaqEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FaqEntries_Questions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "Questions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ImportedThreads",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    QuestionId = table.Column<int>(type: "integer", nullable: false),
                    ImportedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportedThreads", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImportedThreads_Questions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "Questions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExpertTagFollows",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    TagId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExpertTagFollows", x => new { x.UserId, x.TagId });
                    table.ForeignKey(
                        name: "FK_ExpertTagFollows_QuestionTags_TagId",
                        column: x => x.TagId,
                        principalTable: "QuestionTags",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "QuestionTagLinks",
                columns: table => new
                {
                    QuestionId = table.Column<int>(type: "integer", nullable: false),
                    TagId = table.Column<int>(type: "integer", nullable: false),
                    IsListed = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuestionTagLinks", x => new { x.QuestionId, x.TagId });
                    table.ForeignKey(
                        name: "FK_QuestionTagLinks_QuestionTags_TagId",
                        column: x => x.TagId,
                        principalTable: "QuestionTags",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_QuestionTagLinks_Questions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "Questions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Talks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AbstractMarkdown = table.Column<string>(type: "text", nullable: false),
                    AbstractHtml = table.Column<string>(type: "text", nullable: false),
                    SpeakerName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    SpeakerBio = table.Column<string>(type: "text", nullable: false),
                    SpeakerPhotoUrl = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    SpeakerLink = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    GuestUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    HostId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    StartsAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndsAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    TimeZoneId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    MinimumRank = table.Column<int>(type: "integer", nullable: false),
                    Capacity = table.Column<int>(type: "integer", nullable: true),
                    JoinUrl = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    SeriesId = table.Column<int>(type: "integer", nullable: true),
                    CanceledAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReplayUrl = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    NotesMarkdown = table.Column<string>(type: "text", nullable: false),
                    NotesHtml = table.Column<string>(type: "text", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Talks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Talks_TalkSeries_SeriesId",
                        column: x => x.SeriesId,
                        principalTable: "TalkSeries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Memberships",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    TierId = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    StripeSubscriptionId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    StripePriceId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    Interval = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    CurrentPeriodEndUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    TrialEndUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CancelAtPeriodEnd = table.Column<bool>(type: "boolean", nullable: false),
                    PastDueSinceUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EndedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ComplimentaryUntilUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    StripeStateAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ScheduledTierId = table.Column<int>(type: "integer", nullable: true),
                    StartedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastReconciledAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastTookPartAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Memberships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Memberships_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Memberships_Tiers_TierId",
                        column: x => x.TierId,
                        principalTable: "Tiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PassPurchases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    TierId = table.Column<int>(type: "integer", nullable: false),
                    CheckoutSessionId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    PaymentIntentId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    AmountMinor = table.Column<long>(type: "bigint", nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Days = table.Column<int>(type: "integer", nullable: false),
                    EarlyRenewal = table.Column<bool>(type: "boolean", nullable: false),
                    PaidAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndsAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RefundedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PassPurchases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PassPurchases_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PassPurchases_Tiers_TierId",
                        column: x => x.TierId,
                        principalTable: "Tiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TierPrices",
                columns: table => new
                {
                    StripePriceId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    TierId = table.Column<int>(type: "integer", nullable: false),
                    Interval = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TierPrices", x => x.StripePriceId);
                    table.ForeignKey(
                        name: "FK_TierPrices_Tiers_TierId",
                        column: x => x.TierId,
                        principalTable: "Tiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WaitlistEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TierId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WaitlistEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WaitlistEntries_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_WaitlistEntries_Tiers_TierId",
                        column: x => x.TierId,
                        principalTable: "Tiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Stages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TrackId = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    NameZh = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Stages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Stages_Tracks_TrackId",
                        column: x => x.TrackId,
                        principalTable: "Tracks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IntroductionReplies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IntroductionId = table.Column<int>(type: "integer", nullable: false),
                    AuthorId = table.Column<string>(type: "text", nullable: false),
                    BodyMarkdown = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    BodyHtml = table.Column<string>(type: "text", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IsHidden = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntroductionReplies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IntroductionReplies_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_IntroductionReplies_Introductions_IntroductionId",
                        column: x => x.IntroductionId,
                        principalTable: "Introductions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IntroductionWelcomes",
                columns: table => new
                {
                    IntroductionId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntroductionWelcomes", x => new { x.IntroductionId, x.UserId });
                    table.ForeignKey(
                        name: "FK_IntroductionWelcomes_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_IntroductionWelcomes_Introductions_IntroductionId",
                        column: x => x.IntroductionId,
                        principalTable: "Introductions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AnswerComments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AnswerId = table.Column<int>(type: "integer", nullable: false),
                    AuthorId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    BodyMarkdown = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    BodyHtml = table.Column<string>(type: "text", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IsHidden = table.Column<bool>(type: "boolean", nullable: false),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnswerComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnswerComments_Answers_AnswerId",
                        column: x => x.AnswerId,
                        principalTable: "Answers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SpeakerQuestions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TalkId = table.Column<int>(type: "integer", nullable: false),
                    AuthorId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Votes = table.Column<int>(type: "integer", nullable: false),
                    IsAnswered = table.Column<bool>(type: "boolean", nullable: false),
                    BoardQuestionId = table.Column<int>(type: "integer", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IsHidden = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpeakerQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SpeakerQuestions_Talks_TalkId",
                        column: x => x.TalkId,
                        principalTable: "Talks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TalkAttendances",
                columns: table => new
                {
                    TalkId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    FirstJoinedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Joins = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TalkAttendances", x => new { x.TalkId, x.UserId });
                    table.ForeignKey(
                        name: "FK_TalkAttendances_Talks_TalkId",
                        column: x => x.TalkId,
                        principalTable: "Talks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TalkRemindersSent",
                columns: table => new
                {
                    TalkId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Kind = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TalkRemindersSent", x => new { x.TalkId, x.UserId, x.Kind });
                    table.ForeignKey(
                        name: "FK_TalkRemindersSent_Talks_TalkId",
                        column: x => x.TalkId,
                        principalTable: "Talks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TalkReplayViews",
                columns: table => new
                {
                    TalkId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ViewedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TalkReplayViews", x => new { x.TalkId, x.UserId });
                    table.ForeignKey(
                        name: "FK_TalkReplayViews_Talks_TalkId",
                        column: x => x.TalkId,
                        principalTable: "Talks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TalkRsvps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TalkId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    IsWaitlisted = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PromotedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TalkRsvps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TalkRsvps_Talks_TalkId",
                        column: x => x.TalkId,
                        principalTable: "Talks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Lessons",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TrackId = table.Column<int>(type: "integer", nullable: false),
                    StageId = table.Column<int>(type: "integer", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    TitleEn = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false),
                    TitleZh = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false),
                    BodyMarkdownEn = table.Column<string>(type: "text", nullable: false),
                    BodyMarkdownZh = table.Column<string>(type: "text", nullable: false),
                    BodyHtmlEn = table.Column<string>(type: "text", nullable: false),
                    BodyHtmlZh = table.Column<string>(type: "text", nullable: false),
                    EstimatedMinutes = table.Column<int>(type: "integer", nullable: false),
                    MinimumRank = table.Column<int>(type: "integer", nullable: false),
                    ReleaseAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DripDays = table.Column<int>(type: "integer", nullable: true),
                    IsPublished = table.Column<bool>(type: "boolean", nullable: false),
                    Attachments = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    SourceHash = table.Column<string>(type: "text", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Lessons", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Lessons_Stages_StageId",
                        column: x => x.StageId,
                        principalTable: "Stages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Lessons_Tracks_TrackId",
                        column: x => x.TrackId,
                        principalTable: "Tracks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SpeakerQuestionVotes",
                columns: table => new
                {
                    SpeakerQuestionId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpeakerQuestionVotes", x => new { x.SpeakerQuestionId, x.UserId });
                    table.ForeignKey(
                        name: "FK_SpeakerQuestionVotes_SpeakerQuestions_SpeakerQuestionId",
                        column: x => x.SpeakerQuestionId,
                        principalTable: "SpeakerQuestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LessonPrerequisites",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LessonId = table.Column<int>(type: "integer", nullable: false),
                    RequiredStageId = table.Column<int>(type: "integer", nullable: true),
                    RequiredLessonId = table.Column<int>(type: "integer", nullable: true),
                    RequiredAct = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    ActNumber = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LessonPrerequisites", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LessonPrerequisites_Lessons_LessonId",
                        column: x => x.LessonId,
                        principalTable: "Lessons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LessonPrerequisites_Lessons_RequiredLessonId",
                        column: x => x.RequiredLessonId,
                        principalTable: "Lessons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LessonPrerequisites_Stages_RequiredStageId",
                        column: x => x.RequiredStageId,
                        principalTable: "Stages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LessonProgress",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    LessonId = table.Column<int>(type: "integer", nullable: false),
                    LastOpenedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CompletedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LessonProgress", x => new { x.UserId, x.LessonId });
                    table.ForeignKey(
                        name: "FK_LessonProgress_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LessonProgress_Lessons_LessonId",
                        column: x => x.LessonId,
                        principalTable: "Lessons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AnswerComments_AnswerId_Id",
                table: "AnswerComments",
                columns: new[] { "AnswerId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AnswerComments_CreatedAtUtc",
                table: "AnswerComments",
                column: "CreatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Answers_AuthorId",
                table: "Answers",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_Answers_ByExperts",
                table: "Answers",
                columns: new[] { "CreatedAtUtc", "AuthorId", "ByExpert", "IsSummary", "IsDeleted" },
                filter: "\"ByExpert\" AND NOT \"IsSummary\" AND NOT \"IsDeleted\"");

            migrationBuilder.CreateIndex(
                name: "IX_Answers_CreatedAtUtc",
                table: "Answers",
                column: "CreatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Answers_QuestionId_Id",
                table: "Answers",
                columns: new[] { "QuestionId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BillingCustomers_StripeCustomerId",
                table: "BillingCustomers",
                column: "StripeCustomerId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CalendarFeeds_Token",
                table: "CalendarFeeds",
                column: "Token",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExpertTagFollows_TagId",
                table: "ExpertTagFollows",
                column: "TagId");

            migrationBuilder.CreateIndex(
                name: "IX_ExportJobs_RequestedAtUtc",
                table: "ExportJobs",
                column: "RequestedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_ExportJobs_RequestedById",
                table: "ExportJobs",
                column: "RequestedById");

            migrationBuilder.CreateIndex(
                name: "IX_FaqEntries_Position",
                table: "FaqEntries",
                column: "Position");

            migrationBuilder.CreateIndex(
                name: "IX_FaqEntries_QuestionId",
                table: "FaqEntries",
                column: "QuestionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FunnelSteps_FirstSeenOn_Step_Source",
                table: "FunnelSteps",
                columns: new[] { "FirstSeenOn", "Step", "Source" });

            migrationBuilder.CreateIndex(
                name: "IX_FunnelSteps_PersonKey_Step",
                table: "FunnelSteps",
                columns: new[] { "PersonKey", "Step" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FunnelSteps_Source_Step",
                table: "FunnelSteps",
                columns: new[] { "Source", "Step" });

            migrationBuilder.CreateIndex(
                name: "IX_FunnelSteps_Step_FirstSeenOn_AtUtc_Source_PersonKey",
                table: "FunnelSteps",
                columns: new[] { "Step", "FirstSeenOn", "AtUtc", "Source", "PersonKey" });

            migrationBuilder.CreateIndex(
                name: "IX_ImportedThreads_Key",
                table: "ImportedThreads",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ImportedThreads_QuestionId",
                table: "ImportedThreads",
                column: "QuestionId");

            migrationBuilder.CreateIndex(
                name: "IX_IntroductionReplies_AuthorId",
                table: "IntroductionReplies",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_IntroductionReplies_CreatedAtUtc",
                table: "IntroductionReplies",
                column: "CreatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_IntroductionReplies_IntroductionId",
                table: "IntroductionReplies",
                column: "IntroductionId");

            migrationBuilder.CreateIndex(
                name: "IX_Introductions_AuthorId",
                table: "Introductions",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_Introductions_CreatedAtUtc",
                table: "Introductions",
                column: "CreatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_IntroductionWelcomes_UserId",
                table: "IntroductionWelcomes",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_LessonPrerequisites_LessonId",
                table: "LessonPrerequisites",
                column: "LessonId");

            migrationBuilder.CreateIndex(
                name: "IX_LessonPrerequisites_RequiredLessonId",
                table: "LessonPrerequisites",
                column: "RequiredLessonId");

            migrationBuilder.CreateIndex(
                name: "IX_LessonPrerequisites_RequiredStageId",
                table: "LessonPrerequisites",
                column: "RequiredStageId");

            migrationBuilder.CreateIndex(
                name: "IX_LessonProgress_LessonId",
                table: "LessonProgress",
                column: "LessonId");

            migrationBuilder.CreateIndex(
                name: "IX_LessonProgress_UserId_LastOpenedAtUtc",
                table: "LessonProgress",
                columns: new[] { "UserId", "LastOpenedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Lessons_StageId",
                table: "Lessons",
                column: "StageId");

            migrationBuilder.CreateIndex(
                name: "IX_Lessons_TrackId_Slug",
                table: "Lessons",
                columns: new[] { "TrackId", "Slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MembershipInvoices_UserId_CreatedUtc",
                table: "MembershipInvoices",
                columns: new[] { "UserId", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_MembershipRefunds_RefundedAtUtc",
                table: "MembershipRefunds",
                column: "RefundedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Memberships_EndedAtUtc_StartedAtUtc_Status",
                table: "Memberships",
                columns: new[] { "EndedAtUtc", "StartedAtUtc", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Memberships_StartedAtUtc_EndedAtUtc_Status",
                table: "Memberships",
                columns: new[] { "StartedAtUtc", "EndedAtUtc", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Memberships_Status_CurrentPeriodEndUtc_Source_CancelAtPerio~",
                table: "Memberships",
                columns: new[] { "Status", "CurrentPeriodEndUtc", "Source", "CancelAtPeriodEnd", "LastTookPartAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Memberships_StripeSubscriptionId",
                table: "Memberships",
                column: "StripeSubscriptionId");

            migrationBuilder.CreateIndex(
                name: "IX_Memberships_TierId",
                table: "Memberships",
                column: "TierId");

            migrationBuilder.CreateIndex(
                name: "IX_Memberships_TrialEndUtc_Source_Status_EndedAtUtc",
                table: "Memberships",
                columns: new[] { "TrialEndUtc", "Source", "Status", "EndedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Memberships_UserId",
                table: "Memberships",
                column: "UserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ModerationActions_CreatedAtUtc",
                table: "ModerationActions",
                column: "CreatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_ModerationActions_TargetUserId",
                table: "ModerationActions",
                column: "TargetUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_EmailedAtUtc_CreatedAtUtc",
                table: "Notifications",
                columns: new[] { "EmailedAtUtc", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_RecipientId_ReadAtUtc",
                table: "Notifications",
                columns: new[] { "RecipientId", "ReadAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_PassPurchases_CheckoutSessionId",
                table: "PassPurchases",
                column: "CheckoutSessionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PassPurchases_PaymentIntentId",
                table: "PassPurchases",
                column: "PaymentIntentId");

            migrationBuilder.CreateIndex(
                name: "IX_PassPurchases_TierId",
                table: "PassPurchases",
                column: "TierId");

            migrationBuilder.CreateIndex(
                name: "IX_PassPurchases_UserId_PaidAtUtc",
                table: "PassPurchases",
                columns: new[] { "UserId", "PaidAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_PaymentCharges_PaymentIntentId",
                table: "PaymentCharges",
                column: "PaymentIntentId");

            migrationBuilder.CreateIndex(
                name: "IX_PaymentCharges_UserId_CardFingerprint",
                table: "PaymentCharges",
                columns: new[] { "UserId", "CardFingerprint" });

            migrationBuilder.CreateIndex(
                name: "IX_PointAwards_CreatedAtUtc_UserId_Points",
                table: "PointAwards",
                columns: new[] { "CreatedAtUtc", "UserId", "Points" });

            migrationBuilder.CreateIndex(
                name: "IX_PointAwards_UserId_Kind_SourceKey",
                table: "PointAwards",
                columns: new[] { "UserId", "Kind", "SourceKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PostEdits_PostKind_PostId",
                table: "PostEdits",
                columns: new[] { "PostKind", "PostId" });

            migrationBuilder.CreateIndex(
                name: "IX_PostVotes_CreatedAtUtc",
                table: "PostVotes",
                column: "CreatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_QuarterParticipations_UserId_QuarterStart_LastAtUtc",
                table: "QuarterParticipations",
                columns: new[] { "UserId", "QuarterStart", "LastAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Questions_AcceptedAnswerId",
                table: "Questions",
                column: "AcceptedAnswerId",
                filter: "\"AcceptedAnswerId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Questions_AuthorId",
                table: "Questions",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_Questions_CreatedAtUtc",
                table: "Questions",
                column: "CreatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Questions_LessonId",
                table: "Questions",
                column: "LessonId");

            migrationBuilder.CreateIndex(
                name: "IX_Questions_Listed",
                table: "Questions",
                columns: new[] { "CreatedAtUtc", "Id" },
                filter: "NOT \"IsHidden\" AND NOT \"IsDeleted\"");

            migrationBuilder.CreateIndex(
                name: "IX_Questions_Listed_FirstExpertAnswer",
                table: "Questions",
                columns: new[] { "CreatedAtUtc", "FirstExpertAnswerAtUtc", "IsHidden", "IsDeleted" },
                filter: "NOT \"IsHidden\" AND NOT \"IsDeleted\"");

            migrationBuilder.CreateIndex(
                name: "IX_Questions_Listed_Score",
                table: "Questions",
                columns: new[] { "Score", "Id" },
                filter: "NOT \"IsHidden\" AND NOT \"IsDeleted\"");

            migrationBuilder.CreateIndex(
                name: "IX_Questions_State_Id",
                table: "Questions",
                columns: new[] { "State", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Questions_TalkId",
                table: "Questions",
                column: "TalkId");

            migrationBuilder.CreateIndex(
                name: "IX_Questions_WaitingForExpert",
                table: "Questions",
                columns: new[] { "State", "CreatedAtUtc", "FirstExpertAnswerAtUtc", "IsHidden", "IsDeleted" },
                filter: "\"FirstExpertAnswerAtUtc\" IS NULL AND NOT \"IsHidden\" AND NOT \"IsDeleted\"");

            migrationBuilder.CreateIndex(
                name: "IX_QuestionTagLinks_TagId_QuestionId_IsListed",
                table: "QuestionTagLinks",
                columns: new[] { "TagId", "QuestionId", "IsListed" });

            migrationBuilder.CreateIndex(
                name: "IX_QuestionTags_Slug",
                table: "QuestionTags",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReceivedStripeEvents_EventId",
                table: "ReceivedStripeEvents",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_ReceivedStripeEvents_ObjectId",
                table: "ReceivedStripeEvents",
                column: "ObjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ReceivedStripeEvents_ReceivedAtUtc",
                table: "ReceivedStripeEvents",
                column: "ReceivedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_ReferralRewards_InvitedUserId",
                table: "ReferralRewards",
                column: "InvitedUserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReferralRewards_ReferrerId_PaidAtUtc",
                table: "ReferralRewards",
                columns: new[] { "ReferrerId", "PaidAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ReferralRewards_State_EarnsAtUtc",
                table: "ReferralRewards",
                columns: new[] { "State", "EarnsAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrers_Code",
                table: "Referrers",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reports_ContentKind_ContentId_ReporterId",
                table: "Reports",
                columns: new[] { "ContentKind", "ContentId", "ReporterId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reports_ReporterId",
                table: "Reports",
                column: "ReporterId");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_Status_CreatedAtUtc",
                table: "Reports",
                columns: new[] { "Status", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_RevenueChanges_AtUtc_Currency_FromAnnualMinor_ToAnnualMinor",
                table: "RevenueChanges",
                columns: new[] { "AtUtc", "Currency", "FromAnnualMinor", "ToAnnualMinor" });

            migrationBuilder.CreateIndex(
                name: "IX_RulesAcceptances_UserId_Version",
                table: "RulesAcceptances",
                columns: new[] { "UserId", "Version" });

            migrationBuilder.CreateIndex(
                name: "IX_Seasons_StartsAtUtc",
                table: "Seasons",
                column: "StartsAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_SpeakerQuestions_CreatedAtUtc",
                table: "SpeakerQuestions",
                column: "CreatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_SpeakerQuestions_TalkId_Votes",
                table: "SpeakerQuestions",
                columns: new[] { "TalkId", "Votes" });

            migrationBuilder.CreateIndex(
                name: "IX_Stages_TrackId_Key",
                table: "Stages",
                columns: new[] { "TrackId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TalkRsvps_CreatedAtUtc",
                table: "TalkRsvps",
                column: "CreatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_TalkRsvps_TalkId_IsWaitlisted_CreatedAtUtc",
                table: "TalkRsvps",
                columns: new[] { "TalkId", "IsWaitlisted", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_TalkRsvps_TalkId_UserId",
                table: "TalkRsvps",
                columns: new[] { "TalkId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TalkRsvps_UserId",
                table: "TalkRsvps",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Talks_EndsAtUtc",
                table: "Talks",
                column: "EndsAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Talks_SeriesId",
                table: "Talks",
                column: "SeriesId");

            migrationBuilder.CreateIndex(
                name: "IX_Talks_StartsAtUtc",
                table: "Talks",
                column: "StartsAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_TestModeSubscriptions_UserId",
                table: "TestModeSubscriptions",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_TierPrices_TierId",
                table: "TierPrices",
                column: "TierId");

            migrationBuilder.CreateIndex(
                name: "IX_Tracks_Slug",
                table: "Tracks",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WaitlistEntries_TierId_UserId",
                table: "WaitlistEntries",
                columns: new[] { "TierId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WaitlistEntries_UserId",
                table: "WaitlistEntries",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"QaSearch\";");

            migrationBuilder.DropTable(
                name: "ActiveDays");

            migrationBuilder.DropTable(
                name: "AnswerComments");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "BackupSchedule");

            migrationBuilder.DropTable(
                name: "BillingCustomers");

            migrationBuilder.DropTable(
                name: "CalendarFeeds");

            migrationBuilder.DropTable(
                name: "CommunitySettings");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "EngagementLevels");

            migrationBuilder.DropTable(
                name: "ExpertTagFollows");

            migrationBuilder.DropTable(
                name: "ExportJobs");

            migrationBuilder.DropTable(
                name: "FaqEntries");

            migrationBuilder.DropTable(
                name: "FunnelSteps");

            migrationBuilder.DropTable(
                name: "ImportedThreads");

            migrationBuilder.DropTable(
                name: "IntroductionReplies");

            migrationBuilder.DropTable(
                name: "IntroductionWelcomes");

            migrationBuilder.DropTable(
                name: "JobLeases");

            migrationBuilder.DropTable(
                name: "LessonPrerequisites");

            migrationBuilder.DropTable(
                name: "LessonProgress");

            migrationBuilder.DropTable(
                name: "MemberProfiles");

            migrationBuilder.DropTable(
                name: "MembershipInvoices");

            migrationBuilder.DropTable(
                name: "MembershipRefunds");

            migrationBuilder.DropTable(
                name: "Memberships");

            migrationBuilder.DropTable(
                name: "MemberStandings");

            migrationBuilder.DropTable(
                name: "ModerationActions");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "NotificationSettings");

            migrationBuilder.DropTable(
                name: "PassPurchases");

            migrationBuilder.DropTable(
                name: "PassRemindersSent");

            migrationBuilder.DropTable(
                name: "PaymentCharges");

            migrationBuilder.DropTable(
                name: "PointAwards");

            migrationBuilder.DropTable(
                name: "PointWeights");

            migrationBuilder.DropTable(
                name: "PostEdits");

            migrationBuilder.DropTable(
                name: "PostVotes");

            migrationBuilder.DropTable(
                name: "ProcessedStripeEvents");

            migrationBuilder.DropTable(
                name: "QuarterParticipations");

            migrationBuilder.DropTable(
                name: "QuestionTagLinks");

            migrationBuilder.DropTable(
                name: "ReceivedStripeEvents");

            migrationBuilder.DropTable(
                name: "ReferralCampaigns");

            migrationBuilder.DropTable(
                name: "ReferralProgram");

            migrationBuilder.DropTable(
                name: "ReferralRewards");

            migrationBuilder.DropTable(
                name: "Referrers");

            migrationBuilder.DropTable(
                name: "Reports");

            migrationBuilder.DropTable(
                name: "RevenueChanges");

            migrationBuilder.DropTable(
                name: "RulesAcceptances");

            migrationBuilder.DropTable(
                name: "Seasons");

            migrationBuilder.DropTable(
                name: "SpeakerQuestionVotes");

            migrationBuilder.DropTable(
                name: "StripeSignatureFailures");

            migrationBuilder.DropTable(
                name: "TalkAttendances");

            migrationBuilder.DropTable(
                name: "TalkRemindersSent");

            migrationBuilder.DropTable(
                name: "TalkReplayViews");

            migrationBuilder.DropTable(
                name: "TalkRsvps");

            migrationBuilder.DropTable(
                name: "TestModeCheckouts");

            migrationBuilder.DropTable(
                name: "TestModeSubscriptions");

            migrationBuilder.DropTable(
                name: "TierPrices");

            migrationBuilder.DropTable(
                name: "WaitlistEntries");

            migrationBuilder.DropTable(
                name: "Answers");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "Introductions");

            migrationBuilder.DropTable(
                name: "Lessons");

            migrationBuilder.DropTable(
                name: "QuestionTags");

            migrationBuilder.DropTable(
                name: "SpeakerQuestions");

            migrationBuilder.DropTable(
                name: "Tiers");

            migrationBuilder.DropTable(
                name: "Questions");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Stages");

            migrationBuilder.DropTable(
                name: "Talks");

            migrationBuilder.DropTable(
                name: "Tracks");

            migrationBuilder.DropTable(
                name: "TalkSeries");
        }
    }
}
