using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MemberHub.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class LessonsUnlockedByTakingPart : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ActNumber",
                table: "LessonPrerequisites",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RequiredAct",
                table: "LessonPrerequisites",
                type: "TEXT",
                maxLength: 24,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ActiveDays",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false)
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

            // The days members already took part, from the activity tables (a copy of ParticipationLog.RebuildDaysSql as it was:
            // a later change to that query must not change what this migration did).
            migrationBuilder.Sql("""
                INSERT INTO "ActiveDays" ("UserId", "Day")
                SELECT DISTINCT "Who", date("At")
                FROM (
                    SELECT "AuthorId" AS "Who", "CreatedAtUtc" AS "At" FROM "Questions"
                    UNION ALL SELECT "AuthorId", "CreatedAtUtc" FROM "Answers"
                    UNION ALL SELECT "AuthorId", "CreatedAtUtc" FROM "AnswerComments"
                    UNION ALL SELECT "AuthorId", "CreatedAtUtc" FROM "Introductions"
                    UNION ALL SELECT "AuthorId", "CreatedAtUtc" FROM "IntroductionReplies"
                    UNION ALL SELECT "AuthorId", "CreatedAtUtc" FROM "SpeakerQuestions"
                    UNION ALL SELECT "UserId", "CreatedAtUtc" FROM "PostVotes"
                    UNION ALL SELECT "UserId", "CreatedAtUtc" FROM "TalkRsvps")
                WHERE "Who" IN (SELECT "Id" FROM "AspNetUsers");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActiveDays");

            migrationBuilder.DropColumn(
                name: "ActNumber",
                table: "LessonPrerequisites");

            migrationBuilder.DropColumn(
                name: "RequiredAct",
                table: "LessonPrerequisites");
        }
    }
}
