using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MemberHub.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Talks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "TalkId",
                table: "Questions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CalendarFeeds",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Token = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarFeeds", x => x.UserId);
                });

            migrationBuilder.CreateTable(
                name: "TalkSeries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Day = table.Column<int>(type: "INTEGER", nullable: false),
                    LocalTime = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    TimeZoneId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DurationMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    HostId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TalkSeries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Talks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AbstractMarkdown = table.Column<string>(type: "TEXT", nullable: false),
                    AbstractHtml = table.Column<string>(type: "TEXT", nullable: false),
                    SpeakerName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    SpeakerBio = table.Column<string>(type: "TEXT", nullable: false),
                    SpeakerPhotoUrl = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SpeakerLink = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    GuestUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    HostId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    StartsAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndsAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    TimeZoneId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    MinimumRank = table.Column<int>(type: "INTEGER", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: true),
                    JoinUrl = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SeriesId = table.Column<int>(type: "INTEGER", nullable: true),
                    CanceledAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReplayUrl = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    NotesMarkdown = table.Column<string>(type: "TEXT", nullable: false),
                    NotesHtml = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                name: "SpeakerQuestions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TalkId = table.Column<int>(type: "INTEGER", nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Votes = table.Column<int>(type: "INTEGER", nullable: false),
                    IsAnswered = table.Column<bool>(type: "INTEGER", nullable: false),
                    BoardQuestionId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    TalkId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    FirstJoinedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Joins = table.Column<int>(type: "INTEGER", nullable: false)
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
                    TalkId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    TalkId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ViewedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TalkId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    IsWaitlisted = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PromotedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
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
                name: "SpeakerQuestionVotes",
                columns: table => new
                {
                    SpeakerQuestionId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "IX_Questions_TalkId",
                table: "Questions",
                column: "TalkId");

            migrationBuilder.CreateIndex(
                name: "IX_CalendarFeeds_Token",
                table: "CalendarFeeds",
                column: "Token",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SpeakerQuestions_TalkId_Votes",
                table: "SpeakerQuestions",
                columns: new[] { "TalkId", "Votes" });

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CalendarFeeds");

            migrationBuilder.DropTable(
                name: "SpeakerQuestionVotes");

            migrationBuilder.DropTable(
                name: "TalkAttendances");

            migrationBuilder.DropTable(
                name: "TalkRemindersSent");

            migrationBuilder.DropTable(
                name: "TalkReplayViews");

            migrationBuilder.DropTable(
                name: "TalkRsvps");

            migrationBuilder.DropTable(
                name: "SpeakerQuestions");

            migrationBuilder.DropTable(
                name: "Talks");

            migrationBuilder.DropTable(
                name: "TalkSeries");

            migrationBuilder.DropIndex(
                name: "IX_Questions_TalkId",
                table: "Questions");

            migrationBuilder.DropColumn(
                name: "TalkId",
                table: "Questions");
        }
    }
}
