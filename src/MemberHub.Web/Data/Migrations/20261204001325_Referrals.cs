using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MemberHub.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Referrals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReferralCampaigns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    StartsAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndsAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RewardDays = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferralCampaigns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReferralProgram",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    RewardDays = table.Column<int>(type: "INTEGER", nullable: false),
                    HoldDays = table.Column<int>(type: "INTEGER", nullable: false),
                    MonthlyCap = table.Column<int>(type: "INTEGER", nullable: false),
                    RefuseSameEmailDomain = table.Column<bool>(type: "INTEGER", nullable: false),
                    WelcomeCouponId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferralProgram", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReferralRewards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReferrerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    InvitedUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Days = table.Column<int>(type: "INTEGER", nullable: false),
                    Campaign = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    PaymentRef = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    PaidAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EarnsAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SettledAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AppliedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
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
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReferralCampaigns");

            migrationBuilder.DropTable(
                name: "ReferralProgram");

            migrationBuilder.DropTable(
                name: "ReferralRewards");

            migrationBuilder.DropTable(
                name: "Referrers");
        }
    }
}
