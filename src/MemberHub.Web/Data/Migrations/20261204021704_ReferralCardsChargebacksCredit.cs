using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MemberHub.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReferralCardsChargebacksCredit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "BalanceMinor",
                table: "TestModeSubscriptions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "CreditMinor",
                table: "ReferralRewards",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Currency",
                table: "ReferralRewards",
                type: "TEXT",
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "TakenBackAtUtc",
                table: "ReferralRewards",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "RewardCredit",
                table: "ReferralProgram",
                type: "TEXT",
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<string>(
                name: "RewardKind",
                table: "ReferralProgram",
                type: "TEXT",
                maxLength: 8,
                nullable: false,
                defaultValue: "Days");

            migrationBuilder.AddColumn<decimal>(
                name: "RewardCredit",
                table: "ReferralCampaigns",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PaymentCharges",
                columns: table => new
                {
                    StripeChargeId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    PaymentIntentId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    CardFingerprint = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PaidAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DisputedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
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

            migrationBuilder.CreateIndex(
                name: "IX_PaymentCharges_PaymentIntentId",
                table: "PaymentCharges",
                column: "PaymentIntentId");

            migrationBuilder.CreateIndex(
                name: "IX_PaymentCharges_UserId_CardFingerprint",
                table: "PaymentCharges",
                columns: new[] { "UserId", "CardFingerprint" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PaymentCharges");

            migrationBuilder.DropColumn(
                name: "BalanceMinor",
                table: "TestModeSubscriptions");

            migrationBuilder.DropColumn(
                name: "CreditMinor",
                table: "ReferralRewards");

            migrationBuilder.DropColumn(
                name: "Currency",
                table: "ReferralRewards");

            migrationBuilder.DropColumn(
                name: "TakenBackAtUtc",
                table: "ReferralRewards");

            migrationBuilder.DropColumn(
                name: "RewardCredit",
                table: "ReferralProgram");

            migrationBuilder.DropColumn(
                name: "RewardKind",
                table: "ReferralProgram");

            migrationBuilder.DropColumn(
                name: "RewardCredit",
                table: "ReferralCampaigns");
        }
    }
}
