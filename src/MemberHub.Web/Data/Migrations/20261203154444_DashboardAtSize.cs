using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MemberHub.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class DashboardAtSize : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RevenueChanges_AtUtc",
                table: "RevenueChanges");

            migrationBuilder.DropIndex(
                name: "IX_PointAwards_CreatedAtUtc",
                table: "PointAwards");

            migrationBuilder.DropIndex(
                name: "IX_Memberships_Status_CurrentPeriodEndUtc",
                table: "Memberships");

            migrationBuilder.DropIndex(
                name: "IX_FunnelSteps_FirstSeenAtUtc_Step",
                table: "FunnelSteps");

            migrationBuilder.AddColumn<DateTime>(
                name: "LastTookPartAtUtc",
                table: "Memberships",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "FirstSeenOn",
                table: "FunnelSteps",
                type: "TEXT",
                nullable: false,
                computedColumnSql: "date(\"FirstSeenAtUtc\")",
                stored: false);

            migrationBuilder.CreateTable(
                name: "QuarterParticipations",
                columns: table => new
                {
                    QuarterStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    LastAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "IX_RevenueChanges_AtUtc_Currency_FromAnnualMinor_ToAnnualMinor",
                table: "RevenueChanges",
                columns: new[] { "AtUtc", "Currency", "FromAnnualMinor", "ToAnnualMinor" });

            migrationBuilder.CreateIndex(
                name: "IX_Questions_AcceptedAnswerId",
                table: "Questions",
                column: "AcceptedAnswerId",
                filter: "\"AcceptedAnswerId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Questions_Listed_FirstExpertAnswer",
                table: "Questions",
                columns: new[] { "CreatedAtUtc", "FirstExpertAnswerAtUtc", "IsHidden", "IsDeleted" },
                filter: "NOT \"IsHidden\" AND NOT \"IsDeleted\"");

            migrationBuilder.CreateIndex(
                name: "IX_Questions_WaitingForExpert",
                table: "Questions",
                columns: new[] { "State", "CreatedAtUtc", "FirstExpertAnswerAtUtc", "IsHidden", "IsDeleted" },
                filter: "\"FirstExpertAnswerAtUtc\" IS NULL AND NOT \"IsHidden\" AND NOT \"IsDeleted\"");

            migrationBuilder.CreateIndex(
                name: "IX_PointAwards_CreatedAtUtc_UserId_Points",
                table: "PointAwards",
                columns: new[] { "CreatedAtUtc", "UserId", "Points" });

            migrationBuilder.CreateIndex(
                name: "IX_Memberships_EndedAtUtc_StartedAtUtc_Status",
                table: "Memberships",
                columns: new[] { "EndedAtUtc", "StartedAtUtc", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Memberships_StartedAtUtc_EndedAtUtc_Status",
                table: "Memberships",
                columns: new[] { "StartedAtUtc", "EndedAtUtc", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Memberships_Status_CurrentPeriodEndUtc_Source_CancelAtPeriodEnd_LastTookPartAtUtc",
                table: "Memberships",
                columns: new[] { "Status", "CurrentPeriodEndUtc", "Source", "CancelAtPeriodEnd", "LastTookPartAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Memberships_TrialEndUtc_Source_Status_EndedAtUtc",
                table: "Memberships",
                columns: new[] { "TrialEndUtc", "Source", "Status", "EndedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_FunnelSteps_FirstSeenOn_Step_Source",
                table: "FunnelSteps",
                columns: new[] { "FirstSeenOn", "Step", "Source" });

            migrationBuilder.CreateIndex(
                name: "IX_FunnelSteps_Step_FirstSeenOn_AtUtc_Source_PersonKey",
                table: "FunnelSteps",
                columns: new[] { "Step", "FirstSeenOn", "AtUtc", "Source", "PersonKey" });

            migrationBuilder.CreateIndex(
                name: "IX_Answers_ByExperts",
                table: "Answers",
                columns: new[] { "CreatedAtUtc", "AuthorId", "ByExpert", "IsSummary", "IsDeleted" },
                filter: "\"ByExpert\" AND NOT \"IsSummary\" AND NOT \"IsDeleted\"");

            migrationBuilder.CreateIndex(
                name: "IX_QuarterParticipations_UserId_QuarterStart_LastAtUtc",
                table: "QuarterParticipations",
                columns: new[] { "UserId", "QuarterStart", "LastAtUtc" });

            // Who took part, per member and quarter and lately, from the activity already saved (a frozen copy of
            // ParticipationLog.RebuildSql: a later change to that query must not change what this migration did).
            migrationBuilder.Sql("""
                INSERT INTO "QuarterParticipations" ("QuarterStart", "UserId", "LastAtUtc")
                SELECT date("At", 'start of month', '-' || ((CAST(strftime('%m', "At") AS INTEGER) - 1) % 3) || ' months'), "Who", max("At")
                FROM (
                    SELECT "AuthorId" AS "Who", "CreatedAtUtc" AS "At" FROM "Questions"
                    UNION ALL SELECT "AuthorId", "CreatedAtUtc" FROM "Answers"
                    UNION ALL SELECT "AuthorId", "CreatedAtUtc" FROM "AnswerComments"
                    UNION ALL SELECT "AuthorId", "CreatedAtUtc" FROM "Introductions"
                    UNION ALL SELECT "AuthorId", "CreatedAtUtc" FROM "IntroductionReplies"
                    UNION ALL SELECT "AuthorId", "CreatedAtUtc" FROM "SpeakerQuestions"
                    UNION ALL SELECT "UserId", "CreatedAtUtc" FROM "PostVotes"
                    UNION ALL SELECT "UserId", "CreatedAtUtc" FROM "TalkRsvps")
                WHERE "Who" IN (SELECT "Id" FROM "AspNetUsers")
                GROUP BY 1, 2;
                UPDATE "Memberships" SET "LastTookPartAtUtc" = (SELECT max("LastAtUtc") FROM "QuarterParticipations" AS "p" WHERE "p"."UserId" = "Memberships"."UserId");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "QuarterParticipations");

            migrationBuilder.DropIndex(
                name: "IX_RevenueChanges_AtUtc_Currency_FromAnnualMinor_ToAnnualMinor",
                table: "RevenueChanges");

            migrationBuilder.DropIndex(
                name: "IX_Questions_AcceptedAnswerId",
                table: "Questions");

            migrationBuilder.DropIndex(
                name: "IX_Questions_Listed_FirstExpertAnswer",
                table: "Questions");

            migrationBuilder.DropIndex(
                name: "IX_Questions_WaitingForExpert",
                table: "Questions");

            migrationBuilder.DropIndex(
                name: "IX_PointAwards_CreatedAtUtc_UserId_Points",
                table: "PointAwards");

            migrationBuilder.DropIndex(
                name: "IX_Memberships_EndedAtUtc_StartedAtUtc_Status",
                table: "Memberships");

            migrationBuilder.DropIndex(
                name: "IX_Memberships_StartedAtUtc_EndedAtUtc_Status",
                table: "Memberships");

            migrationBuilder.DropIndex(
                name: "IX_Memberships_Status_CurrentPeriodEndUtc_Source_CancelAtPeriodEnd_LastTookPartAtUtc",
                table: "Memberships");

            migrationBuilder.DropIndex(
                name: "IX_Memberships_TrialEndUtc_Source_Status_EndedAtUtc",
                table: "Memberships");

            migrationBuilder.DropIndex(
                name: "IX_FunnelSteps_FirstSeenOn_Step_Source",
                table: "FunnelSteps");

            migrationBuilder.DropIndex(
                name: "IX_FunnelSteps_Step_FirstSeenOn_AtUtc_Source_PersonKey",
                table: "FunnelSteps");

            migrationBuilder.DropIndex(
                name: "IX_Answers_ByExperts",
                table: "Answers");

            migrationBuilder.DropColumn(
                name: "FirstSeenOn",
                table: "FunnelSteps");

            migrationBuilder.DropColumn(
                name: "LastTookPartAtUtc",
                table: "Memberships");

            migrationBuilder.CreateIndex(
                name: "IX_RevenueChanges_AtUtc",
                table: "RevenueChanges",
                column: "AtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_PointAwards_CreatedAtUtc",
                table: "PointAwards",
                column: "CreatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Memberships_Status_CurrentPeriodEndUtc",
                table: "Memberships",
                columns: new[] { "Status", "CurrentPeriodEndUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_FunnelSteps_FirstSeenAtUtc_Step",
                table: "FunnelSteps",
                columns: new[] { "FirstSeenAtUtc", "Step" });
        }
    }
}
