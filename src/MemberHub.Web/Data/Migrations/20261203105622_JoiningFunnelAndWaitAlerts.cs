using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MemberHub.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class JoiningFunnelAndWaitAlerts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "WaitAlertSentAtUtc",
                table: "Questions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ExpertAlertHours",
                table: "CommunitySettings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 24);

            // Questions already waiting when the alert arrives are not announced all at once on the first pass.
            migrationBuilder.Sql("UPDATE Questions SET WaitAlertSentAtUtc = strftime('%Y-%m-%d %H:%M:%S', 'now') WHERE FirstExpertAnswerAtUtc IS NULL;");

            migrationBuilder.CreateTable(
                name: "FunnelSteps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Step = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 48, nullable: true),
                    FirstSeenAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FunnelSteps", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FunnelSteps_FirstSeenAtUtc_Step",
                table: "FunnelSteps",
                columns: new[] { "FirstSeenAtUtc", "Step" });

            migrationBuilder.CreateIndex(
                name: "IX_FunnelSteps_PersonKey_Step",
                table: "FunnelSteps",
                columns: new[] { "PersonKey", "Step" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FunnelSteps");

            migrationBuilder.DropColumn(
                name: "WaitAlertSentAtUtc",
                table: "Questions");

            migrationBuilder.DropColumn(
                name: "ExpertAlertHours",
                table: "CommunitySettings");
        }
    }
}
